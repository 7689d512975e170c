package org.alliancegraph.scopeanalysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.territory.TerritoryLevel;
import org.alliancegraph.territory.TerritoryResponse;
import org.alliancegraph.territory.TerritoryService;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * A territory's headline indicators against those of its peers: the territories of one level within one territory
 * (its région by default) or within the whole graph. Every peer's indicators come from its analysis bundle; the
 * peers are projected together and their bundles not kept ({@link AnalysisBundles#unkept}). The peers' indicators
 * are kept per (peer level, within, date, data version), computed once whoever asks (simultaneous requests wait for
 * the first), so that every peer's own benchmark is then read from them. They are computed in the background: a
 * request waits for them as long as it says, then is told how far they are, to ask again (README, "Benchmark").
 */
@Service
public class PeerBenchmarks {

	/** The {@code within} that names the whole graph. */
	static final String WHOLE_GRAPH = "FR";

	private static final int KEPT_TABLES = 64;

	private final AnalysisBundles bundles;

	private final TerritoryService territories;

	private final DataVersion dataVersion;

	/** The peers' indicators, computing or computed; a computation that fails is dropped, to be tried again. */
	private final AsyncCache<Key, Table> tables;

	/** How far each peer set being computed is. */
	private final Map<Key, Progress> progress = new ConcurrentHashMap<>();

	/** The data version the kept tables were computed at. */
	private volatile String keptVersion = "";

	PeerBenchmarks(AnalysisBundles bundles, TerritoryService territories, DataVersion dataVersion) {
		this.bundles = bundles;
		this.territories = territories;
		this.dataVersion = dataVersion;
		// one peer set at a time: each already spreads its peers over every core
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "peer-benchmark");
			thread.setDaemon(true);
			return thread;
		});
		this.tables = Caffeine.newBuilder().maximumSize(KEPT_TABLES).executor(executor).buildAsync();
	}

	/** A benchmark, or how far the computation of its peers' indicators is. */
	public sealed interface Outcome permits Ready, Pending {
	}

	public record Ready(AnalysisAnswers.Benchmark benchmark) implements Outcome {
	}

	/**
	 * The peers' indicators are being computed: ask again.
	 *
	 * @param state {@code RUNNING}
	 * @param peers the peers to compute, 0 while they are read
	 * @param computed those whose indicators are computed
	 * @param progress {@code computed / peers}, 0 while they are read
	 */
	public record Pending(String state, int peers, int computed, double progress) implements Outcome {
	}

	private static final class Progress {

		private volatile int peers;

		private final AtomicInteger computed = new AtomicInteger();

		Pending pending() {
			int total = peers;
			int done = computed.get();
			return new Pending("RUNNING", total, done, total == 0 ? 0 : (double) done / total);
		}
	}

	/**
	 * @param peerLevel the peers' level (null: the territory's own)
	 * @param within the territory the peers lie in: an ancestor of the territory, or {@value #WHOLE_GRAPH} for the
	 *     whole graph (null: the territory's région, the whole graph for régions or a territory in no région)
	 * @param wait how long to wait for the peers' indicators when they are not there yet
	 * @param withFigures whether to list every peer's indicators in the answer
	 */
	public Outcome benchmark(@Nullable String territory, LocalDate at, @Nullable String peerLevel,
			@Nullable String within, Duration wait, boolean withFigures) {
		InputErrors errors = new InputErrors();
		if (territory == null || territory.isBlank()) {
			errors.add("territory", territory, "code de territoire requis");
		}
		TerritoryLevel level = null;
		if (peerLevel != null) {
			try {
				level = TerritoryLevel.valueOf(peerLevel.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.add("peers", peerLevel, "niveau inconnu ; attendu : REGION, DEPARTEMENT, EPCI, COMMUNE ou CUSTOM");
			}
		}
		errors.throwIfAny();
		TerritoryResponse target = territories.get(Objects.requireNonNull(territory).strip());
		level = level == null ? TerritoryLevel.valueOf(target.level()) : level;
		// read only when the peers' area needs them: not for within=FR, the answer of a kept peer set then costing
		// one read of the territory
		Supplier<Map<String, TerritoryResponse>> ancestors = new ComputedOnce<>(() -> ancestors(target));
		String area = area(target, level, within == null || within.isBlank() ? null : within.strip(), ancestors,
				errors);
		errors.throwIfAny();

		String version = dataVersion.stamp();
		if (!version.equals(keptVersion)) {
			tables.asMap().keySet().removeIf(key -> !key.dataVersion().equals(version));
			keptVersion = version;
		}
		String peers = level.name();
		Key key = new Key(peers, area, at, version);
		boolean[] started = { false };
		CompletableFuture<Table> computing = tables.get(key, (k, executor) -> {
			started[0] = true;
			Progress step = new Progress();
			progress.put(k, step);
			return CompletableFuture.supplyAsync(() -> table(k, step), executor)
				.whenComplete((table, failure) -> progress.remove(k));
		});
		Table table;
		try {
			// a zero wait answers at once for a peer set this request starts, however fast it would be
			table = started[0] && wait.isZero() ? null : computing.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			table = null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(ex.getCause());
		}
		if (table == null) {
			Progress step = progress.get(key);
			return step == null ? new Pending("RUNNING", 0, 0, 0) : step.pending();
		}
		List<AnalysisAnswers.PeerFigures> rows = new ArrayList<>(table.rows());
		AnalysisAnswers.PeerFigures own = rows.stream().filter(r -> r.code().equals(target.code())).findFirst()
			.orElse(null);
		ScopeDescription scope;
		if (own == null) {
			// a territory of another level than its peers: counted among them all the same
			AnalysisBundle bundle = bundles.of(Scope.of(target.code(), at));
			own = figures(target, bundle);
			rows.add(own);
			scope = bundle.scope();
		}
		else {
			scope = new ScopeDescription(target.code(), target.level(), at, table.groupLevel(), Set.of(), Set.of());
		}
		List<AnalysisAnswers.IndicatorBenchmark> indicators = new ArrayList<>();
		for (PeerIndicator indicator : PeerIndicator.values()) {
			indicators.add(indicator(indicator.name(), own.indicators().get(indicator.name()), rows));
		}
		int empty = (int) rows.stream().filter(r -> r.actorCount() == 0).count();
		return new Ready(new AnalysisAnswers.Benchmark(scope, target.name(), peers, area, rows.size(), empty,
				indicators, withFigures ? rows : null));
	}

	private static AnalysisAnswers.IndicatorBenchmark indicator(String code, @Nullable Double value,
			List<AnalysisAnswers.PeerFigures> rows) {
		List<Double> values = rows.stream().map(r -> r.indicators().get(code)).filter(Objects::nonNull).toList();
		if (values.isEmpty()) {
			return new AnalysisAnswers.IndicatorBenchmark(code, value, 0, null, null, null, null, null, null);
		}
		PeerDistribution d = PeerDistribution.of(values);
		return new AnalysisAnswers.IndicatorBenchmark(code, value, d.count(), d.min(), d.q1(), d.median(), d.q3(),
				d.max(), value == null ? null : d.percentileOf(value));
	}

	/** Every peer's indicators, from its bundle, the bundles of the peers computed side by side. */
	private Table table(Key key, Progress step) {
		List<TerritoryResponse> peers = territories
			.list(key.level(), key.area(), null, PageRequest.of(0, Integer.MAX_VALUE))
			.getContent();
		Map<String, TerritoryResponse> byCode = new LinkedHashMap<>();
		peers.forEach(p -> byCode.put(p.code(), p));
		Map<String, AnalysisBundle> each = bundles.unkept(key.level(), List.copyOf(byCode.keySet()), key.at(),
				key.dataVersion());
		step.peers = each.size();
		List<AnalysisAnswers.PeerFigures> rows = each.entrySet().parallelStream()
			.map(e -> {
				AnalysisAnswers.PeerFigures figures = figures(byCode.get(e.getKey()), e.getValue());
				step.computed.incrementAndGet();
				return figures;
			})
			.toList();
		String groupLevel = each.values().stream().findFirst().map(b -> b.graph().groupLevel()).orElse("");
		return new Table(groupLevel, rows);
	}

	private static AnalysisAnswers.PeerFigures figures(TerritoryResponse territory, AnalysisBundle bundle) {
		Map<String, @Nullable Double> values = new LinkedHashMap<>();
		for (PeerIndicator indicator : PeerIndicator.values()) {
			values.put(indicator.name(), indicator.of(bundle, territory.population()));
		}
		return new AnalysisAnswers.PeerFigures(territory.code(), territory.name(), territory.population(),
				bundle.graph().actors().vertexSet().size(), values);
	}

	/**
	 * The code of the territory the peers lie in, null for the whole graph; 404 for an unknown {@code within}, 422
	 * for one that does not contain the territory or cannot contain territories of the peers' level.
	 */
	private @Nullable String area(TerritoryResponse target, TerritoryLevel level, @Nullable String within,
			Supplier<Map<String, TerritoryResponse>> ancestors, InputErrors errors) {
		if (within == null) {
			if (level == TerritoryLevel.REGION) {
				return null;
			}
			return ancestors.get().values().stream().filter(t -> t.level().equals(TerritoryLevel.REGION.name()))
				.map(TerritoryResponse::code).sorted().findFirst().orElse(null);
		}
		if (within.equals(WHOLE_GRAPH)) {
			return null;
		}
		TerritoryResponse area = ancestors.get().get(within);
		if (area == null) {
			if (!territories.exists(within)) {
				throw new NotFoundException("Le territoire", within);
			}
			errors.add("within", within, "« " + within + " » ne contient pas le territoire « " + target.code()
					+ " » : attendu un territoire dont il fait partie, ou FR pour tout le graphe");
			return null;
		}
		if (!level.mayBePartOf(TerritoryLevel.valueOf(area.level()))) {
			errors.add("peers", level.name(), "un territoire de niveau " + area.level() + " (« " + within
					+ " ») ne contient pas de territoire de niveau " + level.name());
		}
		return within;
	}

	/** Every territory the target is PART_OF, at any depth, by code; one read per level climbed. */
	private Map<String, TerritoryResponse> ancestors(TerritoryResponse target) {
		Map<String, TerritoryResponse> found = new HashMap<>();
		Set<String> next = new HashSet<>(target.partOf());
		while (!next.isEmpty()) {
			Map<String, TerritoryResponse> read = territories.byCodes(next);
			found.putAll(read);
			next = new HashSet<>();
			for (TerritoryResponse parent : read.values()) {
				parent.partOf().stream().filter(code -> !found.containsKey(code)).forEach(next::add);
			}
		}
		return found;
	}

	/** The peers' indicators, in the order of their names, and the level their actors are grouped by. */
	private record Table(String groupLevel, List<AnalysisAnswers.PeerFigures> rows) {
	}

	private record Key(String level, @Nullable String area, LocalDate at, String dataVersion) {
	}
}
