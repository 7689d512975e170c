package org.alliancegraph.analysis.catalyst;

import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jspecify.annotations.Nullable;

/**
 * Burt's effective size of every vertex of a weighted undirected graph: its number of partners minus
 * the redundancy among them, i.e. how many non-redundant contacts it has.
 *
 * <p>Definition (Burt, R. S. (1992). <i>Structural Holes: The Social Structure of Competition</i>.
 * Harvard University Press, ch. 2), weighted exactly as NetworkX's
 * {@code effective_size(G, weight=...)}: with {@code p_iq = w_iq / sum_k w_ik} (the share of i's tie
 * weight going to q) and {@code m_jq = w_jq / max_k w_jk} (j's tie to q relative to j's strongest tie),
 * <pre>
 *   e_i = sum over j in N(i) of (1 - sum over q in N(i), q != i, j of p_iq m_jq)
 * </pre>
 * On an unweighted graph this equals Borgatti's (1997) simplification {@code d - 2t / d}, d the
 * degree and t the number of ties among the neighbours (which NetworkX uses when no weight is
 * given). Values range from 1 (all partners tied to each other) to d (no two partners tied). A vertex
 * without neighbour has {@code NaN}, as in NetworkX.
 *
 * <p>Weights: the edge weights of the graph, which must be finite and positive
 * ({@link IllegalArgumentException} otherwise; unweighted graphs weigh 1). Edge direction is ignored;
 * parallel edges and opposite arcs merge with their weights summed; self-loops are dropped.
 *
 * <p>Complexity: time {@code O(sum over ties (i, j) of min(d_i, d_j) log d_max)}, at most
 * {@code O(m sqrt(m) log n)}; space {@code O(n + m)}. Computed on first use, then cached; the
 * returned map is unmodifiable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @see BurtConstraint
 */
public final class EffectiveSize<V, E> implements VertexScoringAlgorithm<V, Double> {

	private final IndexedGraph<V> graph;

	private @Nullable Map<V, Double> scores;

	private double @Nullable [] values;

	/**
	 * @param graph the graph; read once, at construction
	 */
	public EffectiveSize(Graph<V, E> graph) {
		this.graph = IndexedGraph.of(Objects.requireNonNull(graph, "graph"));
	}

	/** @return the effective size of each vertex, {@code NaN} for isolated vertices */
	@Override
	public Map<V, Double> getScores() {
		Map<V, Double> result = scores;
		if (result == null) {
			double[] effectiveSize = values();
			result = graph.toMap(v -> effectiveSize[v]);
			scores = result;
		}
		return result;
	}

	/**
	 * @throws IllegalArgumentException if the vertex is not in the graph
	 */
	@Override
	public Double getVertexScore(V vertex) {
		return values()[graph.indexOf(vertex)];
	}

	private double[] values() {
		double[] result = values;
		if (result == null) {
			result = StructuralHoles.of(graph).effectiveSize;
			values = result;
		}
		return result;
	}
}
