package org.alliancegraph.analysis.articulation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * The actor graph as arrays, for the linear-time traversals of this package: vertex i is the i-th actor
 * by id, adjacency lists are sorted and free of loops and duplicates, territories are interned in
 * lexicographic order.
 */
final class ActorIndex {

	final ActorNode[] actors;

	final Map<ActorNode, Integer> position;

	final int[][] adjacency;

	final int[] territory;

	final String[] territoryCodes;

	<E> ActorIndex(Graph<ActorNode, E> graph) {
		this.actors = graph.vertexSet().toArray(new ActorNode[0]);
		Arrays.sort(this.actors, Comparator.comparing(ActorNode::id));
		int n = this.actors.length;
		this.position = new HashMap<>(2 * n);
		for (int i = 0; i < n; i++) {
			this.position.put(this.actors[i], i);
		}
		TreeSet<String> codes = new TreeSet<>();
		for (ActorNode actor : this.actors) {
			codes.add(actor.territory());
		}
		this.territoryCodes = codes.toArray(new String[0]);
		Map<String, Integer> territoryIds = new HashMap<>();
		for (String code : this.territoryCodes) {
			territoryIds.put(code, territoryIds.size());
		}
		this.adjacency = new int[n][];
		this.territory = new int[n];
		for (int i = 0; i < n; i++) {
			ActorNode actor = this.actors[i];
			int self = i;
			this.adjacency[i] = graph.edgesOf(actor)
				.stream()
				.mapToInt(edge -> this.position.get(Graphs.getOppositeVertex(graph, edge, actor)))
				.filter(j -> j != self)
				.sorted()
				.distinct()
				.toArray();
			this.territory[i] = territoryIds.get(actor.territory());
		}
	}

	int size() {
		return this.actors.length;
	}
}
