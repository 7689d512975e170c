package org.alliancegraph.analysis.catalyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;

class IndexedGraphTests {

	private static final double EPSILON = 1e-12;

	@Test
	void rejectsNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> IndexedGraph.of(null));
	}

	@Test
	void emptyGraphHasNoVertex() {
		IndexedGraph<ActorNode> graph = IndexedGraph.of(GraphFixtures.empty());

		assertThat(graph.size()).isZero();
		assertThat(graph.tieCount()).isZero();
		assertThat(graph.offsets).containsExactly(0);
	}

	@Test
	void indexesInVertexSetOrderWithSortedNeighbours() {
		// star of 5 built centre first: v0 has v1..v4, each leaf has v0
		Graph<ActorNode, DefaultWeightedEdge> star = GraphFixtures.star(5);
		IndexedGraph<ActorNode> graph = IndexedGraph.of(star);

		assertThat(graph.vertices()).containsExactlyElementsOf(star.vertexSet());
		assertThat(graph.tieCount()).isEqualTo(4);
		assertThat(Arrays.copyOfRange(graph.targets, graph.offsets[0], graph.offsets[1])).containsExactly(1, 2, 3, 4);
		assertThat(graph.degree(3)).isEqualTo(1);
		assertThat(graph.adjacent(0, 3)).isTrue();
		assertThat(graph.adjacent(1, 3)).isFalse();
		assertThat(graph.indexOf(GraphFixtures.vertex(star, "v2"))).isEqualTo(2);
		assertThatIllegalArgumentException().isThrownBy(() -> graph.indexOf(GraphFixtures.actor("x")));
	}

	@Test
	void mergesOppositeAndParallelArcsAndDropsLoops() {
		Graph<String, DefaultWeightedEdge> directed = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
		for (String v : new String[] { "c", "a", "b" }) {
			directed.addVertex(v);
		}
		directed.setEdgeWeight(directed.addEdge("a", "b"), 2);
		directed.setEdgeWeight(directed.addEdge("b", "a"), 3);
		directed.setEdgeWeight(directed.addEdge("a", "b"), 1);
		directed.setEdgeWeight(directed.addEdge("c", "a"), 4);
		directed.setEdgeWeight(directed.addEdge("c", "c"), 9);

		IndexedGraph<String> graph = IndexedGraph.of(directed);

		int c = graph.indexOf("c");
		int a = graph.indexOf("a");
		int b = graph.indexOf("b");
		assertThat(graph.tieCount()).isEqualTo(2);
		assertThat(graph.weights[graph.position(a, b)]).isEqualTo(6.0, org.assertj.core.api.Assertions.within(EPSILON));
		assertThat(graph.weights[graph.position(b, a)]).isEqualTo(6.0, org.assertj.core.api.Assertions.within(EPSILON));
		assertThat(graph.weights[graph.position(a, c)]).isEqualTo(4.0, org.assertj.core.api.Assertions.within(EPSILON));
		assertThat(graph.position(c, c)).isNegative();
		assertThat(graph.degree(a)).isEqualTo(2);
	}

	@Test
	void groupIdsAreDenseInOrderOfAppearance() {
		Graph<ActorNode, DefaultWeightedEdge> source = GraphFixtures.empty();
		for (String[] actor : new String[][] { { "x", "COMPANY" }, { "y", "STATE" }, { "z", "COMPANY" } }) {
			source.addVertex(GraphFixtures.actor(actor[0], actor[1], "T"));
		}

		assertThat(IndexedGraph.of(source).groupIds(ActorNode::sector)).containsExactly(0, 1, 0);
	}
}
