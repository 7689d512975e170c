package org.alliancegraph.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.articulation.ArticulationPoint;
import org.alliancegraph.analysis.articulation.Bridge;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.gap.DomainGap;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.network.AnalysisAnswers;
import org.alliancegraph.network.NetworkAnalyses;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.ScopeContext;
import org.alliancegraph.projection.ScopeProjection;
import org.alliancegraph.reference.ReferenceEntry;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.territory.TerritoryResponse;
import org.alliancegraph.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Assembles the territorial diagnostic from the analysis answers for the territory's scope on a date — the same
 * calls, with the same parameters, as the analysis endpoints — and from counts read for that scope. Nothing here
 * computes a network figure of its own: the catalysts, gaps, articulations, suggestions and trajectory are the
 * analysis answers as they are; the report adds counts, names and labels.
 */
@Service
public class DiagnosticService {

	private static final Logger log = LoggerFactory.getLogger(DiagnosticService.class);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Catalysts and suggested alliances shown. */
	static final int TOP = 10;

	/** Reports kept, whole. */
	private static final int CACHE_SIZE = 8;

	/** Above this many actors, the trajectory takes one date every two years. */
	static final int LARGE_SCOPE = 5_000;

	/** Years of trajectory before the date. */
	static final int YEARS = 8;

	static final List<String> PHASES = List.of("EMERGENCE", "EXPERIMENTATION", "DEPLOYMENT", "CAPITALISATION");

