package org.alliancegraph.analysis.gap;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class SectorMixingMatrixTests {

	private static final double EPSILON = 1e-9;

	private static final List<String> VOCABULARY = List.of("D", "C", "B", "A");

	@Test
	void shouldRejectNull() {
		assertThatNullPointerException().isThrownBy(() -> new SectorMixingMatrix<>(null, VOCABULARY));
		assertThatNullPointerException().isThrownBy(() -> new SectorMixingMatrix<>(GraphFixtures.empty(), null));
	}

	@Test
	void shouldFindAllSectorsAbsentInEmptyGraph() {
		SectorMixingMatrix<DefaultWeightedEdge> matrix = new SectorMixingMatrix<>(GraphFixtures.empty(), VOCABULARY);

		assertThat(matrix.sectorsAbsent()).containsExactly("A", "B", "C", "D");
		assertThat(matrix.sectorsPresent()).isEmpty();
		assertThat(matrix.emptySectorPairs()).isEmpty();
		assertThat(matrix.mixing().ties()).containsOnlyKeys("A", "B", "C", "D");
		assertThat(matrix.mixing().ties().get("A")).containsExactly(Map.entry("A", 0), Map.entry("B", 0),
				Map.entry("C", 0), Map.entry("D", 0));
		assertThat(matrix.mixing().actors()).isEmpty();
	}

	@Test
	void shouldNotPairASingleActorWithItsOwnSector() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		graph.addVertex(actor("a1", "A", "T1"));

		SectorMixingMatrix<DefaultWeightedEdge> matrix = new SectorMixingMatrix<>(graph, VOCABULARY);

		assertThat(matrix.sectorsPresent()).containsExactly("A");
		assertThat(matrix.sectorsAbsent()).containsExactly("B", "C", "D");
		assertThat(matrix.emptySectorPairs()).isEmpty();
	}

	@Test
	void shouldCountTheTieOfK2Once() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("a1", "A", "T1"), actor("b1", "B", "T1"), 3);

		SectorMixing mixing = new SectorMixingMatrix<>(graph, VOCABULARY).mixing();

		assertThat(mixing.ties().get("A").get("B")).isEqualTo(1);
		assertThat(mixing.ties().get("B").get("A")).isEqualTo(1);
		assertThat(mixing.ties().get("A").get("A")).isZero();
		assertThat(mixing.weights().get("B").get("A")).isCloseTo(3.0, within(EPSILON));
	}

	@Test
	void shouldBuildTheMixingMatrixAndItsEmptyCells() {
		// A = {a1, a2}, B = {b1}, C = {c1, c2}, D absent, X outside the vocabulary:
		// a1-a2 (2), a1-b1 (1), a2-b1 (3), b1-x1 (1); c1, c2 isolated
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a1 = actor("a1", "A", "T1");
		ActorNode a2 = actor("a2", "A", "T1");
		ActorNode b1 = actor("b1", "B", "T1");
		ActorNode x1 = actor("x1", "X", "T2");
		tie(graph, a1, a2, 2);
		tie(graph, a1, b1, 1);
		tie(graph, a2, b1, 3);
		tie(graph, b1, x1, 1);
		graph.addVertex(actor("c1", "C", "T1"));
		graph.addVertex(actor("c2", "C", "T2"));

		SectorMixingMatrix<DefaultWeightedEdge> matrix = new SectorMixingMatrix<>(graph, VOCABULARY);

		//        A  B  C  D  X
		// ties A 1  2  0  0  0
		//      B 2  0  0  0  1
		//      X 0  1  0  0  0
		assertThat(matrix.mixing().ties()).isEqualTo(Map.of("A", Map.of("A", 1, "B", 2, "C", 0, "D", 0, "X", 0), "B",
				Map.of("A", 2, "B", 0, "C", 0, "D", 0, "X", 1), "C", Map.of("A", 0, "B", 0, "C", 0, "D", 0, "X", 0),
				"D", Map.of("A", 0, "B", 0, "C", 0, "D", 0, "X", 0), "X",
				Map.of("A", 0, "B", 1, "C", 0, "D", 0, "X", 0)));
		assertThat(matrix.mixing().ties().keySet()).containsExactly("A", "B", "C", "D", "X");
		assertThat(matrix.mixing().weights().get("A").get("A")).isCloseTo(2.0, within(EPSILON));
		assertThat(matrix.mixing().weights().get("A").get("B")).isCloseTo(4.0, within(EPSILON));
		assertThat(matrix.mixing().weights().get("B").get("X")).isCloseTo(1.0, within(EPSILON));
		assertThat(matrix.mixing().actors()).containsExactly(Map.entry("A", 2), Map.entry("B", 1), Map.entry("C", 2),
				Map.entry("X", 1));
		assertThat(matrix.sectorsPresent()).containsExactly("A", "B", "C", "X");
		assertThat(matrix.sectorsAbsent()).containsExactly("D");
		// [B, B] and [X, X] need two actors; [C, C] has two and no tie
		assertThat(matrix.emptySectorPairs()).containsExactly(List.of("A", "C"), List.of("A", "X"), List.of("B", "C"),
				List.of("C", "C"), List.of("C", "X"));
	}
}
