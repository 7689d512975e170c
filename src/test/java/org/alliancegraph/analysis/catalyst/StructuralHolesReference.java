package org.alliancegraph.analysis.catalyst;

import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Direct, slow evaluation of NetworkX's constraint and effective size formulas over the JGraphT maps,
 * written independently of the production code to cross-check it (undirected simple graphs only).
 */
final class StructuralHolesReference {

	private StructuralHolesReference() {
	}

	static <V, E> double constraint(Graph<V, E> graph, V i) {
		Set<V> neighbours = Graphs.neighborSetOf(graph, i);
		if (neighbours.isEmpty()) {
			return Double.NaN;
		}
		double c = 0;
		for (V j : neighbours) {
			double indirect = 0;
			for (V q : neighbours) {
				indirect += p(graph, i, q) * p(graph, q, j);
			}
			double local = p(graph, i, j) + indirect;
			c += local * local;
		}
		return c;
	}

	static <V, E> double effectiveSize(Graph<V, E> graph, V i) {
		Set<V> neighbours = Graphs.neighborSetOf(graph, i);
		if (neighbours.isEmpty()) {
			return Double.NaN;
		}
		double e = 0;
		for (V j : neighbours) {
			double redundancy = 0;
			for (V q : neighbours) {
				redundancy += p(graph, i, q) * m(graph, j, q);
			}
			e += 1 - redundancy;
		}
		return e;
	}

	/** NetworkX's normalized mutual weight with norm = sum. */
	private static <V, E> double p(Graph<V, E> graph, V u, V v) {
		double total = 0;
		for (V w : Graphs.neighborSetOf(graph, u)) {
			total += mutual(graph, u, w);
		}
		return total == 0 ? 0 : mutual(graph, u, v) / total;
	}

	/** NetworkX's normalized mutual weight with norm = max. */
	private static <V, E> double m(Graph<V, E> graph, V u, V v) {
		double max = 0;
		for (V w : Graphs.neighborSetOf(graph, u)) {
			max = Math.max(max, mutual(graph, u, w));
		}
		return max == 0 ? 0 : mutual(graph, u, v) / max;
	}

	/** w_uv + w_vu: twice the weight on an undirected graph, 0 when not adjacent. */
	private static <V, E> double mutual(Graph<V, E> graph, V u, V v) {
		E edge = graph.getEdge(u, v);
		return edge == null ? 0 : 2 * graph.getEdgeWeight(edge);
	}
}