	static final List<String> LEVELS = List.of("REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "CUSTOM");

	private final TerritoryService territories;

	private final NetworkAnalyses analyses;

	private final ScopeProjection projection;

	private final ScopeContext context;

	private final ReferenceVocabularies vocabularies;

	private final ScopeCounts counts;

	private final ReportTexts texts;

	private final ExecutorService pool;

	private final DataVersion dataVersion;

	private final Map<Key, DiagnosticReport> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, DiagnosticReport> eldest) {
			return size() > CACHE_SIZE;
		}
	};

	DiagnosticService(TerritoryService territories, NetworkAnalyses analyses, ScopeProjection projection,
			ScopeContext context, ReferenceVocabularies vocabularies, ScopeCounts counts, ReportTexts texts,
			DataVersion dataVersion) {
		this.territories = territories;
		this.analyses = analyses;
		this.projection = projection;
		this.context = context;
		this.vocabularies = vocabularies;
		this.counts = counts;
		this.texts = texts;
		this.dataVersion = dataVersion;
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "diagnostic-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

	/**
	 * Runs one analysis on the report's pool, so that the analyses of a report use every core: they are
	 * independent and read the same cached projection (exact betweenness also spreads over the common pool).
	 * Records the task's wall and thread CPU time for the log.
	 */
	private <T> CompletableFuture<T> async(String name, Map<String, String> timings, Supplier<T> analysis) {
		return CompletableFuture.supplyAsync(() -> timed(name, timings, analysis), pool);
	}

	/** Runs a task, recording its wall and thread CPU time for the log. */
	private static <T> T timed(String name, Map<String, String> timings, Supplier<T> task) {
		long wall = System.nanoTime();
		long cpu = THREADS.getCurrentThreadCpuTime();
		try {
			return task.get();
		}
		finally {
			timings.put(name, (System.nanoTime() - wall) / 1_000_000 + "/"
					+ (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
		}
	}

	/** CPU time of the whole JVM (all threads, the common pool's too), or 0 where the JVM does not tell. */
	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getProcessCpuTime() : 0;
	}

	/** The answer of a task; its own exception when it failed (a 404 stays a 404). */
	private static <T> T join(CompletableFuture<T> task) {
		try {
			return task.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * The trajectory point of the report's date, made of the answers already there exactly as
	 * {@link NetworkAnalyses#trajectory} makes it: counts, density {@code 2m / (n (n - 1))}, fragmentation,
	 * communities, absent sectors, cut points and the three best catalysts.
	 */
	static AnalysisAnswers.TrajectoryPoint pointOn(LocalDate at, AnalysisAnswers.Catalysts catalysts,
			AnalysisAnswers.Gaps gaps, AnalysisAnswers.Articulations articulations) {
		GapReport report = gaps.report();
		int n = gaps.actorCount();
		int m = gaps.tieCount();
		return new AnalysisAnswers.TrajectoryPoint(at, n, m, n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1)),
				report.components().size(), report.shareOutsideLargest(), report.isolatedActors().size(),
				articulations.articulationPoints().size(), report.communities().size(), report.modularity(),
				report.sectorsAbsent(), catalysts.catalysts().subList(0, Math.min(3, catalysts.catalysts().size())));
	}

	/**
	 * Yearly; every two years above {@value #LARGE_SCOPE} actors, where each date costs seconds (exact
	 * betweenness, communities): five dates instead of nine.
	 */
	static Period trajectoryStep(int actors) {
		return actors > LARGE_SCOPE ? Period.ofYears(2) : Period.ofYears(1);
	}

	/** The trajectory's parameters for a report on {@code at}: yearly, over the {@value #YEARS} previous years. */
	static LocalDate trajectoryFrom(LocalDate at) {
		return at.minusYears(YEARS);
	}

	/**
	 * The report, from a small cache keyed by the data version: the page, its PDF and its JSON asked one after
	 * the other are assembled once, and any write makes the next request assemble a new one.
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
		DiagnosticReport report = assemble(code, at, lang);
		synchronized (cache) {
			cache.put(key, report);
		}
		return report;
	}

	private record Key(String code, LocalDate at, String lang, LocalDate today, String dataVersion) {
	}

	private DiagnosticReport assemble(String code, LocalDate at, String lang) {
		long start = System.nanoTime();
		long processCpu = processCpuNanos();
		TerritoryResponse territory = territories.get(code);
		Scope scope = Scope.of(code, at);
		Map<String, String> timings = new java.util.concurrent.ConcurrentSkipListMap<>();
		// read the scope once before the analyses share it from the projection cache
		ProjectedGraph graph = projection.project(scope);
		CompletableFuture<AnalysisAnswers.Catalysts> catalysts = async("catalysts", timings,
				() -> analyses.catalysts(scope, TOP));
		CompletableFuture<AnalysisAnswers.Gaps> gapAnswer = async("gaps", timings, () -> analyses.gaps(scope));
		CompletableFuture<AnalysisAnswers.Suggestions> suggestionAnswer = async("suggestions", timings,
				() -> analyses.suggestions(scope, TOP));
		CompletableFuture<AnalysisAnswers.Articulations> articulationAnswer = async("articulations", timings,
				() -> analyses.articulations(scope, null));
		// of a parent, only the links between its territories are shown
		List<CompletableFuture<List<TerritoryLink>>> parentLinks = territory.partOf()
			.stream()
			.map(parent -> async("territory links " + parent, timings,
					() -> analyses.territoryLinks(Scope.of(parent, at))))
			.toList();
		// laid out as soon as its inputs are there (on the thread that completes the second), not after the
		// trajectory: on a large scope it takes seconds
		CompletableFuture<DiagnosticReport.NetworkPicture> picture = catalysts.thenCombine(gapAnswer,
				(c, g) -> timed("picture", timings,
						() -> NetworkLayout.picture(graph.actors(), c.catalysts(), g.report().components())));
		// the same answer as analyses.trajectory(scope, from, at, step), one date per task; the point on the
		// report's own date is assembled from the answers above instead of being computed a second time
		Period step = trajectoryStep(graph.actors().vertexSet().size());
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate date = trajectoryFrom(at); !date.isAfter(at); date = date.plus(step)) {
			dates.add(date);
		}
		Map<LocalDate, CompletableFuture<AnalysisAnswers.Trajectory>> years = new LinkedHashMap<>();
		for (LocalDate day : dates) {
			if (!day.equals(at) || day.equals(dates.get(0))) {
				years.put(day, async("trajectory " + day, timings, () -> analyses.trajectory(scope, day, day, step)));
			}
		}
		AnalysisAnswers.Gaps gaps = join(gapAnswer);
		AnalysisAnswers.Suggestions suggestions = join(suggestionAnswer);
		AnalysisAnswers.Articulations articulations = join(articulationAnswer);
		List<AnalysisAnswers.TrajectoryPoint> points = new ArrayList<>();
		for (LocalDate day : dates) {
			CompletableFuture<AnalysisAnswers.Trajectory> year = years.get(day);
			points.add(year == null ? pointOn(at, join(catalysts), gaps, articulations) : join(year).points().get(0));
		}
		AnalysisAnswers.Trajectory trajectory = new AnalysisAnswers.Trajectory(
				join(years.get(dates.get(0))).scope(), step.toString(), points);

		Map<String, ActorNode> actors = new HashMap<>();
		graph.actors().vertexSet().forEach(a -> actors.put(a.id(), a));
		List<DiagnosticReport.NeighbourLink> neighbourLinks = new ArrayList<>();
		for (int i = 0; i < parentLinks.size(); i++) {
			String parent = territory.partOf().get(i);
			Scope parentScope = Scope.of(parent, at);
			for (TerritoryLink link : join(parentLinks.get(i))) {
				if (link.a().equals(code) || link.b().equals(code)) {
					neighbourLinks.add(new DiagnosticReport.NeighbourLink(parent,
							link.a().equals(code) ? link.b() : link.a(), link));
				}
			}
			projection.project(parentScope).actors().vertexSet().forEach(a -> actors.putIfAbsent(a.id(), a));
		}
		neighbourLinks.sort(java.util.Comparator.comparingDouble((DiagnosticReport.NeighbourLink l) -> l.link().weight())
			.reversed().thenComparing(DiagnosticReport.NeighbourLink::other));

		ScopeCounts.Counts read = counts.read(code, at);
		GapReport report = gaps.report();
		int n = gaps.actorCount();
		int m = gaps.tieCount();
		DiagnosticReport.KeyFigures keyFigures = new DiagnosticReport.KeyFigures(n, m,
				n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1)), report.components().size(), report.shareOutsideLargest(),
				report.isolatedActors().size(), report.communities().size(), report.modularity(),
				articulations.articulationPoints().size(), articulations.bridges().size(),
				read.partnershipsByType().values().stream().mapToLong(Long::longValue).sum(), read.projects(),
				counted(vocabularies.codes(Vocabulary.SECTORS), code2 -> report.sectorMixing().actors()
					.getOrDefault(code2, 0).longValue()),
				counted(vocabularies.codes(Vocabulary.PARTNERSHIP_TYPES), t -> read.partnershipsByType().getOrDefault(t, 0L)),
				counted(PHASES, p -> read.projectsByPhase().getOrDefault(p, 0L)));

		List<DiagnosticReport.DomainRow> domains = domainRows(scope, graph, report.domainGaps());
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

		DiagnosticReport.Labels labels = labels(lang, identity, articulations, neighbourLinks, report, actors);
		DiagnosticReport diagnostic = new DiagnosticReport(lang, at, LocalDate.now(), identity, keyFigures,
				join(catalysts), gaps, domains, articulations, neighbourLinks, suggestions, trajectory, sdgs, levers,
				join(picture), labels);
		log.info("Diagnostic {} on {}: {} actors, {} ties, {} ms (process CPU {} ms); analyses (wall/thread CPU ms) {}",
				code, at, n, m, (System.nanoTime() - start) / 1_000_000, (processCpuNanos() - processCpu) / 1_000_000,
				timings);
		return diagnostic;
	}

	/**
	 * Need against coverage for every domain, from the same sources as the gap analysis: the territory's
	 * indicators (the highest need index of a domain's indicators), the active projects targeting the scope, and
	 * the actors of the scope with a tie in the domain.
	 */
	private List<DiagnosticReport.DomainRow> domainRows(Scope scope, ProjectedGraph graph, List<DomainGap> gaps) {
		Map<String, Double> need = new HashMap<>();
		Map<String, Set<String>> indicators = new HashMap<>();
		for (ScopeContext.Indicator indicator : context.indicators(scope)) {
			double index = indicator.needIndex();
			if (Double.isFinite(index)) {
				need.merge(indicator.domain(), index, Math::max);
			}
			indicators.computeIfAbsent(indicator.domain(), d -> new TreeSet<>()).add(indicator.code());
		}
		Map<String, Integer> projects = context.activeProjectsByDomain(scope);
		Map<String, Integer> actors = new HashMap<>();
		graph.actors().vertexSet().forEach(a -> a.domains().forEach(d -> actors.merge(d, 1, Integer::sum)));
		Set<String> gapDomains = new HashSet<>();
		gaps.forEach(g -> gapDomains.add(g.domain()));
		return vocabularies.codes(Vocabulary.DOMAINS)
			.stream()
			.map(d -> new DiagnosticReport.DomainRow(d, need.get(d), List.copyOf(indicators.getOrDefault(d, Set.of())),
					projects.getOrDefault(d, 0), actors.getOrDefault(d, 0), gapDomains.contains(d)))
			.toList();
	}

	private DiagnosticReport.Labels labels(String lang, DiagnosticReport.Identity identity,
			AnalysisAnswers.Articulations articulations, List<DiagnosticReport.NeighbourLink> neighbourLinks,
			GapReport gaps, Map<String, ActorNode> actors) {
		Set<String> codes = new TreeSet<>();
		codes.add(identity.code());
		identity.parents().forEach(p -> codes.add(p.code()));
		Set<String> ids = new TreeSet<>(gaps.isolatedActors());
		for (ArticulationPoint point : articulations.articulationPoints()) {
			codes.addAll(point.separates());
		}
		for (Bridge bridge : articulations.bridges()) {
			codes.addAll(bridge.separates());
			ids.add(bridge.source());
			ids.add(bridge.target());
		}
		for (TerritoryLink link : articulations.territoryLinks()) {
			codes.add(link.a());
			codes.add(link.b());
			ids.addAll(link.carriers());
		}
		for (DiagnosticReport.NeighbourLink link : neighbourLinks) {
			codes.add(link.parent());
			codes.add(link.other());
			ids.addAll(link.link().carriers());
		}
		Map<String, String> actorNames = new LinkedHashMap<>();
		ids.forEach(id -> {
			ActorNode actor = actors.get(id);
			actorNames.put(id, actor == null ? id : actor.name());
		});
		Map<String, String> territoryNames = new LinkedHashMap<>(counts.territoryNames(codes));
		return new DiagnosticReport.Labels(vocabulary(Vocabulary.SECTORS, lang),
				vocabulary(Vocabulary.PARTNERSHIP_TYPES, lang), fixed(PHASES, "phase.", lang),
				vocabulary(Vocabulary.DOMAINS, lang), vocabulary(Vocabulary.SDGS, lang), vocabulary(Vocabulary.LEVERS, lang),
				vocabulary(Vocabulary.INDICATORS, lang), fixed(LEVELS, "level.", lang), territoryNames, actorNames);
	}

	private Map<String, String> vocabulary(Vocabulary vocabulary, String lang) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ReferenceEntry entry : vocabularies.entries(vocabulary)) {
			labels.put(entry.code(), entry.label(lang));
		}
		return labels;
	}

	private Map<String, String> fixed(List<String> codes, String prefix, String lang) {
		Map<String, String> labels = new LinkedHashMap<>();
		codes.forEach(c -> labels.put(c, texts.label(lang, prefix + c)));
		return labels;
	}

	private static List<DiagnosticReport.Count> counted(Collection<String> codes, Function<String, Long> count) {
		return codes.stream().map(c -> new DiagnosticReport.Count(c, count.apply(c))).toList();
	}
}
