package org.alliancegraph.analysis.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class LabelPropagationTests {

	@Test
	void shouldFindTheLibrarysClustersOnRandomGraphs() {
		// groups of 40 vertices, mostly tied inside: ties of equal counts are frequent, isolated vertices too
		for (long seed = 1; seed <= 12; seed++) {
			Random random = new Random(seed);
			int n = 300 + random.nextInt(1500);
			Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
			for (int v = 0; v < n; v++) {
				graph.addVertex(v);
			}
			for (int e = 0; e < 2 * n; e++) {
				int a = random.nextInt(n);
				int b = random.nextDouble() < 0.8 ? Math.min(n - 1, a / 40 * 40 + random.nextInt(40)) : random.nextInt(n);
				if (a != b) {
					graph.addEdge(a, b);
				}
			}
			for (int rounds : new int[] { 0, 3, 100 }) {
				List<Set<Integer>> expected = new LabelPropagationClustering<>(graph, rounds, new Random(seed))
					.getClustering()
					.getClusters();

				List<Set<Integer>> actual = new LabelPropagation<>(graph, rounds, new Random(seed)).clusters();

				assertThat(new HashSet<>(actual)).as("seed %d, %d rounds", seed, rounds)
					.isEqualTo(new HashSet<>(expected));
			}
		}
	}

	@Test
	void shouldLeaveAnEdgelessGraphInSingletons() {
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		graph.addVertex(0);
		graph.addVertex(1);

		assertThat(new LabelPropagation<>(graph, 100, new Random(1)).clusters()).containsExactly(Set.of(0), Set.of(1));
	}
}
