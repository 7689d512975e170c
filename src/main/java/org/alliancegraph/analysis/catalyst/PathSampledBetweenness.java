package org.alliancegraph.analysis.catalyst;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jgrapht.Graph;

/**
 * Estimated betweenness centrality with a stated guarantee: with probability at least {@code 1 - delta},
 * every normalised estimate is within {@code epsilon} of the exact normalised betweenness; edge weights
 * ignored. For graphs too large for the exact {@link BrandesBetweenness}.
 *
 * <p>Estimator: Riondato, M. &amp; Kornaropoulos, E. M. (2016). "Fast approximation of betweenness
 * centrality through sampling". Data Mining and Knowledge Discovery 30(2): 438–475. A sample is an
 * ordered pair {@code (s, t)} of distinct vertices drawn uniformly and one shortest s–t path drawn
 * uniformly among all of them (nothing when t is unreachable from s); every internal vertex of the path
 * gets +1. The share {@code X(v)} of the samples that credit v is an unbiased estimate of
 * {@code 2 g(v) / (n (n - 1))}, g the betweenness counted over unordered pairs, hence
 * {@code g~(v) = X(v) n (n - 1) / 2} is an unbiased estimate of g on the raw scale, and
 * {@code X(v) n / (n - 2)} of the normalised one ({@code 2 g / ((n - 1)(n - 2))}, NetworkX's).
 *
 * <p>Sample count: by Riondato–Kornaropoulos (from the VC dimension of the sets of shortest paths)
 * {@code omega(eps, delta) = (c / eps^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta))} samples give
 * {@code |X(v) - E X(v)| <= eps} for all v at once with probability at least {@code 1 - delta}, VD
 * being the vertex diameter (the largest number of vertices on a shortest path) and c the universal
 * constant of the VC bound, taken as {@value #C} as the authors suggest. VD is bounded from above by
 * {@code 2 ecc(r) + 1} for a root r of each connected component (the highest-degree vertex, ties to the
 * lowest index), {@code ecc} the eccentricity from one breadth-first search. The guarantee is asked at
 * {@code eps = epsilon (n - 2) / n} so that it holds on the normalised scale.
 *
 * <p>Top-k refinement (after Borassi, M. &amp; Natale, E. (2019). "KADABRA is an ADaptive Algorithm for
 * Betweenness via Random Approximation". ACM Journal of Experimental Algorithmics 24(1), top-k mode):
 * a ranking cares about the order of the top vertices, which the uniform bound does not separate when
 * their betweenness is close. Sampling therefore goes on through checkpoints {@code tau_0 < tau_1 < ...}
 * fixed in advance: {@code tau_j} is at least {@code omega(eps, delta / 2^(j + 1))} and at least
 * {@value #GROWTH} times {@code tau_(j - 1)}, at most {@value #MAX_CHECKPOINTS} of them. At each
 * checkpoint the estimate stops when the k highest estimates are separated from all the others: the
 * lowest lower bound among them exceeds the highest upper bound outside them, the bounds being the
 * empirical Bernstein intervals of Maurer &amp; Pontil (2009) at confidence {@code delta / 2^(j + 1)}
 * for all vertices at once. Since the confidences of the checkpoints sum to at most delta, the
 * epsilon guarantee holds at all checkpoints at once, hence at the one where sampling stops,
 * whatever the stopping rule; and when the top k were declared separated, they are the exact top k
 * with probability at least {@code 1 - delta} as well. Near-ties at rank k cannot be separated: then
 * sampling runs up to the last checkpoint ({@link #isTopSeparated()} is false) and the top k is only
 * as good as the samples allow.
 *
 * <p>Each sample is found by a balanced bidirectional breadth-first search (KADABRA): the side whose
 * frontier has the fewer arcs grows one level at a time until the two searches meet; the number of
 * shortest paths through each meeting vertex w is {@code sigma_s(w) sigma_t(w)}, w is drawn in
 * proportion to it, and the path is drawn back to s and to t choosing each predecessor in proportion to
 * its path count. On sparse small-world graphs this visits a small part of the graph, far fewer arcs
 * than the full search of a source of {@link SampledBetweenness}.
 *
 * <p>Determinism: sample i draws from a {@link SplittableRandom} seeded with a hash of the seed and i,
 * and credits integer counts, so the estimate depends only on the graph (in its vertex order), epsilon,
 * delta, k and the seed, not on the number of threads. Samples are spread over the common pool in
 * blocks.
 *
 * <p>Complexity: time {@code O(tau m)} in the worst case for tau samples on m ties, much less on
 * small-world graphs (each search stops where the two sides meet), plus {@code O(n + m)} for the
 * vertex-diameter bound and {@code O(n log n)} per checkpoint; tau is at most the last checkpoint, about
 * {@code GROWTH^(J - 1)} times the first with J = {@value #MAX_CHECKPOINTS}. Space
 * {@code O(p n + m)} on p threads. Computed on first use, then cached; returned maps are unmodifiable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class PathSampledBetweenness<V, E> extends IndexedBetweenness<V> {

	/** The constant c of the Riondato–Kornaropoulos sample bound. */
	static final double C = 0.5;

	/** Lower bound of the ratio between consecutive checkpoints. */
	static final double GROWTH = 2.0;

	/** The number of checkpoints, the first included. */
	static final int MAX_CHECKPOINTS = 3;

	/** Default k of the top-k refinement: the length of a catalyst short list. */
	public static final int DEFAULT_TOP_K = 20;

	private final double epsilon;

	private final double delta;

	private final int topK;

	private final long seed;

	private int vertexDiameterBound;

	/** Largest stamp before the search states are cleared; lowered by tests only. */
	private int stampLimit = Integer.MAX_VALUE;

	private long sampleCount;

	private boolean topSeparated;

	/**
	 * Estimated betweenness on all available cores, with the top-{@value #DEFAULT_TOP_K} refinement.
	 *
	 * @param graph the graph; read once, at construction
	 * @param epsilon the largest error on the normalised scale, in (0, 1)
	 * @param delta the probability that some error exceeds epsilon, in (0, 1)
	 * @param seed the seed of the samples
	 */
	public PathSampledBetweenness(Graph<V, E> graph, double epsilon, double delta, long seed) {
		this(graph, epsilon, delta, DEFAULT_TOP_K, seed, BrandesKernel.defaultParallelism());
	}

	/**
	 * Estimated betweenness on a given number of threads.
	 *
	 * @param graph the graph; read once, at construction
	 * @param epsilon the largest error on the normalised scale, in (0, 1)
	 * @param delta the probability that some error exceeds epsilon, in (0, 1)
	 * @param topK the k of the top-k refinement, at least 0; 0 stops at the first checkpoint (the plain
	 *     Riondato–Kornaropoulos estimate)
	 * @param seed the seed of the samples
	 * @param parallelism the number of workers, at least 1
	 */
	public PathSampledBetweenness(Graph<V, E> graph, double epsilon, double delta, int topK, long seed,
			int parallelism) {
		this(IndexedGraph.of(Objects.requireNonNull(graph, "graph")), epsilon, delta, topK, seed, parallelism);
	}

	PathSampledBetweenness(IndexedGraph<V> graph, double epsilon, double delta, int topK, long seed,
			int parallelism) {
		super(graph, parallelism);
		if (!(epsilon > 0 && epsilon < 1)) {
			throw new IllegalArgumentException("epsilon must be in (0, 1), was " + epsilon);
		}
		if (!(delta > 0 && delta < 1)) {
			throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
		}
		if (topK < 0) {
			throw new IllegalArgumentException("topK must be at least 0, was " + topK);
		}
		this.epsilon = epsilon;
		this.delta = delta;
		this.topK = topK;
		this.seed = seed;
	}

	/** Clears the search states every {@code limit} samples (instead of when the stamps run out), for tests. */
	PathSampledBetweenness<V, E> withStampLimit(int limit) {
		this.stampLimit = limit;
		return this;
	}

	/** @return the largest error on the normalised scale that the estimate guarantees */
	public double getEpsilon() {
		return epsilon;
	}

	/** @return the probability with which some error may exceed {@link #getEpsilon()} */
	public double getDelta() {
		return delta;
	}

	/** @return the number of samples used (computing the estimate if not yet done) */
	public long getSampleCount() {
		raw();
		return sampleCount;
	}

	/** @return the upper bound on the vertex diameter used in the sample bound (computing it if needed) */
	public int getVertexDiameterBound() {
		raw();
		return vertexDiameterBound;
	}

	/** @return whether sampling stopped because the top k were separated from the others */
	public boolean isTopSeparated() {
		raw();
		return topSeparated;
	}

	/**
	 * The Riondato–Kornaropoulos sample count {@code ceil((c / eps^2) (floor(log2(vd - 2)) + 1 + ln(1 / delta)))},
	 * 0 when {@code vd < 3} (no shortest path has an internal vertex).
	 */
	static long riondatoKornaropoulos(double eps, double delta, int vd) {
		if (vd < 3) {
			return 0;
		}
		int log2 = 31 - Integer.numberOfLeadingZeros(vd - 2);
		return (long) Math.ceil(C / (eps * eps) * (log2 + 1 + Math.log(1 / delta)));
	}

	/**
	 * The checkpoints: {@code tau_j >= omega(eps, delta / 2^(j + 1))} and {@code tau_j >= GROWTH tau_(j - 1)}.
	 *
	 * @param eps the error on the scale of the sampled shares (not normalised)
	 * @param count how many
	 */
	static long[] checkpoints(double eps, double delta, int vd, int count) {
		long[] result = new long[count];
		long previous = 0;
		for (int j = 0; j < count; j++) {
			long bound = riondatoKornaropoulos(eps, delta / Math.pow(2, j + 1), vd);
			result[j] = Math.max(bound, (long) Math.ceil(previous * GROWTH));
			previous = result[j];
		}
		return result;
	}

	/**
	 * Upper bound on the vertex diameter: the largest {@code 2 ecc(r) + 1} over the components, r the
	 * highest-degree vertex of the component (ties to the lowest index).
	 */
	static int vertexDiameterBound(IndexedGraph<?> graph) {
		int n = graph.size();
		int[] component = new int[n];
		Arrays.fill(component, -1);
		int[] queue = new int[n];
		int[] dist = new int[n];
		Arrays.fill(dist, -1);
		int bound = n == 0 ? 0 : 1;
		for (int start = 0; start < n; start++) {
			if (component[start] >= 0) {
				continue;
			}
			// The component and its highest-degree vertex.
			int tail = 0;
			queue[tail++] = start;
			component[start] = start;
			int root = start;
			for (int head = 0; head < tail; head++) {
				int v = queue[head];
				if (graph.degree(v) > graph.degree(root) || graph.degree(v) == graph.degree(root) && v < root) {
					root = v;
				}
				for (int p = graph.offsets[v]; p < graph.offsets[v + 1]; p++) {
					int w = graph.targets[p];
					if (component[w] < 0) {
						component[w] = start;
						queue[tail++] = w;
					}
				}
			}
			// The eccentricity of the root.
			int size = tail;
			tail = 0;
			queue[tail++] = root;
			dist[root] = 0;
			int eccentricity = 0;
			for (int head = 0; head < tail; head++) {
				int v = queue[head];
				eccentricity = dist[v];
				for (int p = graph.offsets[v]; p < graph.offsets[v + 1]; p++) {
					int w = graph.targets[p];
					if (dist[w] < 0) {
						dist[w] = dist[v] + 1;
						queue[tail++] = w;
					}
				}
			}
			if (tail != size) {
				throw new IllegalStateException("component of " + start + " read twice differently");
			}
			bound = Math.max(bound, 2 * eccentricity + 1);
		}
		return bound;
	}

	@Override
	double[] compute() {
		int n = graph.size();
		double[] result = new double[n];
		vertexDiameterBound = vertexDiameterBound(graph);
		if (n < 3 || vertexDiameterBound < 3) {
			sampleCount = 0;
			topSeparated = true;
			return result;
		}
		double eps = epsilon * (n - 2) / n;
		long[] checkpoints = checkpoints(eps, delta, vertexDiameterBound, MAX_CHECKPOINTS);
		int workers = Math.max(1, parallelism);
		List<ShortestPathSampler> samplers = IntStream.range(0, workers)
			.mapToObj(w -> new ShortestPathSampler(graph.offsets, graph.targets, vertexDiameterBound, stampLimit))
			.toList();
		long done = 0;
		long[] counts = new long[n];
		for (int j = 0; j < checkpoints.length; j++) {
			long from = done;
			long to = checkpoints[j];
			long blocks = (to - from + ShortestPathSampler.BLOCK - 1) / ShortestPathSampler.BLOCK;
			int active = (int) Math.max(1, Math.min(workers, blocks));
			if (active == 1) {
				samplers.get(0).run(from, to, 0, 1, seed);
			}
			else {
				IntStream.range(0, active).parallel().forEach(w -> samplers.get(w).run(from, to, w, active, seed));
			}
			done = to;
			Arrays.fill(counts, 0);
			for (ShortestPathSampler sampler : samplers) {
				for (int v = 0; v < n; v++) {
					counts[v] += sampler.counts[v];
				}
			}
			if (topK == 0 || topK >= n || separated(counts, done, delta / Math.pow(2, j + 1))) {
				topSeparated = true;
				break;
			}
		}
		sampleCount = done;
		double scale = (double) n * (n - 1) / 2.0 / done;
		for (int v = 0; v < n; v++) {
			result[v] = counts[v] * scale;
		}
		return result;
	}

	/**
	 * Whether the {@link #topK} highest counts are separated from the others by their empirical Bernstein
	 * intervals (Maurer–Pontil), two-sided, at confidence {@code confidence} for all vertices together.
	 */
	private boolean separated(long[] counts, long tau, double confidence) {
		int n = counts.length;
		long[] sorted = counts.clone();
		Arrays.sort(sorted);
		long kth = sorted[n - topK];
		long next = sorted[n - topK - 1];
		if (kth == next) {
			return false;
		}
		double log = Math.log(4.0 * n / confidence);
		double lowestInside = Double.POSITIVE_INFINITY;
		double highestOutside = Double.NEGATIVE_INFINITY;
		for (int v = 0; v < n; v++) {
			double mean = (double) counts[v] / tau;
			double variance = mean * (1 - mean) * tau / (tau - 1.0);
			double half = Math.sqrt(2 * variance * log / tau) + 7 * log / (3 * (tau - 1.0));
			if (counts[v] >= kth) {
				lowestInside = Math.min(lowestInside, mean - half);
			}
			else {
				highestOutside = Math.max(highestOutside, mean + half);
			}
		}
		return lowestInside > highestOutside;
	}
}
