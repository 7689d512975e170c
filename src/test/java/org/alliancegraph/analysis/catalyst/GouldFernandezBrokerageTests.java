package org.alliancegraph.analysis.catalyst;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.alliancegraph.analysis.GraphFixtures.vertex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GouldFernandezBrokerageTests {

	@Test
	void rejectsNullGraph() {
		assertThatNullPointerException()
			.isThrownBy(() -> new GouldFernandezBrokerage<>((Graph<ActorNode, DefaultWeightedEdge>) null, ActorNode::sector));
	}

	@Test
	void rejectsNullGroupFunction() {
		assertThatNullPointerException().isThrownBy(() -> new GouldFernandezBrokerage<>(GraphFixtures.path(3), null));
	}

	@Test
	void rejectsVertexWithoutGroup() {
		assertThatNullPointerException()
			.isThrownBy(() -> new GouldFernandezBrokerage<ActorNode, DefaultWeightedEdge>(GraphFixtures.path(3), v -> null)
				.getScores());
	}

	@Test
	void emptyGraphHasNoScore() {
		assertThat(new GouldFernandezBrokerage<>(GraphFixtures.empty(), ActorNode::sector).getScores()).isEmpty();
	}

	@Test
	void twoLinkedVerticesBrokerNothing() {
		assertThat(new GouldFernandezBrokerage<>(GraphFixtures.path(2), ActorNode::sector).getScores().values())
			.containsOnly(BrokerageCounts.NONE);
	}

	@Test
	void coordinatorBrokersWithinItsOwnGroup() {
		// X - X - X
		assertThat(middleOf("X", "X", "X")).isEqualTo(new BrokerageCounts(1, 0, 0, 0));
	}

	@Test
	void consultantBrokersForAnotherGroup() {
		// X - Y - X
		assertThat(middleOf("X", "Y", "X")).isEqualTo(new BrokerageCounts(0, 1, 0, 0));
	}

	@Test
	void boundarySpannerSharesItsGroupWithOneSide() {
		// X - X - Y and Y - X - X (gatekeeper and representative alike)
		assertThat(middleOf("X", "X", "Y")).isEqualTo(new BrokerageCounts(0, 0, 1, 0));
		assertThat(middleOf("Y", "X", "X")).isEqualTo(new BrokerageCounts(0, 0, 1, 0));
	}

	@Test
	void liaisonJoinsThreeGroups() {
		// X - Y - Z
		assertThat(middleOf("X", "Y", "Z")).isEqualTo(new BrokerageCounts(0, 0, 0, 1));
	}

	@Test
	void triangleBrokersNothing() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a = actor("a", "X", "T");
		ActorNode b = actor("b", "Y", "T");
		ActorNode c = actor("c", "Z", "T");
		tie(graph, a, b, 1);
		tie(graph, b, c, 1);
		tie(graph, a, c, 1);

		assertThat(new GouldFernandezBrokerage<>(graph, ActorNode::sector).getScores().values())
			.containsOnly(BrokerageCounts.NONE);
	}

	@Test
	void starCentreCountsEveryPairOfLeavesByRole() {
		// centre X; leaves x1, x2 (X), y (Y), z (Z). Pairs: {x1, x2} coordinator; {x1, y}, {x2, y},
		// {x1, z}, {x2, z} boundary spanner; {y, z} liaison. 6 = C(4, 2) pairs.
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode centre = actor("centre", "X", "T");
		ActorNode x1 = actor("x1", "X", "T");
		ActorNode x2 = actor("x2", "X", "T");
		ActorNode y = actor("y", "Y", "T");
		ActorNode z = actor("z", "Z", "T");
		for (ActorNode leaf : List.of(x1, x2, y, z)) {
			tie(graph, centre, leaf, 1);
		}
		assertThat(new GouldFernandezBrokerage<>(graph, ActorNode::sector).getVertexScore(centre))
			.isEqualTo(new BrokerageCounts(1, 0, 4, 1));

		// tying x1 to y removes the pair {x1, y} from the centre (3 boundary-spanner pairs left); y's
		// two neighbours (centre, x1) are tied to each other, so y brokers nothing; x1 likewise
		tie(graph, x1, y, 1);
		GouldFernandezBrokerage<ActorNode, DefaultWeightedEdge> brokerage = new GouldFernandezBrokerage<>(graph,
				ActorNode::sector);
		assertThat(brokerage.getVertexScore(centre)).isEqualTo(new BrokerageCounts(1, 0, 3, 1));
		assertThat(brokerage.getVertexScore(y)).isEqualTo(BrokerageCounts.NONE);
		assertThat(brokerage.getVertexScore(x1)).isEqualTo(BrokerageCounts.NONE);
		assertThat(brokerage.getVertexScore(centre).total()).isEqualTo(5);
	}

	@Test
	void consultantAndLiaisonCountsAddUp() {
		// centre Y; leaves in X, X, X, Z, Z: consultant C(3, 2) + C(2, 2) = 4, liaison 3 x 2 = 6
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode centre = actor("centre", "Y", "T");
		int i = 0;
		for (String group : List.of("X", "X", "X", "Z", "Z")) {
			tie(graph, centre, actor("leaf" + i++, group, "T"), 1);
		}

		BrokerageCounts counts = new GouldFernandezBrokerage<>(graph, ActorNode::sector).getVertexScore(centre);
		assertThat(counts).isEqualTo(new BrokerageCounts(0, 4, 0, 6));
		assertThat(counts.total()).isEqualTo(10);
		assertThat(counts.betweenGroups()).isEqualTo(6);
	}

	@Test
	void brokerBetweenCliquesOfTwoOtherSectorsIsALiaison() {
		ActorNode broker = actor("broker", "NETWORK", "TA");
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.twoCliquesJoinedBy(broker, 4);
		GouldFernandezBrokerage<ActorNode, DefaultWeightedEdge> brokerage = new GouldFernandezBrokerage<>(graph,
				ActorNode::sector);

		// the 4 x 4 cross pairs: ASSOCIATION / COMPANY / NETWORK all differ; within-clique pairs are tied
		assertThat(brokerage.getVertexScore(broker)).isEqualTo(new BrokerageCounts(0, 0, 0, 16));
		assertThat(brokerage.getVertexScore(vertex(graph, "a0"))).isEqualTo(BrokerageCounts.NONE);
	}

	@ParameterizedTest
	@CsvSource({ "30, 60, 41", "80, 400, 42", "120, 1500, 43" })
	void equalsBruteForceOnRandomGraphs(int n, int m, long seed) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(n, m, seed);
		GouldFernandezBrokerage<ActorNode, DefaultWeightedEdge> brokerage = new GouldFernandezBrokerage<>(graph,
				ActorNode::sector);

		for (ActorNode b : graph.vertexSet()) {
			assertThat(brokerage.getVertexScore(b)).as("%s", b).isEqualTo(bruteForce(graph, b));
		}
	}

	/** Enumerates the pairs of neighbours one by one. */
	private static BrokerageCounts bruteForce(Graph<ActorNode, DefaultWeightedEdge> graph, ActorNode b) {
		List<ActorNode> neighbours = new ArrayList<>(Graphs.neighborSetOf(graph, b));
		long[] roles = new long[4];
		for (int i = 0; i < neighbours.size(); i++) {
			for (int j = i + 1; j < neighbours.size(); j++) {
				ActorNode a = neighbours.get(i);
				ActorNode c = neighbours.get(j);
				if (graph.containsEdge(a, c)) {
					continue;
				}
				String ga = a.sector();
				String gb = b.sector();
				String gc = c.sector();
				if (ga.equals(gc)) {
					roles[ga.equals(gb) ? 0 : 1]++;
				}
				else {
					roles[ga.equals(gb) || gc.equals(gb) ? 2 : 3]++;
				}
			}
		}
		return new BrokerageCounts(roles[0], roles[1], roles[2], roles[3]);
	}

	private static BrokerageCounts middleOf(String left, String middle, String right) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a = actor("a", left, "T");
		ActorNode b = actor("b", middle, "T");
		ActorNode c = actor("c", right, "T");
		tie(graph, a, b, 1);
		tie(graph, b, c, 1);
		GouldFernandezBrokerage<ActorNode, DefaultWeightedEdge> brokerage = new GouldFernandezBrokerage<>(graph,
				ActorNode::sector);
		assertThat(brokerage.getVertexScore(a)).isEqualTo(BrokerageCounts.NONE);
		assertThat(brokerage.getVertexScore(c)).isEqualTo(BrokerageCounts.NONE);
		return brokerage.getVertexScore(b);
	}
}
