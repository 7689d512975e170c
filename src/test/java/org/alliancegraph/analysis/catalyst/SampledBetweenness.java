package org.alliancegraph.analysis.catalyst;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

import org.jgrapht.Graph;

/**
 * Estimated betweenness centrality from a uniform sample of source vertices, for graphs too large for
 * the exact {@link BrandesBetweenness}; edge weights ignored. {@link CatalystAnalysis} uses
 * {@link PathSampledBetweenness} instead, which states its error bound and ranks the top actors far better
 * for the same time on sparse small-world graphs; this estimator, the one used before, lives with the tests
 * and benches that compare the two.
 *
 * <p>Estimator: Brandes, U. &amp; Pich, C. (2007). "Centrality estimation in large networks".
 * International Journal of Bifurcation and Chaos 17(7): 2303–2318. k sources S are drawn uniformly
 * without replacement; the estimate is {@code g~(v) = (n / k) * sum over s in S of delta_s(v) / 2},
 * where {@code delta_s(v)} is Brandes' dependency of s on v. Each source is in S with probability
 * {@code k / n}, so {@code E[g~(v)] = g(v)}: the estimator is unbiased, on the same pair-counted scale
 * as the exact score (and normalised the same way, by {@code 2 / ((n - 1)(n - 2))}).
 *
 * <p>Error: on the normalised scale the estimate is the mean of k terms
 * {@code n delta_s(v) / ((n - 1)(n - 2))}, each in {@code [0, n / (n - 1)]} since
 * {@code delta_s(v) <= n - 2}; by Hoeffding's inequality (which also holds for sampling without
 * replacement) its error exceeds {@code epsilon} with probability at most about
 * {@code 2 exp(-2 k epsilon^2)}. The absolute error thus shrinks as {@code 1 / sqrt(k)} whatever n; vertices with large
 * betweenness — the ones a ranking cares about — are estimated with small relative error, while the
 * order among vertices of small betweenness is noisy. With {@code k >= n} every vertex is a source and
 * the result is exact.
 *
 * <p>Determinism: the sample is a partial Fisher–Yates shuffle of the vertex indices driven by
 * {@link Random} seeded with {@code seed} (an algorithm fixed by the JDK specification), so the same
 * graph built in the same vertex order with the same seed gives the same sample.
 *
 * <p>Complexity: time {@code O(k m)} ({@code O(k m / p)} elapsed on p cores), space
 * {@code O(p n + m)}. Computed on first use, then cached; returned maps are unmodifiable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SampledBetweenness<V, E> extends IndexedBetweenness<V> {

	private final int sampleSize;

	private final long seed;

	/**
	 * Estimated betweenness on all available cores.
	 *
	 * @param graph the graph; read once, at construction
	 * @param sampleSize the number k of sources, at least 1; more than n means all vertices
	 * @param seed the seed of the source sample
	 */
	public SampledBetweenness(Graph<V, E> graph, int sampleSize, long seed) {
		this(graph, sampleSize, seed, BrandesKernel.defaultParallelism());
	}

	/**
	 * Estimated betweenness on a given number of threads.
	 *
	 * @param graph the graph; read once, at construction
	 * @param sampleSize the number k of sources, at least 1; more than n means all vertices
	 * @param seed the seed of the source sample
	 * @param parallelism the number of workers, at least 1
	 */
	public SampledBetweenness(Graph<V, E> graph, int sampleSize, long seed, int parallelism) {
		this(IndexedGraph.of(Objects.requireNonNull(graph, "graph")), sampleSize, seed, parallelism);
	}

	SampledBetweenness(IndexedGraph<V> graph, int sampleSize, long seed, int parallelism) {
		super(graph, parallelism);
		if (sampleSize < 1) {
			throw new IllegalArgumentException("sampleSize must be at least 1, was " + sampleSize);
		}
		this.sampleSize = sampleSize;
		this.seed = seed;
	}

	/** @return the number of sources actually used: {@code min(k, n)} */
	public int getSourceCount() {
		return Math.min(sampleSize, graph.size());
	}

	/** The estimate: dependencies from the sampled sources, scaled by n/k (and halved for unordered pairs). */
	@Override
	double[] compute() {
		int n = graph.size();
		int[] sources = sample(n, getSourceCount(), seed);
		double[] result = BrandesKernel.dependencies(graph, sources, parallelism);
		double scale = sources.length == 0 ? 0.0 : (double) n / sources.length / 2.0;
		for (int v = 0; v < n; v++) {
			result[v] *= scale;
		}
		return result;
	}

	/**
	 * k distinct indices of {@code 0..n-1}, uniformly: the first k cells of a partial Fisher–Yates
	 * shuffle, sorted back so that consecutive sources stay close in memory.
	 */
	static int[] sample(int n, int k, long seed) {
		int[] indices = new int[n];
		for (int i = 0; i < n; i++) {
			indices[i] = i;
		}
		Random random = new Random(seed);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int swap = indices[i];
			indices[i] = indices[j];
			indices[j] = swap;
		}
		int[] sample = Arrays.copyOf(indices, k);
		Arrays.sort(sample);
		return sample;
	}
}
