package org.alliancegraph.analysis.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.clustering.LabelPropagationClustering;

/**
 * JGraphT 1.5.3's {@link LabelPropagationClustering} step for step, on int arrays: the same sweeps over the
 * same shuffles, the same draws from the random source, the same tie order, hence the same clusters (the tests
 * compare both on random graphs). Why: the library keeps labels as strings in hash maps and builds a map, a
 * pair and a stream per vertex and sweep; on 10,000 actors and 40,000 ties that took seconds per date, the
 * largest cost of a diagnostic report, which runs it on every trajectory date.
 *
 * <p>The algorithm, as JGraphT implements it: every vertex starts with its own label (its position in the
 * vertex set); each sweep visits the vertices in a fresh shuffle of the vertex set and gives each vertex with a
 * neighbour the label most frequent among its neighbours, drawn at random among the tied ones in the iteration
 * order of a {@link HashMap} of the labels' decimal strings (the only case still built as such a map, so that
 * the order is the library's by construction); it stops after a sweep that changes nothing, or when every
 * vertex's label is as frequent among its neighbours as any other label, or after {@code maxIterations + 1}
 * sweeps. Clusters are then the connected groups of vertices sharing a label.
 *
 * @param <V> the vertex type
 */
final class LabelPropagation<V> {

	private final List<V> vertices;

	/** Neighbours of vertex i at {@code targets[offsets[i]] … targets[offsets[i + 1] - 1]}, in edgesOf order. */
	private final int[] offsets;

	private final int[] targets;

	private final int maxIterations;

	private final Random random;

	private final int[] label;

	/** Scratch: neighbours of the current vertex per label, and the labels met, to reset them. */
	private final int[] count;

	private final int[] met;

	private int metCount;

	/** Scratch: the highest count among the current vertex's neighbours of a label other than its own. */
	private int maxOther;

	/**
	 * @param graph an undirected graph without multiple edges or loops
	 * @param maxIterations as {@link LabelPropagationClustering}'s (0: no bound)
	 * @param random the random source, drawn from as the library does
	 */
	<E> LabelPropagation(Graph<V, E> graph, int maxIterations, Random random) {
		this.vertices = new ArrayList<>(graph.vertexSet());
		int n = vertices.size();
		Map<V, Integer> index = new HashMap<>();
		this.offsets = new int[n + 1];
		for (int i = 0; i < n; i++) {
			index.put(vertices.get(i), i);
			offsets[i + 1] = offsets[i] + graph.degreeOf(vertices.get(i));
		}
		this.targets = new int[offsets[n]];
		for (int i = 0; i < n; i++) {
			V v = vertices.get(i);
			int p = offsets[i];
			for (E edge : graph.edgesOf(v)) {
				targets[p++] = index.get(Graphs.getOppositeVertex(graph, edge, v));
			}
		}
		this.maxIterations = maxIterations;
		this.random = random;
		this.label = new int[n];
		for (int i = 0; i < n; i++) {
			label[i] = i;
		}
		this.count = new int[n];
		this.met = new int[n];
	}

	List<Set<V>> clusters() {
		int n = vertices.size();
		int[] order = new int[n];
		for (int iteration = 0; maxIterations <= 0 || iteration <= maxIterations; iteration++) {
			// Collections.shuffle of a fresh copy of the vertex set, as the library does each sweep
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			for (int i = n; i > 1; i--) {
				int j = random.nextInt(i);
				int swap = order[i - 1];
				order[i - 1] = order[j];
				order[j] = swap;
			}
			boolean changed = false;
			for (int v : order) {
				changed |= update(v);
			}
			if (!changed || stable()) {
				break;
			}
		}
		return components();
	}

	/** Counts the labels of v's neighbours into {@link #count} and {@link #met}, sets {@link #maxOther}. */
	private void countNeighbours(int v) {
		for (int i = 0; i < metCount; i++) {
			count[met[i]] = 0;
		}
		metCount = 0;
		maxOther = 0;
		for (int p = offsets[v]; p < offsets[v + 1]; p++) {
			int l = label[targets[p]];
			if (count[l]++ == 0) {
				met[metCount++] = l;
			}
			if (count[l] > maxOther && l != label[v]) {
				maxOther = count[l];
			}
		}
	}

	private boolean update(int v) {
		if (offsets[v] == offsets[v + 1]) {
			return false;
		}
		countNeighbours(v);
		int max = Math.max(maxOther, count[label[v]]);
		int chosen = -1;
		int tied = 0;
		for (int i = 0; i < metCount; i++) {
			if (count[met[i]] == max) {
				chosen = met[i];
				tied++;
			}
		}
		if (tied == 1) {
			random.nextInt(1); // the library draws even among one
		}
		else {
			chosen = tiedInLibraryOrder(v, max).get(random.nextInt(tied));
		}
		if (chosen == label[v]) {
			return false;
		}
		label[v] = chosen;
		return true;
	}

	/** The labels of v's neighbours counted {@code max} times, in the order the library's map yields them. */
	private List<Integer> tiedInLibraryOrder(int v, int max) {
		Map<String, Integer> counts = new HashMap<>();
		for (int p = offsets[v]; p < offsets[v + 1]; p++) {
			String l = String.valueOf(label[targets[p]]);
			counts.put(l, counts.getOrDefault(l, 0) + 1);
		}
		List<Integer> tied = new ArrayList<>();
		counts.forEach((l, c) -> {
			if (c == max) {
				tied.add(Integer.valueOf(l));
			}
		});
		return tied;
	}

	/** The library's stopping test: no vertex has a label more frequent among its neighbours than its own. */
	private boolean stable() {
		for (int v = 0; v < vertices.size(); v++) {
			countNeighbours(v);
			if (maxOther > count[label[v]]) {
				return false;
			}
		}
		return true;
	}

	/** The connected groups of vertices sharing a label. */
	private List<Set<V>> components() {
		int n = vertices.size();
		boolean[] seen = new boolean[n];
		int[] queue = new int[n];
		List<Set<V>> clusters = new ArrayList<>();
		for (int s = 0; s < n; s++) {
			if (seen[s]) {
				continue;
			}
			Set<V> cluster = new LinkedHashSet<>();
			int head = 0;
			int tail = 0;
			queue[tail++] = s;
			seen[s] = true;
			while (head < tail) {
				int u = queue[head++];
				cluster.add(vertices.get(u));
				for (int p = offsets[u]; p < offsets[u + 1]; p++) {
					int w = targets[p];
					if (!seen[w] && label[w] == label[u]) {
						seen[w] = true;
						queue[tail++] = w;
					}
				}
			}
			clusters.add(cluster);
		}
		return clusters;
	}
}
