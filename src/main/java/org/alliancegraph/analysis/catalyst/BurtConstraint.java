package org.alliancegraph.analysis.catalyst;

import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jspecify.annotations.Nullable;

/**
 * Burt's constraint of every vertex of a weighted undirected graph: how much its ties lead to
 * partners that are themselves tied to each other, so that it cannot broker between them.
 *
 * <p>Definition (Burt, R. S. (1992). <i>Structural Holes: The Social Structure of Competition</i>.
 * Harvard University Press, ch. 2), weighted exactly as NetworkX's {@code constraint(G, weight=...)}:
 * with {@code p_ij = w_ij / sum_k w_ik} the share of i's tie weight that goes to j,
 * <pre>
 *   c_i = sum over j in N(i) of l(i, j),   l(i, j) = (p_ij + sum over q in N(i), q != i, j of p_iq p_qj)^2
 * </pre>
 * (NetworkX's mutual weights {@code w_ij + w_ji} are {@code 2 w_ij} on an undirected graph, in
 * numerator and denominator alike, so they give the same p). Values: 1 for a vertex with a single
 * partner, {@code 1 / d} for the centre of a star of degree d, {@code (2d - 1)^2 / d^3} for a vertex of
 * a clique of {@code d + 1} vertices (9/8 in a triangle: constraint may exceed 1); the lower, the more
 * structural holes the vertex spans. A vertex without neighbour has {@code NaN}, as in NetworkX.
 *
 * <p>Weights: the edge weights of the graph, which must be finite and positive
 * ({@link IllegalArgumentException} otherwise; unweighted graphs weigh 1). Edge direction is ignored;
 * parallel edges and opposite arcs merge with their weights summed (for a directed graph this is
 * NetworkX's mutual weight); self-loops are dropped.
 *
 * <p>Complexity: time {@code O(sum over ties (i, j) of min(d_i, d_j) log d_max)}, at most
 * {@code O(m sqrt(m) log n)}; space {@code O(n + m)}. Computed on first use, then cached; the
 * returned map is unmodifiable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @see EffectiveSize
 */
public final class BurtConstraint<V, E> implements VertexScoringAlgorithm<V, Double> {

	private final IndexedGraph<V> graph;

	private @Nullable Map<V, Double> scores;

	private double @Nullable [] values;

	/**
	 * @param graph the graph; read once, at construction
	 */
	public BurtConstraint(Graph<V, E> graph) {
		this.graph = IndexedGraph.of(Objects.requireNonNull(graph, "graph"));
	}

	/** @return the constraint of each vertex, {@code NaN} for isolated vertices */
	@Override
	public Map<V, Double> getScores() {
		Map<V, Double> result = scores;
		if (result == null) {
			double[] constraint = values();
			result = graph.toMap(v -> constraint[v]);
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
			result = StructuralHoles.of(graph).constraint;
			values = result;
		}
		return result;
	}
}
