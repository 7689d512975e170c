package org.alliancegraph.analysis.gap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Sector gaps of an actor graph: the sector-mixing matrix, the sectors of the vocabulary that no actor
 * belongs to, and the pairs of present sectors with no tie at all.
 *
 * <p>Definition. For sectors s and t, {@code ties(s, t)} is the number of edges {u, v} of the graph with
 * u in s and v in t (each edge counted once, whatever its weight), and {@code weights(s, t)} the sum of
 * their weights; both matrices are symmetric and the diagonal holds the ties inside a sector. This is the
 * (unnormalised) mixing matrix e<sub>st</sub> of M. E. J. Newman, "Mixing patterns in networks",
 * <i>Physical Review E</i> 67, 026126 (2003). A sector is <em>present</em> when at least one actor
 * belongs to it. An <em>empty sector pair</em> is an unordered pair [s, t] of present sectors, s &le; t
 * lexicographically, with {@code ties(s, t) = 0}; the pair [s, s] only counts when s has at least two
 * actors (a single actor cannot be tied to its own sector).
 *
 * <p>Complexity: O(n + m + S²) time and O(S²) space, n vertices, m edges, S sectors. The computation is
 * lazy: it runs on the first call of a getter and its result is cached; results are unmodifiable.
 *
 * @param <E> the edge type
 */
public final class SectorMixingMatrix<E> {

	private final Graph<ActorNode, E> graph;

	private final List<String> sectorCodes;

	private @Nullable SectorMixing mixing;

	private @Nullable List<String> sectorsPresent;

	private @Nullable List<String> sectorsAbsent;

	private @Nullable List<List<String>> emptySectorPairs;

	/**
	 * @param graph the undirected actor graph
	 * @param sectorCodes all the sector codes of the vocabulary
	 */
	public SectorMixingMatrix(Graph<ActorNode, E> graph, List<String> sectorCodes) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.sectorCodes = List.copyOf(Objects.requireNonNull(sectorCodes, "sectorCodes"));
	}

	/** The mixing matrices (tie counts and weights) and the number of actors of each sector. */
	public SectorMixing mixing() {
		compute();
		return Objects.requireNonNull(this.mixing);
	}

	/** The sectors with at least one actor, in lexicographic order. */
	public List<String> sectorsPresent() {
		compute();
		return Objects.requireNonNull(this.sectorsPresent);
	}

	/** The sectors of the vocabulary that no actor belongs to, in lexicographic order. */
	public List<String> sectorsAbsent() {
		compute();
		return Objects.requireNonNull(this.sectorsAbsent);
	}

	/**
	 * The pairs [s, t] of present sectors, s &le; t, with no tie, ordered by s then t; [s, s] only when s
	 * has at least two actors.
	 */
	public List<List<String>> emptySectorPairs() {
		compute();
		return Objects.requireNonNull(this.emptySectorPairs);
	}

	private void compute() {
		if (this.mixing != null) {
			return;
		}
		TreeMap<String, Integer> actors = new TreeMap<>();
		for (ActorNode actor : this.graph.vertexSet()) {
			actors.merge(actor.sector(), 1, Integer::sum);
		}
		TreeSet<String> sectors = new TreeSet<>(this.sectorCodes);
		sectors.addAll(actors.keySet());
		Map<String, Map<String, Integer>> ties = new LinkedHashMap<>();
		Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
		for (String row : sectors) {
			Map<String, Integer> tieRow = new LinkedHashMap<>();
			Map<String, Double> weightRow = new LinkedHashMap<>();
			for (String column : sectors) {
				tieRow.put(column, 0);
				weightRow.put(column, 0.0);
			}
			ties.put(row, tieRow);
			weights.put(row, weightRow);
		}
		for (E edge : this.graph.edgeSet()) {
			String s = this.graph.getEdgeSource(edge).sector();
			String t = this.graph.getEdgeTarget(edge).sector();
			double weight = this.graph.getEdgeWeight(edge);
			ties.get(s).merge(t, 1, Integer::sum);
			weights.get(s).merge(t, weight, Double::sum);
			if (!s.equals(t)) {
				ties.get(t).merge(s, 1, Integer::sum);
				weights.get(t).merge(s, weight, Double::sum);
			}
		}
		List<String> present = List.copyOf(actors.keySet());
		List<String> absent = new ArrayList<>();
		for (String sector : sectors) {
			if (!actors.containsKey(sector)) {
				absent.add(sector);
			}
		}
		List<List<String>> emptyPairs = new ArrayList<>();
		for (int i = 0; i < present.size(); i++) {
			String s = present.get(i);
			for (int j = i; j < present.size(); j++) {
				String t = present.get(j);
				boolean possible = i != j || actors.get(s) >= 2;
				if (possible && ties.get(s).get(t) == 0) {
					emptyPairs.add(List.of(s, t));
				}
			}
		}
		this.sectorsPresent = present;
		this.sectorsAbsent = List.copyOf(absent);
		this.emptySectorPairs = List.copyOf(emptyPairs);
		this.mixing = new SectorMixing(unmodifiable(ties), unmodifiable(weights),
				Collections.unmodifiableMap(new LinkedHashMap<>(actors)));
	}

	private static <T> Map<String, Map<String, T>> unmodifiable(Map<String, Map<String, T>> matrix) {
		Map<String, Map<String, T>> copy = new LinkedHashMap<>();
		matrix.forEach((row, values) -> copy.put(row, Collections.unmodifiableMap(values)));
		return Collections.unmodifiableMap(copy);
	}
}
