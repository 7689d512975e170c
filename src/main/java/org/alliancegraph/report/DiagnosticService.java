package org.alliancegraph.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.ScopeCounts;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.scopeanalysis.AnalysisAnswers;
import org.alliancegraph.scopeanalysis.AnalysisBundle;
import org.alliancegraph.scopeanalysis.AnalysisBundles;
import org.alliancegraph.scopeanalysis.PeerBenchmarks;
import org.alliancegraph.territory.TerritoryResponse;
import org.alliancegraph.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import static org.alliancegraph.report.DiagnosticTasks.join;
import static org.alliancegraph.report.DiagnosticTasks.processCpuNanos;
import static org.alliancegraph.report.DiagnosticTasks.timed;

/**
 * Assembles the territorial diagnostic from the analysis bundle of the territory's scope on a date — the one the
 * analysis endpoints answer from, so that a report after the explorer computes nothing again — and from counts
 * read for that scope. Nothing here computes a network figure of its own: the catalysts, gaps, articulations,
 * suggestions and trajectory are the bundle's answers as they are; the report adds counts, names and labels.
 */
@Service
public class DiagnosticService {

	private static final Logger log = LoggerFactory.getLogger(DiagnosticService.class);

	/** Catalysts and suggested alliances shown. */
	static final int TOP = 10;

	/** The departures the report names as the network's fragilities. */
	static final int FRAGILITIES = 5;

	/** Reports kept, whole. */
	private static final int CACHE_SIZE = 8;

	private final TerritoryService territories;

	private final AnalysisBundles bundles;

	private final ReferenceVocabularies vocabularies;

	private final ScopeCounts counts;

	private final DiagnosticTasks tasks;

	private final DiagnosticLabels labels;

	private final DataVersion dataVersion;

	private final PeerBenchmarks benchmarks;

	private final ReportTexts texts;

	/**
	 * How long a report waits for its peers' figures ({@code alliance.report.peers-wait}, 20 s by default): a
	 * benchmark whose peers are many is computed in the background, and the report asked again later finds it.
	 * Zero: the report does not wait for peers it starts computing.
	 */
	private final Duration peersWait;

