package org.alliancegraph.report;

import java.util.List;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.catalyst.BrokerageCounts;
import org.alliancegraph.analysis.catalyst.CatalystPercentiles;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.Component;
import org.alliancegraph.analysis.gap.Fragmentation;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkLayoutTests {

	@Test
	void shouldDrawNothingForAnEmptyNetwork() {
		DiagnosticReport.NetworkPicture picture = NetworkLayout.picture(new SimpleWeightedGraph<>(
				DefaultWeightedEdge.class), List.of(), List.of());

		assertThat(picture.nodes()).isEmpty();
		assertThat(picture.edges()).isEmpty();
		assertThat(picture.selection()).isEqualTo("ALL_LINKED");
	}

	@Test
	void shouldDrawEveryLinkedActorInsideTheAreaAndLeaveIsolatedOnesOut() {
		Graph<ActorNode, DefaultWeightedEdge> graph = star(12);
		graph.addVertex(ActorNode.of("zz-alone", "MEDIA", "T"));

		DiagnosticReport.NetworkPicture picture = picture(graph, "hub");

		assertThat(picture.selection()).isEqualTo("ALL_LINKED");
		assertThat(picture.totalActors()).isEqualTo(14);
		assertThat(picture.nodes()).hasSize(13).noneMatch(n -> n.id().equals("zz-alone"));
		assertThat(picture.edges()).hasSize(12);
		for (DiagnosticReport.Node node : picture.nodes()) {
			assertThat(node.x()).isBetween(0.0, NetworkLayout.WIDTH);
			assertThat(node.y()).isBetween(0.0, NetworkLayout.HEIGHT);
		}
		assertThat(picture.nodes()).filteredOn(n -> n.id().equals("hub")).singleElement()
			.satisfies(hub -> assertThat(hub.catalystRank()).isEqualTo(1));
	}

	@Test
	void shouldGiveTheSamePictureForTheSameNetwork() {
		assertThat(picture(star(30), "hub")).isEqualTo(picture(star(30), "hub"));
	}

	@Test
	void shouldFallBackToTheCatalystsNeighbourhoodsBeyondTheCap() {
		// one star far larger than the cap: neither all actors nor the largest component fit
		DiagnosticReport.NetworkPicture picture = picture(star(NetworkLayout.MAX_NODES + 50), "hub");

		assertThat(picture.selection()).isEqualTo("CATALYST_NEIGHBOURHOODS");
		assertThat(picture.nodes()).hasSize(NetworkLayout.MAX_NODES);
	}

	@Test
	void shouldDrawTheLargestComponentWhenItFits() {
		Graph<ActorNode, DefaultWeightedEdge> graph = star(100);
		for (int i = 0; i < NetworkLayout.MAX_NODES; i += 2) {
			ActorNode a = ActorNode.of(String.format("p%04d", i), "COMPANY", "U");
			ActorNode b = ActorNode.of(String.format("p%04d", i + 1), "COMPANY", "U");
			graph.addVertex(a);
			graph.addVertex(b);
			graph.addEdge(a, b);
		}

		DiagnosticReport.NetworkPicture picture = picture(graph, "hub");

		assertThat(picture.selection()).isEqualTo("LARGEST_COMPONENT");
		assertThat(picture.nodes()).hasSize(101);
	}

	private static DiagnosticReport.NetworkPicture picture(Graph<ActorNode, DefaultWeightedEdge> graph,
			String catalyst) {
		List<Component> components = new Fragmentation<>(graph).components();
		CatalystResult first = new CatalystResult(catalyst, catalyst, "NETWORK", 1, 1, 0, 0, null, null,
				BrokerageCounts.NONE, 0, 1, "", List.of(), new CatalystPercentiles(1, 1, 1, 1, 1, 1));
		return NetworkLayout.picture(graph, List.of(first), components);
	}

	/** A hub tied to {@code n} leaves of alternating sectors. */
	private static Graph<ActorNode, DefaultWeightedEdge> star(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		ActorNode hub = ActorNode.of("hub", "NETWORK", "T");
		graph.addVertex(hub);
		for (int i = 0; i < n; i++) {
			ActorNode leaf = ActorNode.of(String.format("leaf%04d", i), i % 2 == 0 ? "ASSOCIATION" : "COMPANY", "T");
			graph.addVertex(leaf);
			graph.setEdgeWeight(graph.addEdge(hub, leaf), 1 + i % 3);
		}
		return graph;
	}
}
