package org.alliancegraph.analysis.catalyst;

import static org.alliancegraph.analysis.GraphFixtures.vertex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrandesBetweennessTests {

	private static final double EPSILON = 1e-9;

	// --- border cases ---

	@Test
	void rejectsNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> new BrandesBetweenness<>(null));
	}

	@Test
	void rejectsParallelismBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BrandesBetweenness<>(GraphFixtures.path(3), 0));
	}

	@Test
	void emptyGraphHasNoScore() {
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(GraphFixtures.empty());

		assertThat(betweenness.getScores()).isEmpty();
		assertThat(betweenness.getNormalizedScores()).isEmpty();
	}

	@Test
	void singletonScoresZero() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.isolated(1);
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);

		assertThat(betweenness.getVertexScore(vertex(graph, "v0"))).isZero();
		assertThat(betweenness.getNormalizedVertexScore(vertex(graph, "v0"))).isZero();
	}

	@Test
	void twoLinkedVerticesScoreZero() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.path(2);
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);

		assertThat(betweenness.getScores().values()).containsOnly(0.0);
		assertThat(betweenness.getNormalizedScores().values()).containsOnly(0.0);
	}

	@Test
	void rejectsUnknownVertex() {
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(GraphFixtures.path(3));

		assertThatIllegalArgumentException().isThrownBy(() -> betweenness.getVertexScore(GraphFixtures.actor("x")));
	}

	@Test
	void scoresAreUnmodifiable() {
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(GraphFixtures.path(3));

		assertThatThrownBy(() -> betweenness.getScores().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> betweenness.getNormalizedScores().clear())
			.isInstanceOf(UnsupportedOperationException.class);
	}

	// --- shaped graphs ---

	@ParameterizedTest
	@ValueSource(ints = { 3, 4, 5, 10, 50 })
	void starCentreLiesOnEveryPairOfLeaves(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.star(n);
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);

		// every pair of the n - 1 leaves has its only shortest path through the centre
		assertThat(betweenness.getVertexScore(vertex(graph, "v0"))).isCloseTo((n - 1) * (n - 2) / 2.0, within(EPSILON));
		assertThat(betweenness.getNormalizedVertexScore(vertex(graph, "v0"))).isCloseTo(1.0, within(EPSILON));
		for (int leaf = 1; leaf < n; leaf++) {
			assertThat(betweenness.getVertexScore(vertex(graph, "v" + leaf))).isZero();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 4, 7, 20 })
	void pathVertexLiesBetweenItsLeftAndRightSides(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.path(n);
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);

		for (int i = 0; i < n; i++) {
			// the i vertices on the left times the n - 1 - i on the right, one shortest path each
			double expected = (double) i * (n - 1 - i);
			assertThat(betweenness.getVertexScore(vertex(graph, "v" + i))).as("v%d", i)
				.isCloseTo(expected, within(EPSILON));
			assertThat(betweenness.getNormalizedVertexScore(vertex(graph, "v" + i)))
				.isCloseTo(expected * 2 / ((n - 1.0) * (n - 2.0)), within(EPSILON));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 4, 5, 8, 11 })
	void ringVerticesAllScoreTheAverageDetour(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.ring(n);
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);

		// Summed over vertices, betweenness counts the inner vertices of the shortest paths: for a pair
		// at distance d, d - 1 (whatever the number of paths). By symmetry each vertex gets 1/n of it.
		double total = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				total += Math.min(j - i, n - (j - i)) - 1;
			}
		}
		for (double score : betweenness.getScores().values()) {
			assertThat(score).isCloseTo(total / n, within(EPSILON));
		}
	}

	@Test
	void completeGraphHasNoIntermediary() {
		assertThat(new BrandesBetweenness<>(GraphFixtures.complete(6)).getScores().values())
			.allSatisfy(score -> assertThat(score).isCloseTo(0.0, within(EPSILON)));
	}

	@Test
	void squareSplitsEachOppositePairBetweenTwoPaths() {
		// v0 - v1 - v2 - v3 - v0: v0 and v2 are joined by two shortest paths, via v1 and via v3, so v1
		// gets 1/2 for {v0, v2}; same for v3; each vertex scores 1/2.
		assertThat(new BrandesBetweenness<>(GraphFixtures.ring(4)).getScores().values())
			.allSatisfy(score -> assertThat(score).isCloseTo(0.5, within(EPSILON)));
	}

	@Test
	void brokerBetweenTwoCliquesCarriesEveryCrossPair() {
		ActorNode broker = GraphFixtures.actor("broker", "NETWORK", "TA");
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.twoCliquesJoinedBy(broker, 5);
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);

		// 5 x 5 pairs across the cliques, each with one shortest path a - broker - b
		assertThat(betweenness.getVertexScore(broker)).isCloseTo(25.0, within(EPSILON));
		assertThat(betweenness.getVertexScore(vertex(graph, "a0"))).isCloseTo(0.0, within(EPSILON));
	}

	// --- published example ---

	@Test
	void medicisLieOnHalfTheShortestPathsOfFlorence() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.florentineFamilies();
		graph.removeVertex(vertex(graph, "Pucci")); // the 15 families NetworkX's graph holds
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);
		Map<ActorNode, Double> normalized = betweenness.getNormalizedScores();

		// NetworkX betweenness_centrality(florentine_families_graph()), normalised by 2 / (14 x 13) = 1/91
		assertThat(normalized.get(vertex(graph, "Medici"))).isCloseTo(0.521978, within(1e-6)); // 47.5 / 91
		assertThat(normalized.get(vertex(graph, "Guadagni"))).isCloseTo(0.254579, within(1e-6)); // 23 1/6 / 91
		assertThat(normalized.get(vertex(graph, "Albizzi"))).isCloseTo(0.212454, within(1e-6)); // 19 1/3 / 91
		assertThat(normalized.get(vertex(graph, "Strozzi"))).isCloseTo(0.102564, within(1e-6)); // 9 1/3 / 91
		// Salviati is Pazzi's only tie: the 13 pairs (Pazzi, other family but Salviati) go through it,
		// and no other pair does (Medici reaches Pazzi only through Salviati, but Medici is an end)
		assertThat(betweenness.getVertexScore(vertex(graph, "Salviati"))).isCloseTo(13.0, within(EPSILON));
		assertThat(normalized.get(vertex(graph, "Salviati"))).isCloseTo(13.0 / 91, within(EPSILON));
		// leaves broker nothing
		assertThat(normalized.get(vertex(graph, "Pazzi"))).isCloseTo(0.0, within(EPSILON));
		assertThat(normalized).allSatisfy((family, score) -> assertThat(score)
			.isLessThanOrEqualTo(normalized.get(vertex(graph, "Medici"))));
	}

	@Test
	void isolatedPucciKeepsRawScoresAndWidensTheNormalisation() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.florentineFamilies();
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> betweenness = new BrandesBetweenness<>(graph);

		assertThat(betweenness.getVertexScore(vertex(graph, "Medici"))).isCloseTo(47.5, within(EPSILON));
		assertThat(betweenness.getVertexScore(vertex(graph, "Pucci"))).isZero();
		// 16 vertices: 2 / (15 x 14) = 1/105
		assertThat(betweenness.getNormalizedVertexScore(vertex(graph, "Medici"))).isCloseTo(47.5 / 105,
				within(EPSILON));
	}

	// --- cross-checks ---

	@ParameterizedTest
	@CsvSource({ "30, 20, 1", "50, 40, 2", "60, 150, 3", "100, 300, 4", "200, 800, 5", "300, 3000, 6" })
	void equalsJGraphTOnRandomGraphs(int n, int m, long seed) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(n, m, 3, seed);
		// JGraphT runs Dijkstra on weighted graphs: compare on the unweighted view
		Map<ActorNode, Double> expected = new BetweennessCentrality<>(new AsUnweightedGraph<>(graph)).getScores();
		Map<ActorNode, Double> actual = new BrandesBetweenness<>(graph).getScores();

		assertThat(actual).hasSameSizeAs(expected);
		expected.forEach((v, score) -> assertThat(actual.get(v)).as("%s", v)
			.isCloseTo(score, within(EPSILON * Math.max(1, score))));
	}

	@Test
	void doesNotDependOnTheNumberOfThreads() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(400, 1200, 7);
		Map<ActorNode, Double> sequential = new BrandesBetweenness<>(graph, 1).getScores();
		Map<ActorNode, Double> parallel = new BrandesBetweenness<>(graph, 4).getScores();

		sequential.forEach((v, score) -> assertThat(parallel.get(v)).isCloseTo(score,
				within(EPSILON * Math.max(1, score))));
	}

	@Test
	void largeGraphsInAnyVertexOrderKeepTheirScores() {
		// 1,000 disjoint paths of 5 (5,000 vertices: the kernel relabels them), vertices added in
		// shuffled order; on each path v0 - v1 - v2 - v3 - v4 the scores are i (4 - i): 0, 3, 4, 3, 0
		List<ActorNode> vertices = new ArrayList<>();
		for (int path = 0; path < 1000; path++) {
			for (int i = 0; i < 5; i++) {
				vertices.add(GraphFixtures.actor("p" + path + "v" + i));
			}
		}
		List<ActorNode> shuffled = new ArrayList<>(vertices);
		Collections.shuffle(shuffled, new Random(61));
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		shuffled.forEach(graph::addVertex);
		for (int path = 0; path < 1000; path++) {
			for (int i = 1; i < 5; i++) {
				GraphFixtures.tie(graph, vertices.get(5 * path + i - 1), vertices.get(5 * path + i), 1);
			}
		}
		Map<ActorNode, Double> scores = new BrandesBetweenness<>(graph).getScores();

		for (int k = 0; k < vertices.size(); k++) {
			int i = k % 5;
			assertThat(scores.get(vertices.get(k))).isCloseTo(i * (4.0 - i), within(EPSILON));
		}
	}

	@Test
	void largeStarCentreLiesOnEveryPairOfLeaves() {
		int n = 4_500;
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.star(n);

		assertThat(new BrandesBetweenness<>(graph).getVertexScore(vertex(graph, "v0")))
			.isCloseTo((n - 1.0) * (n - 2) / 2, within(EPSILON * n * n));
	}

	@Test
	void readsDirectedGraphsAsUndirected() {
		Graph<String, DefaultEdge> directed = new DirectedPseudograph<>(DefaultEdge.class);
		for (String v : new String[] { "a", "b", "c" }) {
			directed.addVertex(v);
		}
		directed.addEdge("a", "b");
		directed.addEdge("c", "b"); // against the flow: still a tie
		directed.addEdge("b", "a"); // opposite arc: the same tie
		directed.addEdge("a", "a"); // self-loop: ignored

		assertThat(new BrandesBetweenness<>(directed).getScores()).containsEntry("b", 1.0)
			.containsEntry("a", 0.0)
			.containsEntry("c", 0.0);
	}
}
