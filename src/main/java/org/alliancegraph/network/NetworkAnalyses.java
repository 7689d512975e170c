package org.alliancegraph.network;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.articulation.ArticulationAnalysis;
import org.alliancegraph.analysis.articulation.MultiLevelSpan;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.articulation.TerritoryLinks;
import org.alliancegraph.analysis.articulation.VertexCut;
import org.alliancegraph.analysis.catalyst.CatalystAnalysis;
import org.alliancegraph.analysis.catalyst.CatalystOptions;
import org.alliancegraph.analysis.catalyst.CatalystReport;
import org.alliancegraph.analysis.gap.DomainCoverage;
import org.alliancegraph.analysis.gap.DomainNeed;
import org.alliancegraph.analysis.gap.GapAnalysis;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.analysis.suggestion.AllianceSuggestions;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.ScopeContext;
import org.alliancegraph.projection.ScopeProjection;
import org.alliancegraph.reference.ReferenceEntry;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Runs the pure analyses on the projection of a scope and shapes their answers: the only place that joins
 * the projection (Neo4j) and the algorithms (JGraphT). Every figure comes from the analysis records; this
 * class only gathers the inputs and picks what to show.
 */
@Service
public class NetworkAnalyses {

	private static final int CACHE_SIZE = 16;

	private final ScopeProjection projection;

	private final ScopeContext context;

	private final ReferenceVocabularies vocabularies;

	private final AnalysisProperties properties;

	/** Simultaneous requests of the same ranking compute it once (the others wait for it). */
	private final Cache<CatalystKey, CatalystReport> catalystReports = Caffeine.newBuilder()
		.maximumSize(CACHE_SIZE)
		.build();

	NetworkAnalyses(ScopeProjection projection, ScopeContext context, ReferenceVocabularies vocabularies,
			AnalysisProperties properties) {
		this.projection = projection;
		this.context = context;
		this.vocabularies = vocabularies;
		this.properties = properties;
	}

	public AnalysisAnswers.Catalysts catalysts(Scope scope, int limit) {
		ProjectedGraph graph = projection.project(scope);
		CatalystReport report = catalystReport(graph).top(limit);
		return new AnalysisAnswers.Catalysts(ScopeDescription.of(graph), report.actorCount(), report.tieCount(),
				report.betweennessMethod(), report.samples(), report.epsilon(), report.delta(), report.catalysts());
	}

	public AnalysisAnswers.Gaps gaps(Scope scope) {
		ProjectedGraph graph = projection.project(scope);
		GapReport report = gapReport(graph);
		return new AnalysisAnswers.Gaps(ScopeDescription.of(graph), graph.actors().vertexSet().size(),
				graph.actors().edgeSet().size(), report);
	}

	public AnalysisAnswers.Suggestions suggestions(Scope scope, int limit) {
		ProjectedGraph graph = projection.project(scope);
		AllianceSuggestions<DefaultWeightedEdge> suggestions = new AllianceSuggestions<>(graph.actors(),
				this::labelFr, siblings(graph));
		return new AnalysisAnswers.Suggestions(ScopeDescription.of(graph), suggestions.candidateCount(),
				suggestions.top(limit));
	}

