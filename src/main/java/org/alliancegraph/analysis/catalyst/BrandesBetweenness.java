package org.alliancegraph.analysis.catalyst;

import java.util.Objects;

import org.jgrapht.Graph;

/**
 * Exact betweenness centrality of every vertex of an undirected graph, ignoring edge weights.
 *
 * <p>Definition: {@code g(v) = sum over unordered pairs {s, t} with s != v != t of sigma_st(v) / sigma_st},
 * where {@code sigma_st} is the number of shortest paths between s and t and {@code sigma_st(v)} the
 * number of those through v. Each unordered pair counts once, so the raw score equals JGraphT's
 * {@code BetweennessCentrality} on an unweighted undirected graph and NetworkX's
 * {@code betweenness_centrality(G, normalized=False)}. The normalised score is NetworkX's:
 * {@code g(v) * 2 / ((n - 1)(n - 2))}, 0 when {@code n < 3}; it lies in [0, 1] and reaches 1 only at the
 * centre of a star. Pairs in different components contribute nothing.
 *
 * <p>Algorithm: Brandes, U. (2001). "A faster algorithm for betweenness centrality". Journal of
 * Mathematical Sociology 25(2): 163–177. One breadth-first search and one dependency accumulation per
 * source, over an int-indexed copy of the graph, the sources spread over all cores.
 *
 * <p>Complexity: time {@code O(n m)} in total ({@code O(n m / p)} elapsed on p cores), space
 * {@code O(p n + m)}, n vertices and m edges. Edge direction is ignored (an arc is a tie), self-loops
 * are dropped and parallel edges count once.
 *
 * <p>Computed on first use, then cached; the returned maps are unmodifiable. Not thread-safe before
 * the first call returns.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class BrandesBetweenness<V, E> extends IndexedBetweenness<V> {

	/**
	 * Betweenness on all available cores.
	 *
	 * @param graph the graph; read once, at construction
	 */
	public BrandesBetweenness(Graph<V, E> graph) {
		this(graph, BrandesKernel.defaultParallelism());
	}

	/**
	 * Betweenness on a given number of threads.
	 *
	 * @param graph the graph; read once, at construction
	 * @param parallelism the number of workers, at least 1
	 */
	public BrandesBetweenness(Graph<V, E> graph, int parallelism) {
		this(IndexedGraph.of(Objects.requireNonNull(graph, "graph")), parallelism);
	}

	BrandesBetweenness(IndexedGraph<V> graph, int parallelism) {
		super(graph, parallelism);
	}

	@Override
	double[] compute() {
		int n = graph.size();
		int[] sources = new int[n];
		for (int s = 0; s < n; s++) {
			sources[s] = s;
		}
		double[] result = BrandesKernel.dependencies(graph, sources, parallelism);
		for (int v = 0; v < n; v++) {
			result[v] /= 2.0; // every unordered pair was counted from both ends
		}
		return result;
	}
}
