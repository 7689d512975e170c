package org.alliancegraph.analysis.suggestion;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * The actor graph as arrays, for the enumeration of {@link AllianceSuggestions}: actors sorted by id, sorted
 * adjacency lists by position, sectors, territories and domains interned as small integers.
 */
final class ActorArrays {

	final ActorNode[] actors;

	final int[][] adjacency;

	final int[] sector;

	final int[] territory;

	final String[] territoryCodes;

	final int[][] domains;

	<E> ActorArrays(Graph<ActorNode, E> graph) {
		this.actors = graph.vertexSet().toArray(new ActorNode[0]);
		Arrays.sort(this.actors, Comparator.comparing(ActorNode::id));
		int n = this.actors.length;
		Map<ActorNode, Integer> position = new HashMap<>();
		for (int i = 0; i < n; i++) {
			position.put(this.actors[i], i);
		}
		Map<String, Integer> sectors = intern(Arrays.stream(this.actors).map(ActorNode::sector).toList());
		Map<String, Integer> territories = intern(Arrays.stream(this.actors).map(ActorNode::territory).toList());
		Map<String, Integer> domainCodes = intern(
				Arrays.stream(this.actors).flatMap(actor -> actor.domains().stream()).toList());
		this.territoryCodes = territories.keySet().toArray(new String[0]);
		this.adjacency = new int[n][];
		this.sector = new int[n];
		this.territory = new int[n];
		this.domains = new int[n][];
		for (int i = 0; i < n; i++) {
			ActorNode actor = this.actors[i];
			int self = i;
			this.adjacency[i] = graph.edgesOf(actor)
				.stream()
				.mapToInt(edge -> position.get(Graphs.getOppositeVertex(graph, edge, actor)))
				.filter(j -> j != self)
				.sorted()
				.distinct()
				.toArray();
			this.sector[i] = sectors.get(actor.sector());
			this.territory[i] = territories.get(actor.territory());
			this.domains[i] = actor.domains().stream().mapToInt(domainCodes::get).sorted().toArray();
		}
	}

	private static Map<String, Integer> intern(List<String> codes) {
		Map<String, Integer> ids = new TreeMap<>();
		for (String code : new TreeSet<>(codes)) {
			ids.put(code, ids.size());
		}
		return ids;
	}

	/** Whether actors u and v share a domain: a merge of their sorted domain ids. */
	boolean shareADomain(int u, int v) {
		int[] left = this.domains[u];
		int[] right = this.domains[v];
		int i = 0;
		int j = 0;
		while (i < left.length && j < right.length) {
			if (left[i] == right[j]) {
				return true;
			}
			if (left[i] < right[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return false;
	}
}
