package org.alliancegraph.analysis.catalyst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.jgrapht.Graph;

/**
 * An immutable int-indexed copy of a JGraphT graph, read as an undirected simple weighted graph, that
 * every measure of this package walks instead of the JGraphT maps.
 *
 * <p>Vertices get the indices {@code 0..n-1} in the iteration order of {@code graph.vertexSet()}
 * (insertion order for the JGraphT default graphs). The adjacency is stored in compressed sparse row
 * form: the neighbours of {@code v} are {@code targets[offsets[v]] .. targets[offsets[v + 1] - 1]},
 * sorted by increasing index, with the weight of each tie at the same position in {@code weights}.
 * Each undirected tie appears twice, once from each end.
 *
 * <p>Reading rules: edge direction is ignored; self-loops are dropped; parallel edges and opposite
 * arcs between the same two vertices merge into one tie whose weight is the sum of theirs (for a
 * directed graph this is NetworkX's "mutual weight" {@code w_ij + w_ji}).
 *
 * <p>Building it takes {@code O(n + m)} time and space, n the number of vertices and m the number of
 * edges (one hash lookup per edge end; the sorted adjacency comes from one counting pass, no
 * comparison sort).
 *
 * @param <V> the vertex type
 */
final class IndexedGraph<V> {

	private final List<V> vertices;

	private final Map<V, Integer> indexOf;

	/** {@code offsets[v] .. offsets[v + 1]} is the slice of {@link #targets} holding v's neighbours. */
	final int[] offsets;

	/** Neighbour indices, sorted within each vertex's slice. */
	final int[] targets;

	/** Tie weights, aligned with {@link #targets}. */
	final double[] weights;

	private IndexedGraph(List<V> vertices, Map<V, Integer> indexOf, int[] offsets, int[] targets,
			double[] weights) {
		this.vertices = vertices;
		this.indexOf = indexOf;
		this.offsets = offsets;
		this.targets = targets;
		this.weights = weights;
	}

	/**
	 * Indexes a graph.
	 *
	 * @param graph the graph; only read
	 * @param <V> the vertex type
	 * @param <E> the edge type
	 * @return its int-indexed undirected view
	 */
	static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
		Objects.requireNonNull(graph, "graph");
		List<V> vertices = new ArrayList<>(graph.vertexSet());
		int n = vertices.size();
		Map<V, Integer> indexOf = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
		for (int i = 0; i < n; i++) {
			indexOf.put(vertices.get(i), i);
		}

		// 1. Edge list with both ends as ints, self-loops dropped.
		int edgeTotal = graph.edgeSet().size();
		int[] ends = new int[2 * edgeTotal];
		double[] edgeWeights = new double[edgeTotal];
		int[] degree = new int[n];
		int m = 0;
		for (E edge : graph.edgeSet()) {
			int u = indexOf.get(graph.getEdgeSource(edge));
			int v = indexOf.get(graph.getEdgeTarget(edge));
			if (u == v) {
				continue;
			}
			ends[2 * m] = u;
			ends[2 * m + 1] = v;
			edgeWeights[m] = graph.getEdgeWeight(edge);
			degree[u]++;
			degree[v]++;
			m++;
		}

		// 2. Unsorted adjacency: each edge from both ends.
		int[] offsets = offsetsOf(degree);
		int[] fill = Arrays.copyOf(offsets, n);
		int[] rawTargets = new int[2 * m];
		double[] rawWeights = new double[2 * m];
		for (int e = 0; e < m; e++) {
			int u = ends[2 * e];
			int v = ends[2 * e + 1];
			rawTargets[fill[u]] = v;
			rawWeights[fill[u]++] = edgeWeights[e];
			rawTargets[fill[v]] = u;
			rawWeights[fill[v]++] = edgeWeights[e];
		}

		// 3. Sorted adjacency by transposition: scanning u in increasing order and appending u to the
		// list of each neighbour v leaves every list sorted; the relation is symmetric, so the
		// transpose is the same graph.
		System.arraycopy(offsets, 0, fill, 0, n);
		int[] targets = new int[2 * m];
		double[] weights = new double[2 * m];
		for (int u = 0; u < n; u++) {
			for (int p = offsets[u]; p < offsets[u + 1]; p++) {
				int v = rawTargets[p];
				targets[fill[v]] = u;
				weights[fill[v]++] = rawWeights[p];
			}
		}

