package org.alliancegraph.analysis.catalyst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.Reason;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the actors of an actor graph as catalysts: the actors that make cooperation possible between
 * others, across sectors and territories.
 *
 * <p>For each actor, over one int-indexed copy of the graph shared by all measures:
 * <ul>
 * <li>betweenness, raw and normalised as NetworkX does for undirected graphs, on the unweighted
 * graph: exact ({@link BrandesBetweenness}) when the graph has at most
 * {@link CatalystOptions#exactThreshold()} actors, else estimated within
 * {@link CatalystOptions#epsilon()} with probability {@code 1 - }{@link CatalystOptions#delta()}
 * ({@link PathSampledBetweenness}, with its top-{@value PathSampledBetweenness#DEFAULT_TOP_K}
 * refinement);</li>
 * <li>Burt's constraint and effective size, weighted by the number of shared ties
 * ({@link BurtConstraint}, {@link EffectiveSize}); undefined (null) without partner;</li>
 * <li>Gould–Fernandez brokerage counts with the sector as group ({@link GouldFernandezBrokerage});</li>
 * <li>sector diversity: the number of distinct sectors among its partners;</li>
 * <li>territory span: the number of distinct {@link ActorNode#territory() territories} among the actor
 * itself and its partners — the territories its alliances reach, its own included, so 1 for an actor
 * whose partners all sit in its territory (or that has none);</li>
 * <li>the rank percentile of each figure ({@link CatalystPercentiles}).</li>
 * </ul>
 *
 * <p>Composite score, in [0, 1]: the weighted mean of the percentiles
 * <pre>
 *   score = 0.30 betweenness + 0.20 brokerage + 0.15 effectiveSize + 0.10 lowConstraint
 *         + 0.15 sectorDiversity + 0.10 territorySpan
 * </pre>
 * where brokerage is the number of pairs brokered between different sectors (boundary spanner plus
 * liaison). Why: betweenness is the standard measure of standing between others and gets the largest
 * weight; brokerage across sectors is the multi-stakeholder mediation the territorial alliances are
 * about; effective size and constraint both measure structural holes and are strongly (negatively)
 * correlated, so they share a quarter; sector and territory diversity say whom the bridges join.
 * Percentiles rather than raw values make figures of different units comparable and robust to the
 * heavy-tailed distributions of betweenness and brokerage. Rank 1 is the highest score; equal scores
 * are ordered by actor id, so the report is deterministic (figures equal up to floating-point noise,
 * relative 1e-9, count as ties in the percentiles).
 *
 * <p>Complexity: exact betweenness {@code O(n m)} (sampled: see {@link PathSampledBetweenness}) spread over all cores,
 * structural holes and brokerage {@code O(m sqrt(m) log n)}, the rest {@code O(n log n + m)}; space
 * {@code O(n + m)} per core. An empty graph gives an empty report.
 *
 * <p>Computed on first use, then cached. Not thread-safe before the first call returns.
 */
public final class CatalystAnalysis {

	/** Weight of the betweenness percentile in the score. */
	public static final double BETWEENNESS_WEIGHT = 0.30;

	/** Weight of the between-sector brokerage percentile in the score. */
	public static final double BROKERAGE_WEIGHT = 0.20;

	/** Weight of the effective size percentile in the score. */
	public static final double EFFECTIVE_SIZE_WEIGHT = 0.15;

	/** Weight of the reversed constraint percentile in the score. */
	public static final double LOW_CONSTRAINT_WEIGHT = 0.10;

	/** Weight of the sector diversity percentile in the score. */
	public static final double SECTOR_DIVERSITY_WEIGHT = 0.15;

	/** Weight of the territory span percentile in the score. */
	public static final double TERRITORY_SPAN_WEIGHT = 0.10;

	/** Relative difference under which two figures count as equal in the percentiles. */
	private static final double RELATIVE_TIE = 1e-9;

	private final IndexedGraph<ActorNode> graph;

	private final CatalystOptions options;

	private @Nullable CatalystReport report;

	/**
	 * Catalyst analysis with {@link CatalystOptions#defaults()}.
	 *
	 * @param graph the actor graph, undirected, weighted by the number of shared ties; read once, at
	 *     construction
	 */
	public CatalystAnalysis(Graph<ActorNode, ?> graph) {
		this(graph, CatalystOptions.defaults());
	}

	/**
	 * @param graph the actor graph, undirected, weighted by the number of shared ties (finite, positive);
	 *     read once, at construction
	 * @param options how to compute betweenness
	 */
	public CatalystAnalysis(Graph<ActorNode, ?> graph, CatalystOptions options) {
		this.graph = IndexedGraph.of(Objects.requireNonNull(graph, "graph"));
		this.options = Objects.requireNonNull(options, "options");
	}

	/**
	 * @return every actor with its figures, by increasing rank
	 * @throws IllegalArgumentException if a tie weight is not finite and positive
	 */
	public CatalystReport getReport() {
		CatalystReport result = report;
		if (result == null) {
			result = compute();
			report = result;
		}
		return result;
	}

	private CatalystReport compute() {
		int n = graph.size();
		if (n == 0) {
			return CatalystReport.empty();
		}
		int parallelism = BrandesKernel.defaultParallelism();
		boolean exact = n <= options.exactThreshold();
		double[] betweenness;
		int samples = 0;
		if (exact) {
			betweenness = new BrandesBetweenness<ActorNode, Object>(graph, parallelism).raw();
		}
		else {
			PathSampledBetweenness<ActorNode, Object> sampled = new PathSampledBetweenness<>(graph, options.epsilon(),
					options.delta(), PathSampledBetweenness.DEFAULT_TOP_K, options.seed(), parallelism);
			betweenness = sampled.raw();
			samples = Math.toIntExact(sampled.getSampleCount());
		}
		double factor = BrandesKernel.normalizationFactor(n);
		double[] normalized = new double[n];
		for (int v = 0; v < n; v++) {
			normalized[v] = betweenness[v] * factor;
		}
		StructuralHoles holes = StructuralHoles.of(graph);
		BrokerageCounts[] brokerage = new GouldFernandezBrokerage<ActorNode, Object>(graph, ActorNode::sector)
			.counts();
		int[] sectorDiversity = distinctAmongNeighbours(graph.groupIds(ActorNode::sector), false);
		int[] territorySpan = distinctAmongNeighbours(graph.groupIds(ActorNode::territory), true);

		double[] betweenGroups = new double[n];
		double[] negatedConstraint = new double[n];
		double[] sectors = new double[n];
		double[] territories = new double[n];
		for (int v = 0; v < n; v++) {
			betweenGroups[v] = brokerage[v].betweenGroups();
			negatedConstraint[v] = -holes.constraint[v];
			sectors[v] = sectorDiversity[v];
			territories[v] = territorySpan[v];
		}
		double[] pBetweenness = percentiles(normalized);
		double[] pBrokerage = percentiles(betweenGroups);
		double[] pEffectiveSize = percentiles(holes.effectiveSize);
		double[] pLowConstraint = percentiles(negatedConstraint);
		double[] pSectors = percentiles(sectors);
		double[] pTerritories = percentiles(territories);

		double[] score = new double[n];
		for (int v = 0; v < n; v++) {
			score[v] = BETWEENNESS_WEIGHT * pBetweenness[v] + BROKERAGE_WEIGHT * pBrokerage[v]
					+ EFFECTIVE_SIZE_WEIGHT * pEffectiveSize[v] + LOW_CONSTRAINT_WEIGHT * pLowConstraint[v]
					+ SECTOR_DIVERSITY_WEIGHT * pSectors[v] + TERRITORY_SPAN_WEIGHT * pTerritories[v];
			score[v] = Math.min(1.0, Math.max(0.0, score[v]));
		}

		Integer[] order = new Integer[n];
		for (int v = 0; v < n; v++) {
			order[v] = v;
		}
		Arrays.sort(order, Comparator.<Integer>comparingDouble(v -> -score[v])
			.thenComparing(v -> graph.vertex(v).id()));

		List<CatalystResult> results = new ArrayList<>(n);
		for (int r = 0; r < n; r++) {
			int v = order[r];
			ActorNode actor = graph.vertex(v);
			double constraint = holes.constraint[v];
			double effectiveSize = holes.effectiveSize[v];
			List<Reason> why = CatalystExplanation.reasons(graph.degree(v), sectorDiversity[v], territorySpan[v],
					normalized[v], !exact, brokerage[v], effectiveSize);
			results.add(new CatalystResult(actor.id(), actor.name(), actor.sector(), score[v], r + 1, betweenness[v],
					normalized[v], Double.isNaN(constraint) ? null : constraint,
					Double.isNaN(effectiveSize) ? null : effectiveSize, brokerage[v], sectorDiversity[v],
					territorySpan[v], CatalystExplanation.french(why), why,
					new CatalystPercentiles(pBetweenness[v], pEffectiveSize[v], pLowConstraint[v], pBrokerage[v],
							pSectors[v], pTerritories[v])));
		}
		return new CatalystReport(n, graph.tieCount(), exact ? CatalystReport.EXACT : CatalystReport.SAMPLED, samples,
				exact ? 0 : options.epsilon(), exact ? 0 : options.delta(), results);
	}

	/**
	 * For each vertex, the number of distinct groups among its neighbours, and itself when asked.
	 */
	private int[] distinctAmongNeighbours(int[] groupOf, boolean includeSelf) {
		int n = graph.size();
		int[] result = new int[n];
		int groups = 0;
		for (int g : groupOf) {
			groups = Math.max(groups, g + 1);
		}
		int[] seen = new int[groups]; // v + 1 when group already counted for v
		for (int v = 0; v < n; v++) {
			int count = 0;
			if (includeSelf) {
				seen[groupOf[v]] = v + 1;
				count++;
			}
			for (int p = graph.offsets[v]; p < graph.offsets[v + 1]; p++) {
				int g = groupOf[graph.targets[p]];
				if (seen[g] != v + 1) {
					seen[g] = v + 1;
					count++;
				}
			}
			result[v] = count;
		}
		return result;
	}

	/**
	 * Mid-rank percentiles: {@code (below + (equal - 1) / 2) / (n - 1)}, 0.5 when n is 1; NaN ranks
	 * below every number; values within {@value #RELATIVE_TIE} relative difference tie.
	 */
	static double[] percentiles(double[] values) {
		int n = values.length;
		double[] result = new double[n];
		if (n == 1) {
			result[0] = 0.5;
			return result;
		}
		double[] keys = new double[n];
		for (int v = 0; v < n; v++) {
			keys[v] = Double.isNaN(values[v]) ? Double.NEGATIVE_INFINITY : values[v];
		}
		double[] sorted = keys.clone();
		Arrays.sort(sorted);
		// Percentile of each run of tied values in the sorted array.
		double[] percentileAt = new double[n];
		int start = 0;
		while (start < n) {
			int end = start + 1;
			while (end < n && tie(sorted[end - 1], sorted[end])) {
				end++;
			}
			double percentile = (start + (end - start - 1) / 2.0) / (n - 1);
			Arrays.fill(percentileAt, start, end, percentile);
			start = end;
		}
		for (int v = 0; v < n; v++) {
			result[v] = percentileAt[Arrays.binarySearch(sorted, keys[v])];
		}
		return result;
	}

	private static boolean tie(double a, double b) {
		if (a == b) {
			return true;
		}
		return Double.isFinite(a) && Double.isFinite(b)
				&& Math.abs(b - a) <= RELATIVE_TIE * Math.max(Math.abs(a), Math.abs(b));
	}
}
