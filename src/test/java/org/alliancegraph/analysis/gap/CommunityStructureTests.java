package org.alliancegraph.analysis.gap;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.alliancegraph.analysis.GraphFixtures.vertex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class CommunityStructureTests {

	private static final double EPSILON = 1e-9;

	@Test
	void shouldRejectNullGraphAndNegativeLimit() {
		assertThatNullPointerException().isThrownBy(() -> new CommunityStructure<DefaultWeightedEdge>(null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CommunityStructure<>(GraphFixtures.empty(), -1, 1L));
	}

	@Test
	void shouldFindNoCommunityInEmptyGraph() {
		CommunityStructure<DefaultWeightedEdge> structure = new CommunityStructure<>(GraphFixtures.empty());

		assertThat(structure.communities()).isEmpty();
		assertThat(structure.modularity()).isZero();
	}

	@Test
	void shouldPutEachActorOfAnEdgelessGraphAlone() {
		CommunityStructure<DefaultWeightedEdge> structure = new CommunityStructure<>(GraphFixtures.isolated(3));

		assertThat(structure.communities()).containsExactly(new Community(1, List.of("v0"), 0, 0),
				new Community(2, List.of("v1"), 0, 0), new Community(3, List.of("v2"), 0, 0));
		assertThat(structure.modularity()).isZero();
	}

	@Test
	void shouldKeepK2Together() {
		// one community holding all: Q = 1/1 - (2/2)^2 = 0
		CommunityStructure<DefaultWeightedEdge> structure = new CommunityStructure<>(GraphFixtures.complete(2));

		assertThat(structure.communities()).containsExactly(new Community(1, List.of("v0", "v1"), 1, 0));
		assertThat(structure.modularity()).isCloseTo(0.0, within(EPSILON));
	}

	@Test
	void shouldSplitTwoCliquesJoinedByOneTie() {
		// K4 {a0..a3} and K4 {b0..b3} joined by a3-b0: m = 13, each community has 6 internal ties and a
		// degree sum of 13; Q = 2 (6/13 - (13/26)^2) = 12/13 - 1/2 = 11/26
		Graph<ActorNode, DefaultWeightedEdge> graph = twoCliquesJoinedByOneTie(1.0);

		CommunityStructure<DefaultWeightedEdge> structure = new CommunityStructure<>(graph);

		assertThat(structure.method()).isEqualTo(CommunityStructure.Method.GREEDY_MODULARITY);
		assertThat(structure.communities()).containsExactly(new Community(1, List.of("a0", "a1", "a2", "a3"), 6, 1),
				new Community(2, List.of("b0", "b1", "b2", "b3"), 6, 1));
		assertThat(structure.modularity()).isCloseTo(11.0 / 26.0, within(EPSILON));
	}

	@Test
	void shouldFindTheSameCommunitiesWithLabelPropagation() {
		CommunityStructure<DefaultWeightedEdge> structure = new CommunityStructure<>(twoCliquesJoinedByOneTie(1.0), 0,
				CommunityStructure.DEFAULT_SEED);

		assertThat(structure.method()).isEqualTo(CommunityStructure.Method.LABEL_PROPAGATION);
		assertThat(structure.communities()).extracting(Community::actors)
			.containsExactly(List.of("a0", "a1", "a2", "a3"), List.of("b0", "b1", "b2", "b3"));
		assertThat(structure.modularity()).isCloseTo(11.0 / 26.0, within(EPSILON));
	}

	@Test
	void shouldWeighTheModularity() {
		// the joining tie weighs 3: W = 15, each side 6 inside and a weighted degree sum of 15;
		// Q = 2 (6/15 - (15/30)^2) = 0.3
		CommunityStructure<DefaultWeightedEdge> structure = new CommunityStructure<>(twoCliquesJoinedByOneTie(3.0));

		assertThat(structure.communities()).hasSize(2);
		assertThat(structure.modularity()).isCloseTo(0.3, within(EPSILON));
	}

	@Test
	void shouldHandleDisconnectedGraphs() {
		// two triangles and an isolated actor: Q = 2 (3/6 - (6/12)^2) = 0.5
		// (JGraphT's greedy algorithm alone fails on this graph)
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		for (String prefix : List.of("p", "q")) {
			tie(graph, actor(prefix + 0), actor(prefix + 1), 1);
			tie(graph, actor(prefix + 1), actor(prefix + 2), 1);
			tie(graph, actor(prefix + 2), actor(prefix + 0), 1);
		}
		graph.addVertex(actor("r"));

		CommunityStructure<DefaultWeightedEdge> structure = new CommunityStructure<>(graph);

		assertThat(structure.communities()).containsExactly(new Community(1, List.of("p0", "p1", "p2"), 3, 0),
				new Community(2, List.of("q0", "q1", "q2"), 3, 0), new Community(3, List.of("r"), 0, 0));
		assertThat(structure.modularity()).isCloseTo(0.5, within(EPSILON));
	}

	@Test
	void shouldNotDependOnTheInsertionOrder() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(300, 700, 11);
		Graph<ActorNode, DefaultWeightedEdge> shuffled = GraphFixtures.empty();
		List<ActorNode> vertices = new ArrayList<>(graph.vertexSet());
		Collections.shuffle(vertices, new Random(5));
		vertices.forEach(shuffled::addVertex);
		List<DefaultWeightedEdge> edges = new ArrayList<>(graph.edgeSet());
		Collections.shuffle(edges, new Random(6));
		for (DefaultWeightedEdge edge : edges) {
			tie(shuffled, graph.getEdgeTarget(edge), graph.getEdgeSource(edge), graph.getEdgeWeight(edge));
		}

		for (int greedyLimit : List.of(CommunityStructure.DEFAULT_GREEDY_LIMIT, 0)) {
			CommunityStructure<DefaultWeightedEdge> first = new CommunityStructure<>(graph, greedyLimit, 1L);
			CommunityStructure<DefaultWeightedEdge> second = new CommunityStructure<>(shuffled, greedyLimit, 1L);

			assertThat(second.communities()).isEqualTo(first.communities());
			assertThat(second.modularity()).isCloseTo(first.modularity(), within(EPSILON));
			assertThat(first.communities().stream().mapToInt(community -> community.actors().size()).sum())
				.isEqualTo(300);
		}
	}

	private static Graph<ActorNode, DefaultWeightedEdge> twoCliquesJoinedByOneTie(double joiningWeight) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		for (String prefix : List.of("a", "b")) {
			for (int i = 0; i < 4; i++) {
				for (int j = i + 1; j < 4; j++) {
					tie(graph, actor(prefix + i), actor(prefix + j), 1);
				}
			}
		}
		tie(graph, vertex(graph, "a3"), vertex(graph, "b0"), joiningWeight);
		return graph;
	}
}
