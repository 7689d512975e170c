package org.alliancegraph.scopeanalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.alliancegraph.analysis.articulation.ArticulationAnalysis;
import org.alliancegraph.analysis.articulation.DepartureImpact;
import org.alliancegraph.analysis.articulation.MultiLevelSpan;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.articulation.TerritoryLinks;
import org.alliancegraph.analysis.articulation.VertexCut;
import org.alliancegraph.analysis.catalyst.CatalystAnalysis;
import org.alliancegraph.analysis.catalyst.CatalystOptions;
import org.alliancegraph.analysis.catalyst.CatalystReport;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.DomainCoverage;
import org.alliancegraph.analysis.gap.DomainNeed;
import org.alliancegraph.analysis.gap.Fragmentation;
import org.alliancegraph.analysis.gap.GapAnalysis;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.analysis.gap.SectorMixingMatrix;
import org.alliancegraph.analysis.suggestion.AllianceSuggestions;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.ScopeContext;
import org.alliancegraph.reference.ReferenceEntry;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jspecify.annotations.Nullable;

/**
 * What the analyses answer for one projection — a scope, its date and filters, at one data version: catalysts,
 * gaps, articulations, suggested alliances, the figures of a trajectory point. Each part is computed on first
 * use, once, whoever asks (the API, the explorer's export, the report); {@link AnalysisBundles} keeps the bundle
 * while the data version holds. The only place that joins the projection (Neo4j) and the algorithms (JGraphT):
 * every figure comes from the analysis records, this class gathers their inputs and shapes their answers.
 */
public final class AnalysisBundle {

	/** The catalysts a trajectory point shows. */
	static final int TRAJECTORY_CATALYSTS = 3;

	private final ProjectedGraph graph;

	private final ScopeContext context;

	private final ReferenceVocabularies vocabularies;

	private final ComputedOnce<CatalystReport> catalysts;

	/** The ranking of a past date's trajectory point: its top three only are shown, from a looser estimate. */
	private final ComputedOnce<CatalystReport> pastCatalysts;

	private final GapAnalysis<DefaultWeightedEdge> gapAnalysis;

	private final ComputedOnce<List<AnalysisAnswers.DomainFigures>> domains;

	private final ComputedOnce<GapReport> gaps;

	private final ComputedOnce<ArticulationAnalysis<DefaultWeightedEdge>> articulation;

	private final ComputedOnce<TerritoryLinks<DefaultWeightedEdge>> territoryLinks;

	private final ComputedOnce<List<TerritoryLink>> allLinks;

	private final ComputedOnce<AnalysisAnswers.MultiLevel> multiLevel;

	private final ComputedOnce<AllianceSuggestions<DefaultWeightedEdge>> suggestions;

	private final ComputedOnce<DepartureImpact<DefaultWeightedEdge>> robustness;

	private final CatalystOptions catalystOptions;

	private final int connectivityMaxLinks;

