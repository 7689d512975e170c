package org.alliancegraph.analysis.catalyst;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
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

	/** Samples per block handed to a worker. */
	private static final int BLOCK = 256;

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
		List<Sampler> samplers = IntStream.range(0, workers)
			.mapToObj(w -> new Sampler(graph.offsets, graph.targets, vertexDiameterBound, stampLimit))
			.toList();
		long done = 0;
		long[] counts = new long[n];
		for (int j = 0; j < checkpoints.length; j++) {
			long from = done;
			long to = checkpoints[j];
			long blocks = (to - from + BLOCK - 1) / BLOCK;
			int active = (int) Math.max(1, Math.min(workers, blocks));
			if (active == 1) {
				samplers.get(0).run(from, to, 0, 1, seed);
			}
			else {
				IntStream.range(0, active).parallel().forEach(w -> samplers.get(w).run(from, to, w, active, seed));
			}
			done = to;
			Arrays.fill(counts, 0);
			for (Sampler sampler : samplers) {
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

	/** A seed for sample i: a SplitMix64 finaliser of the seed and the index. */
	static long sampleSeed(long seed, long i) {
		long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * One worker's reusable arrays. What the search from s knows of vertex v is at {@code 2 v}, what the
	 * search from t knows at {@code 2 v + 1} (one cache line for both): in {@code state} the sample's stamp
	 * above the distance (as few bits as the vertex-diameter bound needs, so that the array checked at
	 * every arc stays small: the searches are memory-bound), in {@code sigma} the number of shortest
	 * paths. Stamps avoid clearing the arrays between samples.
	 */
	private static final class Sampler {

		private static final int S = 0;

		private static final int T = 1;

		private final int[] offsets;

		private final int[] targets;

		final long[] counts;

		private final int[] state;

		/** Bits of {@link #state} holding the distance; the stamp is above them. */
		private final int distanceBits;

		private final int distanceMask;

		/** The stamp at which the states are cleared, before it overflows. */
		private final int stampLimit;

		private final double[] sigma;

		/** The frontiers of the two searches and the next level, as vertex lists. */
		private final int[][] frontier;

		private final int[] next;

		private final int[] meeting;

		private int stamp;

		Sampler(int[] offsets, int[] targets, int vertexDiameterBound, int stampLimit) {
			int n = offsets.length - 1;
			this.offsets = offsets;
			this.targets = targets;
			this.counts = new long[n];
			this.state = new int[2 * n];
			// every distance is below the vertex diameter
			this.distanceBits = 32 - Integer.numberOfLeadingZeros(vertexDiameterBound);
			if (distanceBits > 24) {
				throw new IllegalArgumentException("Vertex diameter bound too large: " + vertexDiameterBound);
			}
			this.distanceMask = (1 << distanceBits) - 1;
			this.stampLimit = Math.min(stampLimit, 1 << (31 - distanceBits));
			this.sigma = new double[2 * n];
			this.frontier = new int[][] { new int[n], new int[n] };
			this.next = new int[n];
			this.meeting = new int[n];
		}

		/** Samples {@code from .. to - 1}, the blocks numbered worker, worker + workers, ... */
		void run(long from, long to, int worker, int workers, long seed) {
			int n = counts.length;
			for (long start = from + (long) worker * BLOCK; start < to; start += (long) workers * BLOCK) {
				long end = Math.min(to, start + BLOCK);
				for (long i = start; i < end; i++) {
					SplittableRandom random = new SplittableRandom(sampleSeed(seed, i));
					int s = random.nextInt(n);
					int t = random.nextInt(n - 1);
					if (t >= s) {
						t++;
					}
					sample(s, t, random);
				}
			}
		}

		/** One shortest s–t path drawn uniformly, its internal vertices credited. */
		private void sample(int s, int t, SplittableRandom random) {
			if (++stamp == stampLimit) {
				Arrays.fill(state, 0);
				stamp = 1;
			}
			int mark = stamp << distanceBits;
			int[] offsets = this.offsets;
			int[] targets = this.targets;
			int[] state = this.state;
			double[] sigma = this.sigma;
			state[2 * s + S] = mark;
			sigma[2 * s + S] = 1.0;
			state[2 * t + T] = mark;
			sigma[2 * t + T] = 1.0;
			frontier[S][0] = s;
			frontier[T][0] = t;
			int[] size = { 1, 1 };
			long[] arcs = { offsets[s + 1] - offsets[s], offsets[t + 1] - offsets[t] };
			int[] depth = { 0, 0 };
			int meetings = 0;
			while (meetings == 0) {
				if (size[S] == 0 || size[T] == 0) {
					return; // t unreachable from s
				}
				int side = arcs[S] <= arcs[T] ? S : T;
				int other = 1 - side;
				int[] current = frontier[side];
				int count = size[side];
				int level = mark | (depth[side] + 1);
				int grown = 0;
				long grownArcs = 0;
				for (int i = 0; i < count; i++) {
					int v = current[i];
					double sigmaV = sigma[2 * v + side];
					for (int p = offsets[v], end = offsets[v + 1]; p < end; p++) {
						int w = targets[p];
						int at = 2 * w + side;
						int seen = state[at];
						if (seen < mark) {
							state[at] = level;
							sigma[at] = sigmaV;
							next[grown++] = w;
							grownArcs += offsets[w + 1] - offsets[w];
							if (state[2 * w + other] >= mark) {
								meeting[meetings++] = w;
							}
						}
						else if (seen == level) {
							sigma[at] += sigmaV;
						}
					}
				}
				System.arraycopy(next, 0, current, 0, grown);
				size[side] = grown;
				arcs[side] = grownArcs;
				depth[side]++;
			}
			// The meeting vertices all lie at the same distance from both ends; draw one in proportion to
			// the shortest paths through it.
			double total = 0;
			for (int i = 0; i < meetings; i++) {
				int w = meeting[i];
				total += sigma[2 * w + S] * sigma[2 * w + T];
			}
			double pick = random.nextDouble() * total;
			int w = meeting[meetings - 1];
			for (int i = 0; i < meetings; i++) {
				int candidate = meeting[i];
				pick -= sigma[2 * candidate + S] * sigma[2 * candidate + T];
				if (pick < 0) {
					w = candidate;
					break;
				}
			}
			if (w != s && w != t) {
				counts[w]++;
			}
			walkBack(w, S, mark, random);
			walkBack(w, T, mark, random);
		}

		/** Draws a shortest path from w back to the end of one search, crediting its internal vertices. */
		private void walkBack(int w, int side, int mark, SplittableRandom random) {
			int x = w;
			int distance = state[2 * x + side] & distanceMask;
			while (distance > 1) {
				double pick = random.nextDouble() * sigma[2 * x + side];
				int predecessor = mark | (distance - 1);
				int chosen = -1;
				for (int p = offsets[x], stop = offsets[x + 1]; p < stop; p++) {
					int y = targets[p];
					if (state[2 * y + side] == predecessor) {
						chosen = y;
						pick -= sigma[2 * y + side];
						if (pick < 0) {
							break;
						}
					}
				}
				x = chosen;
				distance--;
				counts[x]++;
			}
		}
	}
}
