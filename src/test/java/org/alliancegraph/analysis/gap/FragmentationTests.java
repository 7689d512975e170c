package org.alliancegraph.analysis.gap;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class FragmentationTests {

	private static final double EPSILON = 1e-9;

	@Test
	void shouldRejectNull() {
		assertThatNullPointerException().isThrownBy(() -> new Fragmentation<DefaultWeightedEdge>(null));
	}

	@Test
	void shouldFindNothingInEmptyGraph() {
		Fragmentation<DefaultWeightedEdge> fragmentation = new Fragmentation<>(GraphFixtures.empty());

		assertThat(fragmentation.components()).isEmpty();
		assertThat(fragmentation.shareOutsideLargest()).isZero();
		assertThat(fragmentation.isolatedActors()).isEmpty();
	}

	@Test
	void shouldSeeASingletonAsIsolated() {
		Fragmentation<DefaultWeightedEdge> fragmentation = new Fragmentation<>(GraphFixtures.isolated(1));

		assertThat(fragmentation.components()).containsExactly(new Component(1, List.of("v0")));
		assertThat(fragmentation.shareOutsideLargest()).isZero();
		assertThat(fragmentation.isolatedActors()).containsExactly("v0");
	}

	@Test
	void shouldSeeK2AsOneComponent() {
		Fragmentation<DefaultWeightedEdge> fragmentation = new Fragmentation<>(GraphFixtures.complete(2));

		assertThat(fragmentation.components()).containsExactly(new Component(2, List.of("v0", "v1")));
		assertThat(fragmentation.isolatedActors()).isEmpty();
	}

	@Test
	void shouldListComponentsLargestFirstThenBySmallestId() {
		// triangle {c, d, e}, pairs {x, y} and {f, g}, isolated z and b: 7 + 2 = 9 actors
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("e"), actor("d"), 1);
		tie(graph, actor("d"), actor("c"), 1);
		tie(graph, actor("c"), actor("e"), 1);
		tie(graph, actor("y"), actor("x"), 1);
		tie(graph, actor("g"), actor("f"), 1);
		graph.addVertex(actor("z"));
		graph.addVertex(actor("b"));

		Fragmentation<DefaultWeightedEdge> fragmentation = new Fragmentation<>(graph);

		assertThat(fragmentation.components()).containsExactly(new Component(3, List.of("c", "d", "e")),
				new Component(2, List.of("f", "g")), new Component(2, List.of("x", "y")),
				new Component(1, List.of("b")), new Component(1, List.of("z")));
		// 6 of 9 actors outside the triangle
		assertThat(fragmentation.shareOutsideLargest()).isCloseTo(6.0 / 9.0, within(EPSILON));
		assertThat(fragmentation.isolatedActors()).containsExactly("b", "z");
	}
}