	/**
	 * @param computed told the name of each part when it is computed ({@code catalysts}, {@code gaps},
	 *     {@code articulations}, {@code suggestions}, {@code robustness}), for the metric that shows each is computed once
	 */
	AnalysisBundle(ProjectedGraph graph, ScopeContext context, ReferenceVocabularies vocabularies,
			CatalystOptions catalystOptions, CatalystOptions pastOptions, int connectivityMaxLinks,
			Consumer<String> computed) {
		this.graph = graph;
		this.context = context;
		this.vocabularies = vocabularies;
		this.catalystOptions = catalystOptions;
		this.connectivityMaxLinks = connectivityMaxLinks;
		this.catalysts = new ComputedOnce<>(() -> {
			computed.accept("catalysts");
			return new CatalystAnalysis(graph.actors(), catalystOptions).getReport();
		});
		this.pastCatalysts = new ComputedOnce<>(() -> {
			computed.accept("past catalysts");
			return new CatalystAnalysis(graph.actors(), pastOptions).getReport();
		});
		this.gapAnalysis = new GapAnalysis<>(graph.actors(), vocabularies.codes(Vocabulary.SECTORS));
		this.domains = new ComputedOnce<>(this::readDomains);
		this.gaps = new ComputedOnce<>(() -> {
			computed.accept("gaps");
			return computeGaps();
		});
		this.articulation = new ComputedOnce<>(() -> {
			computed.accept("articulations");
			ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph.actors());
			analysis.articulationPoints();
			analysis.bridges();
			analysis.componentCount();
			return analysis;
		});
		this.territoryLinks = new ComputedOnce<>(() -> new TerritoryLinks<>(graph.actors()));
		this.allLinks = new ComputedOnce<>(() -> {
			TerritoryLinks<DefaultWeightedEdge> links = territoryLinks.get();
			List<TerritoryLink> all = links.links(false);
			return all.size() <= connectivityMaxLinks ? links.links(true) : all;
		});
		this.multiLevel = new ComputedOnce<>(this::readMultiLevel);
		this.suggestions = new ComputedOnce<>(() -> {
			computed.accept("suggestions");
			AllianceSuggestions<DefaultWeightedEdge> ranked = new AllianceSuggestions<>(graph.actors(),
					this::labelFr, siblings());
			ranked.candidateCount();
			return ranked;
		});
		this.robustness = new ComputedOnce<>(() -> {
			computed.accept("robustness");
			DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(graph.actors());
			impact.departures();
			impact.sequence();
			return impact;
		});
	}

	/** The projection the bundle is about. */
	public ProjectedGraph graph() {
		return graph;
	}

	public ScopeDescription scope() {
		return ScopeDescription.of(graph);
	}

	/** Ties over possible ties, {@code 2m / (n (n - 1))}; 0 below two actors. */
	public double density() {
		return AnalysisAnswers.NetworkFigures.density(graph.actors());
	}

	/**
	 * How concentrated brokerage is: the sum of the {@code top} highest raw betweenness values of the catalyst
	 * ranking over the sum of all of them; 0 when that sum is 0 (no actor lies between two others).
	 */
	public double topBetweennessShare(int top) {
		List<CatalystResult> ranked = catalysts.get().catalysts();
		double total = ranked.stream().mapToDouble(CatalystResult::betweenness).sum();
		if (total <= 0) {
			return 0;
		}
		double highest = ranked.stream()
			.map(CatalystResult::betweenness)
			.sorted(Comparator.reverseOrder())
			.limit(top)
			.mapToDouble(Double::doubleValue)
			.sum();
		return highest / total;
	}

	/** The {@code limit} best catalysts ({@link Integer#MAX_VALUE}: every actor, ranked). */
	public AnalysisAnswers.Catalysts catalysts(int limit) {
		CatalystReport report = catalysts.get().top(limit);
		return new AnalysisAnswers.Catalysts(scope(), report.actorCount(), report.tieCount(),
				report.betweennessMethod(), report.samples(), report.epsilon(), report.delta(), report.catalysts());
	}

	public AnalysisAnswers.Gaps gaps() {
		return new AnalysisAnswers.Gaps(scope(), graph.actors().vertexSet().size(), graph.actors().edgeSet().size(),
				gaps.get(), domains.get());
	}

	/** Need against coverage in every domain, the inputs of the domain gaps. */
	public List<AnalysisAnswers.DomainFigures> domains() {
		return domains.get();
	}

	public AnalysisAnswers.Suggestions suggestions(int limit) {
		AllianceSuggestions<DefaultWeightedEdge> computed = suggestions.get();
		return new AnalysisAnswers.Suggestions(scope(), computed.candidateCount(), computed.top(limit));
	}

	/**
	 * @param between two territory codes (of the grouping level) to narrow the links to, or null
	 */
	public AnalysisAnswers.Articulations articulations(@Nullable List<String> between) {
		ArticulationAnalysis<DefaultWeightedEdge> analysis = articulation.get();
		List<TerritoryLink> links;
		VertexCut cut = null;
		if (between != null) {
			TerritoryLinks<DefaultWeightedEdge> pair = territoryLinks.get();
			links = List.of(pair.link(between.get(0), between.get(1)));
			cut = pair.vertexCut(between.get(0), between.get(1));
		}
		else {
			links = allLinks.get();
		}
		return new AnalysisAnswers.Articulations(scope(), analysis.componentCount(), analysis.articulationPoints(),
				analysis.bridges(), groupTerritories(), links, multiLevel.get(), cut);
	}

	/** The territories the actors are grouped by, most actors first, then by code. */
	private List<AnalysisAnswers.GroupTerritory> groupTerritories() {
		Map<String, Integer> actors = new TreeMap<>();
		graph.actors().vertexSet().forEach(a -> actors.merge(a.territory(), 1, Integer::sum));
		return actors.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.map(e -> new AnalysisAnswers.GroupTerritory(e.getKey(),
					graph.territoryNames().getOrDefault(e.getKey(), e.getKey()), e.getValue()))
			.toList();
	}

	/** The {@code limit} actors whose departure alone cuts most actors off, and the greedy departure sequence. */
	public AnalysisAnswers.Robustness robustness(int limit) {
		DepartureImpact<DefaultWeightedEdge> impact = robustness.get();
		var actors = impact.departures();
		return new AnalysisAnswers.Robustness(scope(), actors.size(), impact.largestComponent(),
				actors.subList(0, Math.min(limit, actors.size())), impact.sequence(), impact.sequenceComplete());
	}

	/**
	 * The actors and ties kept by SDG and partnership-type filters (see {@link KeptByThemes}); one of the two sets
	 * at least is not empty.
	 */
	public AnalysisAnswers.Highlight highlight(Set<String> sdgs, Set<String> types) {
		return KeptByThemes.of(graph, sdgs, types, scope());
	}

	/** The network as it would be with the changes, against the network as it is. */
	public AnalysisAnswers.Scenario scenario(ScenarioChanges changes, boolean english) {
		return new ScenarioAnalysis(this, changes).answer(english);
	}

	/** The headline structure of the network as it is. */
	AnalysisAnswers.NetworkFigures figures() {
		return ScenarioAnalysis.figures(graph.actors(), gapAnalysis.fragmentation(), articulation.get());
	}

	/** The whole catalyst ranking. */
	CatalystReport catalystReport() {
		return catalysts.get();
	}

	/** The sector-mixing matrix and its empty pairs, without the domain gaps {@link #gaps()} reads the database for. */
	SectorMixingMatrix<DefaultWeightedEdge> sectorMixing() {
		return gapAnalysis.sectors();
	}

	/** The components of the network, without the rest of {@link #gaps()}. */
	Fragmentation<DefaultWeightedEdge> fragmentation() {
		return gapAnalysis.fragmentation();
	}

	CatalystOptions catalystOptions() {
		return catalystOptions;
	}

	/** The territory graph of the scope, its connectivities cached as they are asked. */
	TerritoryLinks<DefaultWeightedEdge> territoryGraph() {
		return territoryLinks.get();
	}

	int connectivityMaxLinks() {
		return connectivityMaxLinks;
	}

	/**
	 * Every territory link, with its vertex connectivity while there are at most as many links as configured: the
	 * links of {@link #articulations articulations(null)}, for a caller that needs nothing else of the scope.
	 */
	public List<TerritoryLink> territoryLinks() {
		return allLinks.get();
	}

	/**
	 * The headline figures of the network on the bundle's date, and only those: no domain gaps, sector mixing
	 * matrix, multi-level spans or suggestions are computed for it.
	 *
	 * @param past whether the point is a past date of a trajectory, whose three best catalysts may come from a
	 *     looser estimate of betweenness (above the exact threshold); the catalysts answer's ranking is taken
	 *     whenever it is there, and always for the trajectory's last date
	 */
	public AnalysisAnswers.TrajectoryPoint trajectoryPoint(boolean past) {
		var fragmentation = gapAnalysis.fragmentation();
		var communities = gapAnalysis.communities();
		CatalystReport top = past && !catalysts.computed() ? pastCatalysts.get() : catalysts.get();
		return new AnalysisAnswers.TrajectoryPoint(graph.scope().at(), graph.actors().vertexSet().size(),
				graph.actors().edgeSet().size(), density(), fragmentation.components().size(),
				fragmentation.shareOutsideLargest(), fragmentation.isolatedActors().size(),
				articulation.get().articulationPoints().size(), communities.communities().size(),
				communities.modularity(), gapAnalysis.sectors().sectorsAbsent(),
				top.top(TRAJECTORY_CATALYSTS).catalysts());
	}

	private GapReport computeGaps() {
		List<DomainNeed> needs = new ArrayList<>();
		List<DomainCoverage> coverage = new ArrayList<>();
		for (AnalysisAnswers.DomainFigures domain : domains.get()) {
			if (domain.needIndex() != null) {
				needs.add(new DomainNeed(domain.domain(), domain.needIndex(),
						List.of(indicatorName(Objects.requireNonNull(domain.neediestIndicator())))));
			}
			coverage.add(new DomainCoverage(domain.domain(), domain.activeProjects(), domain.actors()));
		}
		return gapAnalysis.report(needs, coverage);
	}

	/**
	 * A domain's need is the highest need index of its indicators; an index that is not finite (a value of 0 where
	 * a lower value means more need) has no figure and is left out of it, the indicator still being listed.
	 */
	private List<AnalysisAnswers.DomainFigures> readDomains() {
		Scope scope = graph.scope();
		Map<String, ScopeContext.Indicator> neediest = new HashMap<>();
		Map<String, Set<String>> indicators = new HashMap<>();
		for (ScopeContext.Indicator indicator : context.indicators(scope)) {
			indicators.computeIfAbsent(indicator.domain(), d -> new TreeSet<>()).add(indicator.code());
			ScopeContext.Indicator previous = neediest.get(indicator.domain());
			if (Double.isFinite(indicator.needIndex())
					&& (previous == null || indicator.needIndex() > previous.needIndex())) {
				neediest.put(indicator.domain(), indicator);
			}
		}
		Map<String, Integer> projects = context.activeProjectsByDomain(scope);
		Map<String, Integer> actors = new HashMap<>();
		graph.actors().vertexSet().forEach(a -> a.domains().forEach(d -> actors.merge(d, 1, Integer::sum)));
		return vocabularies.codes(Vocabulary.DOMAINS).stream().map(d -> {
			ScopeContext.Indicator top = neediest.get(d);
			return new AnalysisAnswers.DomainFigures(d, top == null ? null : top.needIndex(),
					top == null ? null : top.code(), List.copyOf(indicators.getOrDefault(d, Set.of())),
					projects.getOrDefault(d, 0), actors.getOrDefault(d, 0));
		}).toList();
	}

	private AnalysisAnswers.MultiLevel readMultiLevel() {
		Set<String> actorIds = new HashSet<>();
		graph.actors().vertexSet().forEach(a -> actorIds.add(a.id()));
		Set<String> projectIds = new HashSet<>();
		graph.actorProjects().vertexSet().stream()
			.filter(v -> v.startsWith("project:"))
			.forEach(v -> projectIds.add(v.substring("project:".length())));
		return new AnalysisAnswers.MultiLevel(
				new MultiLevelSpan(context.actorLevels(graph.scope(), actorIds)).spans(),
				new MultiLevelSpan(context.projectLevels(graph.scope(), projectIds)).spans());
	}

	/** Grouping territories are neighbours when they share a parent (two EPCI of one département…). */
	private BiPredicate<String, String> siblings() {
		Set<String> codes = new HashSet<>();
		graph.actors().vertexSet().forEach(a -> codes.add(a.territory()));
		Map<String, Set<String>> parents = context.parents(codes);
		return (a, b) -> {
			Set<String> pa = parents.getOrDefault(a, Set.of());
			return parents.getOrDefault(b, Set.of()).stream().anyMatch(pa::contains);
		};
	}

	/** "Taux de pauvreté (%)" → "taux de pauvreté": read inside a French sentence. */
	private String indicatorName(String code) {
		String label = vocabularies.entry(Vocabulary.INDICATORS, code).map(ReferenceEntry::labelFr).orElse(code);
		String bare = label.replaceFirst("\\s*\\([^)]*\\)$", "");
		return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
	}

	private String labelFr(String code) {
		for (Vocabulary vocabulary : List.of(Vocabulary.SECTORS, Vocabulary.DOMAINS)) {
			var entry = vocabularies.entry(vocabulary, code);
			if (entry.isPresent()) {
				String label = entry.map(ReferenceEntry::labelFr).get();
				return Character.toLowerCase(label.charAt(0)) + label.substring(1);
			}
		}
		return code;
	}
}
