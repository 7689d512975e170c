package org.alliancegraph.analysis.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jspecify.annotations.Nullable;

/**
 * Structural fragmentation of an actor graph: its connected components, the share of actors outside
 * the largest one, and the isolated actors.
 *
 * <p>Definition. The components are the connected components of the undirected graph (found with
 * JGraphT's {@link ConnectivityInspector}, a breadth-first search), listed by decreasing size, then by
 * their smallest actor id; the actors of each are sorted by id. The share outside the largest component
 * is {@code (n - |largest|) / n}, 0 for the empty graph. An isolated actor has degree 0 (it is also a
 * component of size 1). See R. Diestel, <i>Graph Theory</i>, 5th ed., Springer 2017, §1.4.
 *
 * <p>Complexity: O(n log n + m) time (the sorting dominates when m is small), O(n) space. Lazy, cached,
 * unmodifiable results.
 *
 * @param <E> the edge type
 */
public final class Fragmentation<E> {

	private final Graph<ActorNode, E> graph;

	private @Nullable List<Component> components;

	private @Nullable List<String> isolatedActors;

	/**
	 * @param graph the undirected actor graph
	 */
	public Fragmentation(Graph<ActorNode, E> graph) {
		this.graph = Objects.requireNonNull(graph, "graph");
	}

	/** The connected components, largest first, then by smallest actor id. */
	public List<Component> components() {
		if (this.components == null) {
			List<Component> result = new ArrayList<>();
			for (Set<ActorNode> set : new ConnectivityInspector<>(this.graph).connectedSets()) {
				List<String> ids = set.stream().map(ActorNode::id).sorted().toList();
				result.add(new Component(ids.size(), ids));
			}
			result.sort(Comparator.comparingInt(Component::size)
				.reversed()
				.thenComparing(component -> component.actors().get(0)));
			this.components = List.copyOf(result);
		}
		return this.components;
	}

	/** The share of actors outside the largest component, in [0, 1); 0 for the empty graph. */
	public double shareOutsideLargest() {
		int n = this.graph.vertexSet().size();
		List<Component> all = components();
		return all.isEmpty() ? 0.0 : (double) (n - all.get(0).size()) / n;
	}

	/** The ids of the actors without any tie, sorted. */
	public List<String> isolatedActors() {
		if (this.isolatedActors == null) {
			this.isolatedActors = this.graph.vertexSet()
				.stream()
				.filter(actor -> this.graph.degreeOf(actor) == 0)
				.map(ActorNode::id)
				.sorted()
				.toList();
		}
		return this.isolatedActors;
	}
}