		// 4. Merge repeated neighbours (multigraphs, opposite arcs), rare: only when present.
		if (hasRepeatedNeighbours(offsets, targets)) {
			return merged(vertices, indexOf, offsets, targets, weights);
		}
		return new IndexedGraph<>(Collections.unmodifiableList(vertices), indexOf, offsets, targets, weights);
	}

	private static int[] offsetsOf(int[] degree) {
		int[] offsets = new int[degree.length + 1];
		for (int v = 0; v < degree.length; v++) {
			offsets[v + 1] = offsets[v] + degree[v];
		}
		return offsets;
	}

	private static boolean hasRepeatedNeighbours(int[] offsets, int[] targets) {
		for (int v = 0; v + 1 < offsets.length; v++) {
			for (int p = offsets[v] + 1; p < offsets[v + 1]; p++) {
				if (targets[p] == targets[p - 1]) {
					return true;
				}
			}
		}
		return false;
	}

	private static <V> IndexedGraph<V> merged(List<V> vertices, Map<V, Integer> indexOf, int[] offsets,
			int[] targets, double[] weights) {
		int n = vertices.size();
		int[] newOffsets = new int[n + 1];
		int[] newTargets = new int[targets.length];
		double[] newWeights = new double[weights.length];
		int q = 0;
		for (int v = 0; v < n; v++) {
			newOffsets[v] = q;
			for (int p = offsets[v]; p < offsets[v + 1]; p++) {
				if (q > newOffsets[v] && newTargets[q - 1] == targets[p]) {
					newWeights[q - 1] += weights[p];
				}
				else {
					newTargets[q] = targets[p];
					newWeights[q++] = weights[p];
				}
			}
		}
		newOffsets[n] = q;
		return new IndexedGraph<>(Collections.unmodifiableList(vertices), indexOf, newOffsets,
				Arrays.copyOf(newTargets, q), Arrays.copyOf(newWeights, q));
	}

	/** @return the number of vertices */
	int size() {
		return vertices.size();
	}

	/** @return the number of undirected ties (after merging) */
	int tieCount() {
		return targets.length / 2;
	}

	/** @return the vertices in index order, unmodifiable */
	List<V> vertices() {
		return vertices;
	}

	V vertex(int index) {
		return vertices.get(index);
	}

	int degree(int v) {
		return offsets[v + 1] - offsets[v];
	}

	/**
	 * @param vertex a vertex of the graph
	 * @return its index
	 * @throws IllegalArgumentException if it is not a vertex of the graph
	 */
	int indexOf(V vertex) {
		Integer index = indexOf.get(Objects.requireNonNull(vertex, "vertex"));
		if (index == null) {
			throw new IllegalArgumentException("Unknown vertex: " + vertex);
		}
		return index;
	}

	/**
	 * Position of the tie {@code (u, v)} in {@link #targets}, by binary search in u's sorted slice.
	 *
	 * @return the position, or a negative number when u and v are not adjacent
	 */
	int position(int u, int v) {
		int p = Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v);
		return p >= 0 ? p : -1;
	}

	/** @return whether u and v are adjacent, searching the shorter of the two slices */
	boolean adjacent(int u, int v) {
		return degree(u) <= degree(v) ? position(u, v) >= 0 : position(v, u) >= 0;
	}

	/**
	 * @throws IllegalArgumentException if a tie weight is not a finite positive number, which the
	 *     weighted measures (Burt) divide by
	 */
	void requirePositiveWeights() {
		for (double weight : weights) {
			if (!(weight > 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("Edge weights must be finite and positive, found " + weight);
			}
		}
	}

	/**
	 * Dense group ids, for fast group comparisons in the hot loops.
	 *
	 * @param group the group of each vertex (a sector, a territory); must not return null
	 * @return for each vertex index, the id of its group, ids numbered {@code 0..g-1} in order of first
	 *     appearance
	 */
	int[] groupIds(Function<? super V, String> group) {
		Objects.requireNonNull(group, "group");
		Map<String, Integer> ids = new LinkedHashMap<>();
		int[] result = new int[size()];
		for (int v = 0; v < result.length; v++) {
			V vertex = vertices.get(v);
			String name = Objects.requireNonNull(group.apply(vertex), () -> "No group for vertex " + vertex);
			result[v] = ids.computeIfAbsent(name, key -> ids.size());
		}
		return result;
	}

	/**
	 * Builds a vertex-keyed unmodifiable map from per-index values, in index order.
	 *
	 * @param values one value per vertex index
	 * @param <T> the value type
	 * @return the map
	 */
	<T> Map<V, T> toMap(IntFunction<T> values) {
		Map<V, T> map = new LinkedHashMap<>(Math.max(16, (int) (size() / 0.75f) + 1));
		for (int v = 0; v < size(); v++) {
			map.put(vertices.get(v), values.apply(v));
		}
		return Collections.unmodifiableMap(map);
	}
}