	private final Map<Key, DiagnosticReport> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, DiagnosticReport> eldest) {
			return size() > CACHE_SIZE;
		}
	};

	DiagnosticService(TerritoryService territories, AnalysisBundles bundles, ReferenceVocabularies vocabularies,
			ScopeCounts counts, DiagnosticTasks tasks, DiagnosticLabels labels, DataVersion dataVersion,
			PeerBenchmarks benchmarks, ReportTexts texts,
			@Value("${alliance.report.peers-wait:20s}") Duration peersWait) {
		this.territories = territories;
		this.bundles = bundles;
		this.vocabularies = vocabularies;
		this.counts = counts;
		this.tasks = tasks;
		this.labels = labels;
		this.dataVersion = dataVersion;
		this.benchmarks = benchmarks;
		this.texts = texts;
		this.peersWait = peersWait;
	}

	/**
	 * The report, from a small cache keyed by the data version: the page, its PDF and its JSON asked one after
	 * the other are assembled once, and any write makes the next request assemble a new one. A report whose
	 * peers' figures were not there in time is not kept: the next request finds them.
	 *
	 * @param code the territory (404 when unknown)
	 * @param at the date of the network
	 * @param lang {@code fr} or {@code en}
	 */
	public DiagnosticReport build(String code, LocalDate at, String lang) {
		Key key = new Key(code, at, lang, LocalDate.now(), dataVersion.stamp());
		synchronized (cache) {
			DiagnosticReport cached = cache.get(key);
			if (cached != null) {
				return cached;
			}
		}
		DiagnosticReport report = assemble(code, at, lang, true);
		if (report.complete()) {
			synchronized (cache) {
				cache.put(key, report);
			}
		}
		return report;
	}

	private record Key(String code, LocalDate at, String lang, LocalDate today, String dataVersion) {
	}

	/**
	 * A report of today, not kept, that leaves the peers out: a start-up warm-up has the report's reads planned and
	 * code compiled, without starting the computation of a whole région's peers that nobody asked for.
	 */
	DiagnosticReport withoutPeers(String code, String lang) {
		return assemble(code, LocalDate.now(), lang, false);
	}

	/** @param withPeers whether to read the benchmark; without, the report says its peers are not there */
	private DiagnosticReport assemble(String code, LocalDate at, String lang, boolean withPeers) {
		long start = System.nanoTime();
		long processCpu = processCpuNanos();
		TerritoryResponse territory = territories.get(code);
		Scope scope = Scope.of(code, at);
		Map<String, String> timings = new java.util.concurrent.ConcurrentSkipListMap<>();
		AnalysisBundle bundle = bundles.of(scope);
		ProjectedGraph graph = bundle.graph();
		// the parts of the bundle are computed on the report's pool side by side; a part another request computes
		// already is waited for, not computed again
		CompletableFuture<AnalysisAnswers.Catalysts> catalysts = tasks.async("catalysts", timings,
				() -> bundle.catalysts(TOP));
		CompletableFuture<AnalysisAnswers.Gaps> gapAnswer = tasks.async("gaps", timings, bundle::gaps);
		CompletableFuture<AnalysisAnswers.Suggestions> suggestionAnswer = tasks.async("suggestions", timings,
				() -> bundle.suggestions(TOP));
		CompletableFuture<AnalysisAnswers.Articulations> articulationAnswer = tasks.async("articulations", timings,
				() -> bundle.articulations(null));
		CompletableFuture<AnalysisAnswers.Robustness> fragilities = tasks.async("robustness", timings,
				() -> bundle.robustness(FRAGILITIES));
		// started now, computed on the benchmark's own thread while the report's parts are; waited for at the end
		PeerBenchmarks.Outcome benchmark = withPeers
				? benchmarks.benchmark(code, at, null, null, Duration.ZERO, false)
				: new PeerBenchmarks.Pending("NOT_ASKED", 0, 0, 0);
		// of a parent, only the links between its territories are shown
		List<CompletableFuture<AnalysisBundle>> parentBundles = territory.partOf()
			.stream()
			.map(parent -> tasks.async("territory links " + parent, timings, () -> {
				AnalysisBundle parentBundle = bundles.of(Scope.of(parent, at));
				parentBundle.territoryLinks();
				return parentBundle;
			}))
			.toList();
		// laid out as soon as its inputs are there (on the thread that completes the second), not after the
		// trajectory: on a large scope it takes seconds
		CompletableFuture<DiagnosticReport.NetworkPicture> picture = catalysts.thenCombine(gapAnswer,
				(c, g) -> timed("picture", timings,
						() -> NetworkLayout.picture(graph.actors(), c.catalysts(), g.report().components())));
		DiagnosticTrajectory trajectoryTasks = new DiagnosticTrajectory(tasks, bundles, scope,
				graph.actors().vertexSet().size(), timings);
		AnalysisAnswers.Gaps gaps = join(gapAnswer);
		AnalysisAnswers.Suggestions suggestions = join(suggestionAnswer);
		AnalysisAnswers.Articulations articulations = join(articulationAnswer);
		AnalysisAnswers.Trajectory trajectory = trajectoryTasks.join();

		Map<String, ActorNode> actors = new HashMap<>();
		graph.actors().vertexSet().forEach(a -> actors.put(a.id(), a));
		List<DiagnosticReport.NeighbourLink> neighbourLinks = new ArrayList<>();
		for (int i = 0; i < parentBundles.size(); i++) {
			String parent = territory.partOf().get(i);
			AnalysisBundle parentBundle = join(parentBundles.get(i));
			for (TerritoryLink link : parentBundle.territoryLinks()) {
				if (link.a().equals(code) || link.b().equals(code)) {
					neighbourLinks.add(new DiagnosticReport.NeighbourLink(parent,
							link.a().equals(code) ? link.b() : link.a(), link));
				}
			}
			parentBundle.graph().actors().vertexSet().forEach(a -> actors.putIfAbsent(a.id(), a));
		}
		neighbourLinks.sort(java.util.Comparator.comparingDouble((DiagnosticReport.NeighbourLink l) -> l.link().weight())
			.reversed().thenComparing(DiagnosticReport.NeighbourLink::other));

		ScopeCounts.Counts read = counts.read(code, at);
		GapReport report = gaps.report();
		int n = gaps.actorCount();
		int m = gaps.tieCount();
		DiagnosticReport.KeyFigures keyFigures = new DiagnosticReport.KeyFigures(n, m, bundle.density(),
				report.components().size(), report.shareOutsideLargest(),
				report.isolatedActors().size(), report.communities().size(), report.modularity(),
				articulations.articulationPoints().size(), articulations.bridges().size(),
				read.partnershipsByType().values().stream().mapToLong(Long::longValue).sum(), read.projects(),
				counted(vocabularies.codes(Vocabulary.SECTORS), code2 -> report.sectorMixing().actors()
					.getOrDefault(code2, 0).longValue()),
				counted(vocabularies.codes(Vocabulary.PARTNERSHIP_TYPES), t -> read.partnershipsByType().getOrDefault(t, 0L)),
				counted(DiagnosticLabels.PHASES, p -> read.projectsByPhase().getOrDefault(p, 0L)));

		Set<String> gapDomains = new HashSet<>();
		report.domainGaps().forEach(g -> gapDomains.add(g.domain()));
		List<DiagnosticReport.DomainRow> domains = bundle.domains().stream()
			.map(d -> new DiagnosticReport.DomainRow(d.domain(), d.needIndex(), d.indicators(), d.activeProjects(),
					d.actors(), gapDomains.contains(d.domain())))
			.toList();
		List<DiagnosticReport.Count> sdgs = counted(vocabularies.codes(Vocabulary.SDGS),
				s -> read.projectsBySdg().getOrDefault(s, 0L));
		List<DiagnosticReport.Count> levers = counted(vocabularies.codes(Vocabulary.LEVERS),
				l -> read.projectsByLever().getOrDefault(l, 0L));

		List<DiagnosticReport.Place> parents = new ArrayList<>();
		for (String parent : territory.partOf()) {
			TerritoryResponse p = territories.get(parent);
			parents.add(new DiagnosticReport.Place(p.code(), p.name(), p.level()));
		}
		DiagnosticReport.Identity identity = new DiagnosticReport.Identity(territory.code(), territory.name(),
				territory.level(), territory.population(), parents);

		DiagnosticReport.Labels names = labels.of(lang, identity, articulations, neighbourLinks, report, actors);
		ReportFormat format = new ReportFormat(lang);
		ReportSentences sentences = new ReportSentences(lang, texts.labels(lang), format, names);
		if (withPeers && !peersWait.isZero() && benchmark instanceof PeerBenchmarks.Pending) {
			benchmark = timed("benchmark", timings, () -> benchmarks.benchmark(code, at, null, null, peersWait, false));
		}
		DiagnosticReport.Peers peers = peers(benchmark, lang, sentences);
		DiagnosticReport diagnostic = KeyPoints.of(new DiagnosticReport(lang, at, LocalDate.now(), identity,
				List.of(), List.of(), keyFigures, join(catalysts), gaps, domains, articulations, join(fragilities), peers,
				neighbourLinks, suggestions, trajectory, sdgs, levers, join(picture), names),
				holders(bundle), bundle.topBetweennessShare(KeyPoints.HOLDERS), peers.peerSet(), sentences, format);
		log.info("Diagnostic {} on {}: {} actors, {} ties, {} ms (process CPU {} ms); analyses (wall/thread CPU ms) {}",
				code, at, n, m, (System.nanoTime() - start) / 1_000_000, (processCpuNanos() - processCpu) / 1_000_000,
				timings);
		return diagnostic;
	}

	/** The names of the actors with the highest betweenness, those the brokerage share of the key points is of. */
	private static List<String> holders(AnalysisBundle bundle) {
		return bundle.catalysts(Integer.MAX_VALUE).catalysts().stream()
			.filter(c -> c.betweenness() > 0)
			.sorted(java.util.Comparator.comparingDouble(CatalystResult::betweenness).reversed()
				.thenComparingInt(CatalystResult::rank))
			.limit(KeyPoints.HOLDERS)
			.map(CatalystResult::name)
			.toList();
	}

	/** The benchmark and its peers named ("les 2 départements de la région …"), or how far it is. */
	private DiagnosticReport.Peers peers(PeerBenchmarks.Outcome outcome, String lang, ReportSentences sentences) {
		if (outcome instanceof PeerBenchmarks.Pending pending) {
			return new DiagnosticReport.Peers(null, pending, null);
		}
		AnalysisAnswers.Benchmark benchmark = ((PeerBenchmarks.Ready) outcome).benchmark();
		String level = texts.label(lang, "peers.level." + benchmark.peerLevel());
		String peerSet;
		if (benchmark.within() == null) {
			peerSet = sentences.say("peers.set.whole", Map.of("peers", benchmark.peers(), "level", level));
		}
		else {
			TerritoryResponse area = territories.get(benchmark.within());
			peerSet = sentences.say("peers.set." + area.level(),
					Map.of("peers", benchmark.peers(), "level", level, "area", area.name()));
		}
		return new DiagnosticReport.Peers(benchmark, null, peerSet);
	}

	private static List<DiagnosticReport.Count> counted(Collection<String> codes, Function<String, Long> count) {
		return codes.stream().map(c -> new DiagnosticReport.Count(c, count.apply(c))).toList();
	}
}
