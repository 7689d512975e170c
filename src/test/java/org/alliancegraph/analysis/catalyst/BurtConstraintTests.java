package org.alliancegraph.analysis.catalyst;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.alliancegraph.analysis.GraphFixtures.vertex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BurtConstraintTests {

	private static final double EPSILON = 1e-9;

	@Test
	void rejectsNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> new BurtConstraint<>(null));
	}

	@Test
	void emptyGraphHasNoScore() {
		assertThat(new BurtConstraint<>(GraphFixtures.empty()).getScores()).isEmpty();
	}

	@Test
	void isolatedVertexIsUndefined() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.isolated(1);

		assertThat(new BurtConstraint<>(graph).getVertexScore(vertex(graph, "v0"))).isNaN();
	}

	@Test
	void singlePartnerConstrainsFully() {
		// K2: p = 1, no third party: (1 + 0)^2 = 1
		assertThat(new BurtConstraint<>(GraphFixtures.path(2)).getScores().values()).containsOnly(1.0);
	}

	@Test
	void rejectsNonPositiveWeights() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.path(3);
		graph.setEdgeWeight(graph.edgeSet().iterator().next(), 0.0);

		assertThatIllegalArgumentException().isThrownBy(() -> new BurtConstraint<>(graph).getScores());
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 5, 12 })
	void starCentreIsConstrainedOneOverDegree(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.star(n);
		BurtConstraint<ActorNode, DefaultWeightedEdge> constraint = new BurtConstraint<>(graph);

		// centre: d = n - 1 leaves, p = 1/d each, leaves not tied: d x (1/d)^2 = 1/d
		assertThat(constraint.getVertexScore(vertex(graph, "v0"))).isCloseTo(1.0 / (n - 1), within(EPSILON));
		// leaf: its only partner, (1)^2 = 1
		assertThat(constraint.getVertexScore(vertex(graph, "v1"))).isCloseTo(1.0, within(EPSILON));
	}

	@Test
	void triangleVertexIsConstrainedNineEighths() {
		// p = 1/2 to each partner; l(i, j) = (1/2 + p_iq p_qj)^2 = (1/2 + 1/2 x 1/2)^2 = 9/16; two
		// partners: 9/8
		assertThat(new BurtConstraint<>(GraphFixtures.complete(3)).getScores().values())
			.allSatisfy(c -> assertThat(c).isCloseTo(9.0 / 8, within(EPSILON)));
	}

	@ParameterizedTest
	@ValueSource(ints = { 4, 5, 8 })
	void cliqueVertexFollowsClosedForm(int n) {
		// d = n - 1 partners, p = 1/d; indirect = (d - 1) / d^2; c = d ((2d - 1) / d^2)^2 = (2d - 1)^2 / d^3
		double d = n - 1;
		assertThat(new BurtConstraint<>(GraphFixtures.complete(n)).getScores().values())
			.allSatisfy(c -> assertThat(c).isCloseTo((2 * d - 1) * (2 * d - 1) / (d * d * d), within(EPSILON)));
	}

	@Test
	void weightedTrianglePlusPendant() {
		// A-B weight 2, A-C 1, B-C 1, A-D 1. Strengths: A 4, B 3, C 2, D 1.
		// p_AB = 1/2, p_AC = 1/4, p_AD = 1/4; p_BA = 2/3, p_BC = 1/3; p_CA = 1/2, p_CB = 1/2; p_DA = 1.
		Graph<ActorNode, DefaultWeightedEdge> graph = weightedTriangleWithPendant();
		BurtConstraint<ActorNode, DefaultWeightedEdge> constraint = new BurtConstraint<>(graph);

		// A: (1/2 + 1/4 x 1/2)^2 + (1/4 + 1/2 x 1/3)^2 + (1/4)^2 = 25/64 + 25/144 + 1/16 = 361/576
		assertThat(constraint.getVertexScore(vertex(graph, "A"))).isCloseTo(361.0 / 576, within(EPSILON));
		// B: (2/3 + 1/3 x 1/2)^2 + (1/3 + 2/3 x 1/4)^2 = 25/36 + 9/36 = 17/18
		assertThat(constraint.getVertexScore(vertex(graph, "B"))).isCloseTo(17.0 / 18, within(EPSILON));
		// C: (1/2 + 1/2 x 2/3)^2 + (1/2 + 1/2 x 1/2)^2 = 25/36 + 9/16 = 181/144
		assertThat(constraint.getVertexScore(vertex(graph, "C"))).isCloseTo(181.0 / 144, within(EPSILON));
		// D: a single partner
		assertThat(constraint.getVertexScore(vertex(graph, "D"))).isCloseTo(1.0, within(EPSILON));
	}

	@Test
	void florentineFamiliesMatchNetworkX() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.florentineFamilies();
		BurtConstraint<ActorNode, DefaultWeightedEdge> constraint = new BurtConstraint<>(graph);

		// NetworkX 2.8 constraint(florentine_families_graph())
		assertThat(constraint.getVertexScore(vertex(graph, "Medici"))).isCloseTo(0.209877, within(1e-6));
		assertThat(constraint.getVertexScore(vertex(graph, "Guadagni"))).isCloseTo(0.25, within(1e-6));
		assertThat(constraint.getVertexScore(vertex(graph, "Peruzzi"))).isCloseTo(0.655864, within(1e-6));
		assertThat(constraint.getVertexScore(vertex(graph, "Strozzi"))).isCloseTo(0.458333, within(1e-6));
		assertThat(constraint.getVertexScore(vertex(graph, "Pucci"))).isNaN();
	}

	@Test
	void hubsUseTheBinarySearchPathToo() {
		// a vertex of high degree tied to vertices of low degree exercises both scans of the common
		// neighbours; the two orders of scanning must agree with a direct evaluation of the formula
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(60, 400, 4, 21);
		ActorNode hub = actor("hub");
		for (int i = 0; i < 60; i += 2) {
			tie(graph, hub, vertex(graph, "v" + i), 1 + i % 3);
		}
		BurtConstraint<ActorNode, DefaultWeightedEdge> constraint = new BurtConstraint<>(graph);

		for (ActorNode v : graph.vertexSet()) {
			assertThat(constraint.getVertexScore(v)).as("%s", v)
				.isCloseTo(StructuralHolesReference.constraint(graph, v), within(EPSILON));
		}
	}

	static Graph<ActorNode, DefaultWeightedEdge> weightedTriangleWithPendant() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a = actor("A");
		ActorNode b = actor("B");
		ActorNode c = actor("C");
		ActorNode d = actor("D");
		tie(graph, a, b, 2);
		tie(graph, a, c, 1);
		tie(graph, b, c, 1);
		tie(graph, a, d, 1);
		return graph;
	}
}
