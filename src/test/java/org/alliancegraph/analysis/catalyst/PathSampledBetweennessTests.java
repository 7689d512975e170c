package org.alliancegraph.analysis.catalyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class PathSampledBetweennessTests {

	/** Seeds of the repeated trials: 0 .. TRIALS - 1, fixed so that the trials cannot flake. */
	private static final int TRIALS = 100;

	@Test
	void rejectsInvalidArguments() {
		Graph<ActorNode, DefaultWeightedEdge> path = GraphFixtures.path(3);
		assertThatNullPointerException().isThrownBy(() -> new PathSampledBetweenness<>(null, 0.1, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new PathSampledBetweenness<>(path, 0, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new PathSampledBetweenness<>(path, 1, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new PathSampledBetweenness<>(path, Double.NaN, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new PathSampledBetweenness<>(path, 0.1, 0, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new PathSampledBetweenness<>(path, 0.1, 1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new PathSampledBetweenness<>(path, 0.1, 0.1, -1, 1L, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new PathSampledBetweenness<>(path, 0.1, 0.1, 0, 1L, 0));
	}

	@Test
	void graphsWithoutInternalVerticesNeedNoSample() {
		for (Graph<ActorNode, DefaultWeightedEdge> graph : java.util.List.of(GraphFixtures.empty(),
				GraphFixtures.path(2), GraphFixtures.isolated(10))) {
			PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(graph, 0.1,
					0.1, 1L);

			assertThat(sampled.getSampleCount()).isZero();
			assertThat(sampled.getScores().values()).allSatisfy(score -> assertThat(score).isZero());
		}
	}

	// --- the sample bound ---

	@Test
	void riondatoKornaropoulosCountComputedByHand() {
		// (0.5 / 0.08^2) (floor(log2(17 - 2)) + 1 + ln(1 / 0.05)) = 78.125 (3 + 1 + 2.99573) = 546.54
		assertThat(PathSampledBetweenness.riondatoKornaropoulos(0.08, 0.05, 17)).isEqualTo(547);
		// floor(log2(16 - 2)) is 3 as well, floor(log2(18 - 2)) is 4
		assertThat(PathSampledBetweenness.riondatoKornaropoulos(0.08, 0.05, 16)).isEqualTo(547);
		assertThat(PathSampledBetweenness.riondatoKornaropoulos(0.08, 0.05, 18)).isEqualTo(625);
		// VD = 3 (stars): log2(1) = 0; (0.5 / 0.01) (0 + 1 + ln 10) = 50 * 3.302585 = 165.13
		assertThat(PathSampledBetweenness.riondatoKornaropoulos(0.1, 0.1, 3)).isEqualTo(166);
		assertThat(PathSampledBetweenness.riondatoKornaropoulos(0.1, 0.1, 2)).isZero();
	}

	@Test
	void checkpointsHalveDeltaAndAtLeastDouble() {
		// omega(0.08, 0.05) = 547; omega(0.08, 0.025) = ceil(78.125 (4 + 3.68888)) = 601 < 2 * 547;
		// omega(0.08, 0.0125) = 655 < 2 * 1094
		assertThat(PathSampledBetweenness.checkpoints(0.08, 0.1, 17, 3)).containsExactly(547, 1094, 2188);
		// halving delta adds only ln 2 to the bracket, so from the first checkpoint on the count doubles
		long[] many = PathSampledBetweenness.checkpoints(0.01, 0.5, 3, 5);
		for (int j = 1; j < many.length; j++) {
			assertThat(many[j]).isEqualTo(2 * many[j - 1]);
		}
	}

	@Test
	void sampleCountOfAPathFollowsTheBound() {
		// path of 10: the highest-degree vertex of lowest index is v1 (degree 2), eccentricity 8, so
		// VD <= 17; epsilon 0.1 on the normalised scale is 0.1 * 8 / 10 = 0.08 on the sampled shares;
		// delta / 2 at the first checkpoint: 547 samples, where sampling stops without top-k refinement
		PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(
				GraphFixtures.path(10), 0.1, 0.1, 0, 7L, 1);

		assertThat(sampled.getVertexDiameterBound()).isEqualTo(17);
		assertThat(sampled.getSampleCount()).isEqualTo(547);
		assertThat(sampled.getEpsilon()).isEqualTo(0.1);
		assertThat(sampled.getDelta()).isEqualTo(0.1);
	}

	@Test
	void vertexDiameterBoundCoversEveryComponent() {
		// a star of 5 (VD 3) beside a path of 7 (VD 7): the root of the path is v1 of the path,
		// eccentricity 5, bound 11
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.star(5);
		ActorNode previous = null;
		for (int i = 0; i < 7; i++) {
			ActorNode actor = GraphFixtures.actor("p" + i);
			graph.addVertex(actor);
			if (previous != null) {
				GraphFixtures.tie(graph, previous, actor, 1);
			}
			previous = actor;
		}

		assertThat(PathSampledBetweenness.vertexDiameterBound(IndexedGraph.of(graph))).isEqualTo(11);
		assertThat(PathSampledBetweenness.vertexDiameterBound(IndexedGraph.of(GraphFixtures.star(9)))).isEqualTo(3);
		assertThat(PathSampledBetweenness.vertexDiameterBound(IndexedGraph.of(GraphFixtures.complete(6)))).isEqualTo(3);
	}

	@Test
	void vertexDiameterBoundIsAnUpperBound() {
		for (long seed = 1; seed <= 5; seed++) {
			IndexedGraph<ActorNode> graph = IndexedGraph.of(GraphFixtures.random(120, 180, seed));
			int diameter = diameter(graph);

			assertThat(PathSampledBetweenness.vertexDiameterBound(graph)).isBetween(diameter + 1, 2 * diameter + 1);
		}
	}

	// --- the guarantee, over many seeds ---

	@Test
	void pathEstimateWithinEpsilonAtLeastOneMinusDeltaOfTheTime() {
		// exact normalised betweenness of v_i on a path of n: 2 i (n - 1 - i) / ((n - 1)(n - 2))
		int n = 30;
		double[] exact = new double[n];
		for (int i = 0; i < n; i++) {
			exact[i] = 2.0 * i * (n - 1 - i) / ((n - 1.0) * (n - 2.0));
		}
		assertWithinEpsilon(GraphFixtures.path(n), exact, 0.05, 0.1);
	}

	@Test
	void starEstimateWithinEpsilonAtLeastOneMinusDeltaOfTheTime() {
		int n = 40;
		double[] exact = new double[n];
		exact[0] = 1.0;
		assertWithinEpsilon(GraphFixtures.star(n), exact, 0.03, 0.05);
	}

	@Test
	void randomGraphEstimateWithinEpsilonAtLeastOneMinusDeltaOfTheTime() {
		// many shortest paths of equal length, several components: the exact reference is Brandes
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(200, 500, 14);
		assertWithinEpsilon(graph, normalizedExact(graph), 0.04, 0.1);
	}

	@Test
	void estimateIsUnbiased() {
		// the mean over seeds converges to the exact value: a path drawn non-uniformly among the shortest
		// ones, or a wrong scale, would leave a bias larger than the tolerance (the mean of 100 runs has a
		// tenth of a single run's deviation)
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(200, 500, 14);
		double[] exact = normalizedExact(graph);
		double[] mean = new double[exact.length];
		double singleRunError = 0;
		for (int seed = 0; seed < TRIALS; seed++) {
			double[] estimate = normalized(new PathSampledBetweenness<>(graph, 0.04, 0.1, 0, seed, 2));
			singleRunError = Math.max(singleRunError, maxError(estimate, exact));
			for (int v = 0; v < mean.length; v++) {
				mean[v] += estimate[v] / TRIALS;
			}
		}

		assertThat(singleRunError).isGreaterThan(0.005);
		assertThat(maxError(mean, exact)).isLessThan(singleRunError / 4);
		assertThat(maxError(mean, exact)).isLessThan(0.004);
	}

	@Test
	void gridEstimateIsUnbiased() {
		// a grid has many shortest paths between most pairs, through different vertices: a path not drawn
		// uniformly among them (say, always the first predecessor) credits some vertices far more than
		// others of the same betweenness
		Graph<ActorNode, DefaultWeightedEdge> graph = grid(7);
		double[] exact = normalizedExact(graph);
		double[] mean = new double[exact.length];
		for (int seed = 0; seed < 50; seed++) {
			double[] estimate = normalized(new PathSampledBetweenness<>(graph, 0.03, 0.1, 0, seed, 2));
			for (int v = 0; v < mean.length; v++) {
				mean[v] += estimate[v] / 50;
			}
		}

		assertWithinEpsilon(graph, exact, 0.03, 0.1);
		assertThat(maxError(mean, exact)).isLessThan(0.004);
	}

	@Test
	void errorShrinksWithEpsilon() {
		// four times the samples halve the error: the mean largest error over 20 seeds at epsilon 0.02 is
		// well under that at 0.04
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(200, 500, 15);
		double[] exact = normalizedExact(graph);
		double coarse = 0;
		double fine = 0;
		for (int seed = 0; seed < 20; seed++) {
			coarse += maxError(normalized(new PathSampledBetweenness<>(graph, 0.04, 0.1, 0, seed, 2)), exact);
			fine += maxError(normalized(new PathSampledBetweenness<>(graph, 0.02, 0.1, 0, seed, 2)), exact);
		}

		assertThat(fine).isLessThan(0.7 * coarse);
	}

	@Test
	void twoShortestPathsShareTheCredit() {
		// ring of 4: each vertex lies on one of the two shortest paths between its two neighbours, raw 1/2,
		// normalised 1/2 * 2 / (3 * 2) = 1/6
		Graph<ActorNode, DefaultWeightedEdge> ring = GraphFixtures.ring(4);
		PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(ring, 0.01, 0.1, 0,
				3L, 1);

		sampled.getNormalizedScores()
			.values()
			.forEach(score -> assertThat(score).isCloseTo(1.0 / 6, within(0.01)));
		assertThat(sampled.getScores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(2.0,
				within(0.1));
	}

	// --- determinism ---

	@Test
	void sameSeedSameEstimateOnAnyNumberOfThreads() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(300, 900, 12);
		Map<ActorNode, Double> one = new PathSampledBetweenness<>(graph, 0.02, 0.1, 5, 99L, 1).getScores();

		assertThat(new PathSampledBetweenness<>(graph, 0.02, 0.1, 5, 99L, 1).getScores()).isEqualTo(one);
		assertThat(new PathSampledBetweenness<>(graph, 0.02, 0.1, 5, 99L, 2).getScores()).isEqualTo(one);
		assertThat(new PathSampledBetweenness<>(graph, 0.02, 0.1, 5, 99L, 3).getScores()).isEqualTo(one);
		assertThat(new PathSampledBetweenness<>(graph, 0.02, 0.1, 5, 98L, 2).getScores()).isNotEqualTo(one);
	}

	@Test
	void clearingTheStatesChangesNothing() {
		// the search states are cleared when the stamps run out (after 2^(31 - bits) samples, bits those of
		// the vertex-diameter bound): too costly to reach in a test, so the limit is lowered
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(300, 700, 16);
		Map<ActorNode, Double> usual = new PathSampledBetweenness<>(graph, 0.05, 0.1, 0, 5L, 2).getScores();

		for (int limit : new int[] { 2, 3, 100 }) {
			assertThat(new PathSampledBetweenness<>(IndexedGraph.of(graph), 0.05, 0.1, 0, 5L, 2).withStampLimit(limit)
				.getScores()).as("limit %d", limit).isEqualTo(usual);
		}
	}

	// --- the top-k refinement ---

	@Test
	void separatedTopStopsAtTheFirstCheckpoint() {
		// the broker between two cliques is on every path between them; nobody else is
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.twoCliquesJoinedBy(GraphFixtures.actor("broker"), 6);
		PathSampledBetweenness<ActorNode, DefaultWeightedEdge> top1 = new PathSampledBetweenness<>(graph, 0.05, 0.1, 1,
				1L, 2);
		PathSampledBetweenness<ActorNode, DefaultWeightedEdge> plain = new PathSampledBetweenness<>(graph, 0.05, 0.1, 0,
				1L, 2);

		assertThat(top1.isTopSeparated()).isTrue();
		assertThat(top1.getSampleCount()).isEqualTo(plain.getSampleCount());
		assertThat(top1.getScores()).isEqualTo(plain.getScores());
	}

	@Test
	void tiedTopSamplesUpToTheLastCheckpoint() {
		// on a ring every vertex has the same betweenness: no top 3 can be separated
		Graph<ActorNode, DefaultWeightedEdge> ring = GraphFixtures.ring(20);
		PathSampledBetweenness<ActorNode, DefaultWeightedEdge> top3 = new PathSampledBetweenness<>(ring, 0.05, 0.1, 3, 1L,
				2);
		long[] checkpoints = PathSampledBetweenness.checkpoints(0.05 * 18 / 20, 0.1, top3.getVertexDiameterBound(),
				PathSampledBetweenness.MAX_CHECKPOINTS);

		assertThat(top3.isTopSeparated()).isFalse();
		assertThat(top3.getSampleCount()).isEqualTo(checkpoints[checkpoints.length - 1]);
		assertThat(checkpoints[checkpoints.length - 1]).isGreaterThanOrEqualTo(4 * checkpoints[0]);
	}

	@Test
	void topKOfEveryVertexNeedsNoRefinement() {
		PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(
				GraphFixtures.path(10), 0.1, 0.1, 10, 7L, 1);

		assertThat(sampled.getSampleCount()).isEqualTo(547);
		assertThat(sampled.isTopSeparated()).isTrue();
	}

	// --- helpers ---

	/**
	 * Over {@value #TRIALS} seeds, the largest error on the normalised scale is within epsilon at least
	 * {@code 1 - delta} of the time; and the errors are not all zero (the check would be empty).
	 */
	private static void assertWithinEpsilon(Graph<ActorNode, DefaultWeightedEdge> graph, double[] exact,
			double epsilon, double delta) {
		int within = 0;
		double largest = 0;
		for (int seed = 0; seed < TRIALS; seed++) {
			double error = maxError(normalized(new PathSampledBetweenness<>(graph, epsilon, delta, 0, seed, 2)), exact);
			largest = Math.max(largest, error);
			if (error <= epsilon) {
				within++;
			}
		}

		assertThat(within).as("seeds within epsilon").isGreaterThanOrEqualTo((int) Math.ceil((1 - delta) * TRIALS));
		assertThat(largest).as("largest error").isPositive();
	}

	private static double[] normalizedExact(Graph<ActorNode, DefaultWeightedEdge> graph) {
		BrandesBetweenness<ActorNode, DefaultWeightedEdge> exact = new BrandesBetweenness<>(graph);
		return graph.vertexSet().stream().mapToDouble(exact::getNormalizedVertexScore).toArray();
	}

	private static double[] normalized(PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled) {
		Map<ActorNode, Double> scores = sampled.getNormalizedScores();
		return scores.values().stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static double maxError(double[] estimate, double[] exact) {
		double max = 0;
		for (int i = 0; i < exact.length; i++) {
			max = Math.max(max, Math.abs(estimate[i] - exact[i]));
		}
		return max;
	}

	/** The k x k grid, vertex {@code g(i,j)} tied to its right and lower neighbours. */
	private static Graph<ActorNode, DefaultWeightedEdge> grid(int k) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode[][] cell = new ActorNode[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				cell[i][j] = GraphFixtures.actor("g" + i + "," + j);
				graph.addVertex(cell[i][j]);
			}
		}
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				if (i + 1 < k) {
					GraphFixtures.tie(graph, cell[i][j], cell[i + 1][j], 1);
				}
				if (j + 1 < k) {
					GraphFixtures.tie(graph, cell[i][j], cell[i][j + 1], 1);
				}
			}
		}
		return graph;
	}

	/** The diameter of the largest eccentricity over all vertices, by one breadth-first search each. */
	private static int diameter(IndexedGraph<?> graph) {
		int n = graph.size();
		int diameter = 0;
		int[] dist = new int[n];
		int[] queue = new int[n];
		for (int s = 0; s < n; s++) {
			java.util.Arrays.fill(dist, -1);
			dist[s] = 0;
			int tail = 0;
			queue[tail++] = s;
			for (int head = 0; head < tail; head++) {
				int v = queue[head];
				diameter = Math.max(diameter, dist[v]);
				for (int p = graph.offsets[v]; p < graph.offsets[v + 1]; p++) {
					int w = graph.targets[p];
					if (dist[w] < 0) {
						dist[w] = dist[v] + 1;
						queue[tail++] = w;
					}
				}
			}
		}
		return diameter;
	}
}
