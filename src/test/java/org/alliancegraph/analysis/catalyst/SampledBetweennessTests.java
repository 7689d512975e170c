package org.alliancegraph.analysis.catalyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.Map;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampledBetweennessTests {

	private static final double EPSILON = 1e-9;

	@Test
	void rejectsNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> new SampledBetweenness<>(null, 10, 1L));
	}

	@Test
	void rejectsEmptySample() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SampledBetweenness<>(GraphFixtures.path(3), 0, 1L));
	}

	@Test
	void emptyGraphHasNoScore() {
		SampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new SampledBetweenness<>(GraphFixtures.empty(), 5,
				1L);

		assertThat(sampled.getScores()).isEmpty();
		assertThat(sampled.getSourceCount()).isZero();
	}

	@ParameterizedTest
	@ValueSource(ints = { 100, 101, 1000 })
	void sampleOfEveryVertexIsExact(int k) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(100, 250, 11);
		SampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new SampledBetweenness<>(graph, k, 5L);
		Map<ActorNode, Double> exact = new BrandesBetweenness<>(graph).getScores();

		assertThat(sampled.getSourceCount()).isEqualTo(100);
		exact.forEach((v, score) -> assertThat(sampled.getVertexScore(v)).isCloseTo(score,
				within(EPSILON * Math.max(1, score))));
	}

	@Test
	void sameSeedSameEstimate() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(300, 900, 12);

		assertThat(new SampledBetweenness<>(graph, 40, 99L).getScores())
			.isEqualTo(new SampledBetweenness<>(graph, 40, 99L).getScores());
	}

	@Test
	void sampleIsDistinctSortedIndices() {
		int[] sample = SampledBetweenness.sample(50, 20, 3L);

		assertThat(sample).hasSize(20).doesNotHaveDuplicates().isSorted();
		assertThat(sample[0]).isNotNegative();
		assertThat(sample[19]).isLessThan(50);
	}

	@Test
	void sampleKeepsTheTopVertexAndStaysClose() {
		// a quarter of the sources is enough to find the most central vertex of a random graph
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(400, 1600, 13);
		ActorNode top = maxOf(new BrandesBetweenness<>(graph).getNormalizedScores());
		Map<ActorNode, Double> exact = new BrandesBetweenness<>(graph).getNormalizedScores();
		SampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new SampledBetweenness<>(graph, 100, 2024L);
		Map<ActorNode, Double> estimate = sampled.getNormalizedScores();

		assertThat(maxOf(estimate)).isEqualTo(top);
		// loose bound: each normalised estimate within 0.02 of the exact value (Hoeffding with k = 100
		// only guarantees about 0.14 at 95 %; the deviations here are much smaller)
		exact.forEach((v, score) -> assertThat(estimate.get(v)).as("%s", v).isCloseTo(score, within(0.02)));
		// and the total mass (the sum of the scores) within 5 %
		double exactTotal = exact.values().stream().mapToDouble(Double::doubleValue).sum();
		double estimatedTotal = estimate.values().stream().mapToDouble(Double::doubleValue).sum();
		assertThat(estimatedTotal).isCloseTo(exactTotal, within(0.05 * exactTotal));
	}

	@Test
	void estimateIsUnbiasedOverSeeds() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(200, 500, 14);
		Map<ActorNode, Double> exact = new BrandesBetweenness<>(graph).getScores();
		ActorNode top = maxOf(exact);
		double sum = 0;
		int runs = 40;
		for (int seed = 0; seed < runs; seed++) {
			sum += new SampledBetweenness<>(graph, 20, seed).getVertexScore(top);
		}

		assertThat(sum / runs).isCloseTo(exact.get(top), within(0.05 * exact.get(top)));
	}

	private static ActorNode maxOf(Map<ActorNode, Double> scores) {
		return scores.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow().getKey();
	}
}
