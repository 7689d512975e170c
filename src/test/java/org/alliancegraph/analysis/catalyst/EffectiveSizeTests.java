package org.alliancegraph.analysis.catalyst;

import static org.alliancegraph.analysis.GraphFixtures.vertex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EffectiveSizeTests {

	private static final double EPSILON = 1e-9;

	@Test
	void rejectsNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> new EffectiveSize<>(null));
	}

	@Test
	void emptyGraphHasNoScore() {
		assertThat(new EffectiveSize<>(GraphFixtures.empty()).getScores()).isEmpty();
	}

	@Test
	void isolatedVertexIsUndefined() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.isolated(2);

		assertThat(new EffectiveSize<>(graph).getScores().values()).allSatisfy(e -> assertThat(e).isNaN());
	}

	@Test
	void singlePartnerIsOneContact() {
		assertThat(new EffectiveSize<>(GraphFixtures.path(2)).getScores().values()).containsOnly(1.0);
	}

	@Test
	void rejectsUnknownVertex() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EffectiveSize<>(GraphFixtures.path(2)).getVertexScore(GraphFixtures.actor("x")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 6, 20 })
	void starCentreHasOnlyNonRedundantContacts(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.star(n);
		EffectiveSize<ActorNode, DefaultWeightedEdge> effectiveSize = new EffectiveSize<>(graph);

		// no two leaves are tied: no redundancy, effective size = degree
		assertThat(effectiveSize.getVertexScore(vertex(graph, "v0"))).isCloseTo(n - 1.0, within(EPSILON));
		assertThat(effectiveSize.getVertexScore(vertex(graph, "v1"))).isCloseTo(1.0, within(EPSILON));
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 4, 7 })
	void cliqueVertexHasOneEffectiveContact(int n) {
		// d = n - 1, t = d (d - 1) / 2 ties among partners: d - 2t/d = d - (d - 1) = 1
		assertThat(new EffectiveSize<>(GraphFixtures.complete(n)).getScores().values())
			.allSatisfy(e -> assertThat(e).isCloseTo(1.0, within(EPSILON)));
	}

	@Test
	void weightedTrianglePlusPendant() {
		// A-B weight 2, A-C 1, B-C 1, A-D 1. p_AB = 1/2, p_AC = 1/4; p_BA = 2/3, p_BC = 1/3;
		// p_CA = p_CB = 1/2. Strongest ties: A 2, B 2, C 1, D 1, so m_BC = 1/2, m_CB = 1, m_AC = 1/2,
		// m_CA = 1, m_AB = 1, m_BA = 1.
		Graph<ActorNode, DefaultWeightedEdge> graph = BurtConstraintTests.weightedTriangleWithPendant();
		EffectiveSize<ActorNode, DefaultWeightedEdge> effectiveSize = new EffectiveSize<>(graph);

		// A: j = B: 1 - p_AC m_BC = 1 - 1/8; j = C: 1 - p_AB m_CB = 1/2; j = D: 1. Total 19/8
		assertThat(effectiveSize.getVertexScore(vertex(graph, "A"))).isCloseTo(19.0 / 8, within(EPSILON));
		// B: j = A: 1 - p_BC m_AC = 1 - 1/6; j = C: 1 - p_BA m_CA = 1/3. Total 7/6
		assertThat(effectiveSize.getVertexScore(vertex(graph, "B"))).isCloseTo(7.0 / 6, within(EPSILON));
		// C: j = A: 1 - p_CB m_AB = 1/2; j = B: 1 - p_CA m_BA = 1/2. Total 1
		assertThat(effectiveSize.getVertexScore(vertex(graph, "C"))).isCloseTo(1.0, within(EPSILON));
		assertThat(effectiveSize.getVertexScore(vertex(graph, "D"))).isCloseTo(1.0, within(EPSILON));
	}

	@ParameterizedTest
	@CsvSource({ "40, 120, 31", "80, 600, 32", "150, 400, 33" })
	void unweightedEqualsBorgattiSimplification(int n, int m, long seed) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(n, m, seed);
		EffectiveSize<ActorNode, DefaultWeightedEdge> effectiveSize = new EffectiveSize<>(graph);

		for (ActorNode v : graph.vertexSet()) {
			Set<ActorNode> neighbours = Graphs.neighborSetOf(graph, v);
			int d = neighbours.size();
			long ties = graph.edgeSet()
				.stream()
				.filter(e -> neighbours.contains(graph.getEdgeSource(e)) && neighbours.contains(graph.getEdgeTarget(e)))
				.count();
			double expected = d == 0 ? Double.NaN : d - 2.0 * ties / d;
			if (d == 0) {
				assertThat(effectiveSize.getVertexScore(v)).isNaN();
			}
			else {
				assertThat(effectiveSize.getVertexScore(v)).as("%s", v).isCloseTo(expected, within(EPSILON));
			}
		}
	}

	@Test
	void weightedRandomGraphMatchesTheFormula() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(70, 500, 5, 34);
		EffectiveSize<ActorNode, DefaultWeightedEdge> effectiveSize = new EffectiveSize<>(graph);

		for (ActorNode v : graph.vertexSet()) {
			double expected = StructuralHolesReference.effectiveSize(graph, v);
			if (Double.isNaN(expected)) {
				assertThat(effectiveSize.getVertexScore(v)).isNaN();
			}
			else {
				assertThat(effectiveSize.getVertexScore(v)).as("%s", v).isCloseTo(expected, within(EPSILON));
			}
		}
	}

	@Test
	void florentineFamiliesMatchNetworkX() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.florentineFamilies();
		EffectiveSize<ActorNode, DefaultWeightedEdge> effectiveSize = new EffectiveSize<>(graph);

		// NetworkX 2.8 effective_size(florentine_families_graph()); Medici: 6 partners with one tie among
		// them (Ridolfi - Tornabuoni): 6 - 2 x 1 / 6 = 17/3
		assertThat(effectiveSize.getVertexScore(vertex(graph, "Medici"))).isCloseTo(17.0 / 3, within(EPSILON));
		assertThat(effectiveSize.getVertexScore(vertex(graph, "Guadagni"))).isCloseTo(4.0, within(EPSILON));
		assertThat(effectiveSize.getVertexScore(vertex(graph, "Peruzzi"))).isCloseTo(1.666667, within(1e-6));
		assertThat(effectiveSize.getVertexScore(vertex(graph, "Pucci"))).isNaN();
	}
}