	/**
	 * @param between two territory codes (of the grouping level) to narrow the links to, or null
	 */
	public AnalysisAnswers.Articulations articulations(Scope scope, @Nullable List<String> between) {
		ProjectedGraph graph = projection.project(scope);
		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph.actors());
		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph.actors());
		List<TerritoryLink> territoryLinks;
		VertexCut cut = null;
		if (between != null) {
			territoryLinks = List.of(links.link(between.get(0), between.get(1)));
			cut = links.vertexCut(between.get(0), between.get(1));
		}
		else {
			territoryLinks = allLinks(links);
		}
		Set<String> actorIds = new HashSet<>();
		graph.actors().vertexSet().forEach(a -> actorIds.add(a.id()));
		Set<String> projectIds = new HashSet<>();
		graph.actorProjects().vertexSet().stream()
			.filter(v -> v.startsWith("project:"))
			.forEach(v -> projectIds.add(v.substring("project:".length())));
		AnalysisAnswers.MultiLevel multiLevel = new AnalysisAnswers.MultiLevel(
				new MultiLevelSpan(context.actorLevels(scope, actorIds)).spans(),
				new MultiLevelSpan(context.projectLevels(scope, projectIds)).spans());
		return new AnalysisAnswers.Articulations(ScopeDescription.of(graph), analysis.componentCount(),
				analysis.articulationPoints(), analysis.bridges(), territoryLinks, multiLevel, cut);
	}

	/**
	 * The territory links of {@link #articulations(Scope, List) articulations(scope, null)}, alone: for a caller
	 * that needs nothing else of the scope (the diagnostic's neighbours), without the cut points, bridges and
	 * multi-level spans.
	 */
	public List<TerritoryLink> territoryLinks(Scope scope) {
		return allLinks(new TerritoryLinks<>(projection.project(scope).actors()));
	}

	/** Every link, with its vertex connectivity while there are at most as many links as configured. */
	private List<TerritoryLink> allLinks(TerritoryLinks<DefaultWeightedEdge> links) {
		List<TerritoryLink> all = links.links(false);
		return all.size() <= properties.connectivityMaxLinks() ? links.links(true) : all;
	}

	/** The headline figures on each date from {@code from} to {@code to} by {@code step}. */
	public AnalysisAnswers.Trajectory trajectory(Scope scope, LocalDate from, LocalDate to, Period step) {
		List<AnalysisAnswers.TrajectoryPoint> points = new ArrayList<>();
		ScopeDescription description = null;
		for (LocalDate at = from; !at.isAfter(to); at = at.plus(step)) {
			ProjectedGraph graph = projection.project(scope.at(at));
			description = description == null ? ScopeDescription.of(graph) : description;
			Graph<ActorNode, DefaultWeightedEdge> actors = graph.actors();
			int n = actors.vertexSet().size();
			int m = actors.edgeSet().size();
			GapReport gaps = gapReport(graph);
			ArticulationAnalysis<DefaultWeightedEdge> articulation = new ArticulationAnalysis<>(actors);
			points.add(new AnalysisAnswers.TrajectoryPoint(at, n, m, n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1)),
					gaps.components().size(), gaps.shareOutsideLargest(), gaps.isolatedActors().size(),
					articulation.articulationPoints().size(), gaps.communities().size(), gaps.modularity(),
					gaps.sectorsAbsent(), catalystReport(graph).top(3).catalysts()));
		}
		return new AnalysisAnswers.Trajectory(description == null ? ScopeDescription.of(projection.project(scope))
				: description, step.toString(), points);
	}

	/**
	 * The full catalyst ranking of a projection, computed once per scope and data version like the projection
	 * itself: repeated reads of an unchanged database share it, and any write (a new data version) drops it.
	 */
	private CatalystReport catalystReport(ProjectedGraph graph) {
		return catalystReports.get(new CatalystKey(graph.scope(), graph.dataVersion()),
				key -> new CatalystAnalysis(graph.actors(), new CatalystOptions(properties.exactBetweennessMaxActors(),
						properties.betweennessEpsilon(), properties.betweennessDelta(), properties.seed())).getReport());
	}

	private record CatalystKey(Scope scope, String dataVersion) {
	}

	private GapReport gapReport(ProjectedGraph graph) {
		Scope scope = graph.scope();
		Map<String, DomainNeed> needs = new HashMap<>();
		for (ScopeContext.Indicator indicator : context.indicators(scope)) {
			DomainNeed previous = needs.get(indicator.domain());
			if (previous == null || indicator.needIndex() > previous.needIndex()) {
				needs.put(indicator.domain(),
						new DomainNeed(indicator.domain(), indicator.needIndex(), List.of(indicatorName(indicator.code()))));
			}
		}
		Map<String, Integer> projects = context.activeProjectsByDomain(scope);
		Map<String, Integer> actors = new HashMap<>();
		graph.actors().vertexSet().forEach(a -> a.domains().forEach(d -> actors.merge(d, 1, Integer::sum)));
		List<DomainCoverage> coverage = vocabularies.codes(Vocabulary.DOMAINS)
			.stream()
			.map(d -> new DomainCoverage(d, projects.getOrDefault(d, 0), actors.getOrDefault(d, 0)))
			.toList();
		return new GapAnalysis<>(graph.actors(), vocabularies.codes(Vocabulary.SECTORS), List.copyOf(needs.values()),
				coverage).report();
	}

	/** Grouping territories are neighbours when they share a parent (two EPCI of one département…). */
	private BiPredicate<String, String> siblings(ProjectedGraph graph) {
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
