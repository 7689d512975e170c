package org.alliancegraph.analysis.articulation;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.alliancegraph.analysis.GraphFixtures.vertex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class TerritoryLinksTests {

	private static final double EPSILON = 1e-9;

	@Test
	void shouldRejectNullGraphAndTerritories() {
		assertThatNullPointerException().isThrownBy(() -> new TerritoryLinks<DefaultWeightedEdge>(null));
		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(GraphFixtures.empty());
		assertThatNullPointerException().isThrownBy(() -> links.vertexCut(null, "TB"));
		assertThatNullPointerException().isThrownBy(() -> links.vertexCut("TA", null));
	}

	@Test
	void shouldRejectSameTerritoryTwice() {
		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(GraphFixtures.complete(3));

		assertThatIllegalArgumentException().isThrownBy(() -> links.vertexCut("T1", "T1"));
	}

	@Test
	void shouldHaveNoLinkInEmptyGraphOrSingleTerritory() {
		assertThat(new TerritoryLinks<>(GraphFixtures.empty()).links(true)).isEmpty();
		assertThat(new TerritoryLinks<>(GraphFixtures.empty()).vertexCut("TA", "TB"))
			.isEqualTo(new VertexCut("TA", "TB", 0, List.of()));
		assertThat(new TerritoryLinks<>(GraphFixtures.isolated(1)).links(true)).isEmpty();
		assertThat(new TerritoryLinks<>(GraphFixtures.complete(4)).links(true)).isEmpty();
	}

	@Test
	void shouldLinkK2AcrossTerritories() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("b", "COMPANY", "TB"), actor("a", "ASSOCIATION", "TA"), 2);

		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph);

		assertThat(links.links(false)).containsExactly(new TerritoryLink("TA", "TB", 2.0, List.of("a", "b"), null));
		assertThat(links.links(true)).containsExactly(new TerritoryLink("TA", "TB", 2.0, List.of("a", "b"), 1));
		// both actors are terminals; the cut closest to TA is {a}
		assertThat(links.vertexCut("TB", "TA")).isEqualTo(new VertexCut("TA", "TB", 1, List.of("a")));
	}

	@Test
	void shouldGiveZeroForDisconnectedOrUnknownTerritories() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("a", "ASSOCIATION", "TA"), actor("a2", "ASSOCIATION", "TA"), 1);
		tie(graph, actor("b", "ASSOCIATION", "TB"), actor("b2", "ASSOCIATION", "TB"), 1);

		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph);

		assertThat(links.links(true)).isEmpty();
		assertThat(links.vertexCut("TA", "TB")).isEqualTo(new VertexCut("TA", "TB", 0, List.of()));
		assertThat(links.vertexCut("TA", "TZ")).isEqualTo(new VertexCut("TA", "TZ", 0, List.of()));
		assertThat(links.link("TA", "TB")).isEqualTo(new TerritoryLink("TA", "TB", 0.0, List.of(), 0));
	}

	@Test
	void shouldSumWeightsAndListCarriers() {
		// TA = {a0, a1, a2}, TB = {b0, b1}, TC = {c0}: a0-b0 (2), a1-b0 (1), a2-a0 (5, inside TA), b1-c0 (1)
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a0 = actor("a0", "ASSOCIATION", "TA");
		ActorNode a1 = actor("a1", "ASSOCIATION", "TA");
		ActorNode a2 = actor("a2", "ASSOCIATION", "TA");
		ActorNode b0 = actor("b0", "COMPANY", "TB");
		ActorNode b1 = actor("b1", "COMPANY", "TB");
		ActorNode c0 = actor("c0", "STATE", "TC");
		tie(graph, a0, b0, 2);
		tie(graph, a1, b0, 1);
		tie(graph, a2, a0, 5);
		tie(graph, b1, c0, 1);

		List<TerritoryLink> links = new TerritoryLinks<>(graph).links(false);

		assertThat(links).containsExactly(new TerritoryLink("TA", "TB", 3.0, List.of("a0", "a1", "b0"), null),
				new TerritoryLink("TB", "TC", 1.0, List.of("b1", "c0"), null));
	}

	@Test
	void shouldFindTheTwoDisjointBrokers() {
		// cliques TA = {a0, a1, a2} and TB = {b0, b1, b2}; brokers x1 (a0, b0) and x2 (a1, b1) in TX:
		// k = 2, and {x1, x2} is the minimum cut without actors of TA or TB
		Graph<ActorNode, DefaultWeightedEdge> graph = twoCliques(3);
		ActorNode x1 = actor("x1", "STATE", "TX");
		ActorNode x2 = actor("x2", "STATE", "TX");
		tie(graph, x1, vertex(graph, "a0"), 1);
		tie(graph, x1, vertex(graph, "b0"), 1);
		tie(graph, x2, vertex(graph, "a1"), 1);
		tie(graph, x2, vertex(graph, "b1"), 1);

		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph);

		assertThat(links.vertexCut("TA", "TB")).isEqualTo(new VertexCut("TA", "TB", 2, List.of("x1", "x2")));
		assertThat(links.link("TA", "TB")).isEqualTo(new TerritoryLink("TA", "TB", 0.0, List.of(), 2));
		assertCutSeparates(graph, "TA", "TB", links.vertexCut("TA", "TB"));
	}

	@Test
	void shouldFindTheSingleBroker() {
		Graph<ActorNode, DefaultWeightedEdge> graph = twoCliques(3);
		ActorNode x = actor("x", "STATE", "TX");
		for (String id : List.of("a0", "a1", "a2", "b0", "b1", "b2")) {
			tie(graph, x, vertex(graph, id), 1);
		}

		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph);

		assertThat(links.vertexCut("TA", "TB")).isEqualTo(new VertexCut("TA", "TB", 1, List.of("x")));
		assertThat(links.vertexCut("TA", "TX")).isEqualTo(new VertexCut("TA", "TX", 1, List.of("x")));
		assertThat(links.links(true)).extracting(TerritoryLink::vertexConnectivity).containsExactly(1, 1);
	}

	@Test
	void shouldCountParallelRoutesBetweenAdjacentTerritories() {
		// TA = {a0, a1, a2}, TB = {b0, b1}: a0-b0, a1-b1, a2-b1: b1 is shared, so k = 2, all cuts being
		// made of terminal actors; the cut closest to TA is {a0, b1}
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a0 = actor("a0", "ASSOCIATION", "TA");
		ActorNode a1 = actor("a1", "ASSOCIATION", "TA");
		ActorNode a2 = actor("a2", "ASSOCIATION", "TA");
		ActorNode b0 = actor("b0", "COMPANY", "TB");
		ActorNode b1 = actor("b1", "COMPANY", "TB");
		tie(graph, a0, b0, 1);
		tie(graph, a1, b1, 1);
		tie(graph, a2, b1, 1);

		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph);

		assertThat(links.vertexCut("TA", "TB")).isEqualTo(new VertexCut("TA", "TB", 2, List.of("a0", "b1")));
		assertThat(links.links(true)).containsExactly(
				new TerritoryLink("TA", "TB", 3.0, List.of("a0", "a1", "a2", "b0", "b1"), 2));
	}

	@Test
	void shouldCountAllDisjointRoutesOfACompleteBipartiteLink() {
		// K(3,3) between TA and TB plus a broker route a0 - x - b0: still 3 (min(|TA|, |TB|))
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		for (int i = 0; i < 3; i++) {
			for (int j = 0; j < 3; j++) {
				tie(graph, addOrGet(graph, actor("a" + i, "ASSOCIATION", "TA")),
						addOrGet(graph, actor("b" + j, "COMPANY", "TB")), 1);
			}
		}
		ActorNode x = actor("x", "STATE", "TX");
		tie(graph, x, vertex(graph, "a0"), 1);
		tie(graph, x, vertex(graph, "b0"), 1);

		VertexCut cut = new TerritoryLinks<>(graph).vertexCut("TA", "TB");

		assertThat(cut.vertexConnectivity()).isEqualTo(3);
		assertThat(cut.actors()).hasSize(3);
		assertCutSeparates(graph, "TA", "TB", cut);
	}

	@Test
	void shouldMatchBruteForceConnectivityOnRandomGraphs() {
		for (long seed = 1; seed <= 12; seed++) {
			Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(10, 12 + (int) (seed % 6), seed);
			TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph);
			for (String a : List.of("T0", "T1", "T2")) {
				for (String b : List.of("T3", "T4")) {
					VertexCut cut = links.vertexCut(a, b);

					assertThat(cut.vertexConnectivity()).as("seed %d, %s-%s", seed, a, b)
						.isEqualTo(bruteForceConnectivity(graph, a, b));
					assertThat(cut.actors()).hasSize(cut.vertexConnectivity());
					assertCutSeparates(graph, a, b, cut);
				}
			}
		}
	}

	@Test
	void shouldBuildTheSplitNetworkOnceForManyPairs() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(200, 600, 3);
		TerritoryLinks<DefaultWeightedEdge> links = new TerritoryLinks<>(graph);

		List<TerritoryLink> all = links.links(true);

		assertThat(all).hasSize(10);
		assertThat(all).isSortedAccordingTo((x, y) -> Double.compare(y.weight(), x.weight()));
		for (TerritoryLink link : all) {
			assertThat(link.vertexConnectivity()).isEqualTo(links.vertexCut(link.b(), link.a()).vertexConnectivity());
			assertThat(link.weight()).isCloseTo(crossWeight(graph, link.a(), link.b()), within(EPSILON));
		}
	}

	private static Graph<ActorNode, DefaultWeightedEdge> twoCliques(int size) {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		for (String territory : List.of("A", "B")) {
			List<ActorNode> clique = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				clique.add(actor(territory.toLowerCase() + i, "ASSOCIATION", "T" + territory));
			}
			for (int i = 0; i < size; i++) {
				for (int j = i + 1; j < size; j++) {
					tie(graph, clique.get(i), clique.get(j), 1);
				}
			}
		}
		return graph;
	}

	private static ActorNode addOrGet(Graph<ActorNode, DefaultWeightedEdge> graph, ActorNode actor) {
		graph.addVertex(actor);
		return actor;
	}

	private static double crossWeight(Graph<ActorNode, DefaultWeightedEdge> graph, String a, String b) {
		return graph.edgeSet().stream().filter(edge -> {
			String s = graph.getEdgeSource(edge).territory();
			String t = graph.getEdgeTarget(edge).territory();
			return (s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a));
		}).mapToDouble(graph::getEdgeWeight).sum();
	}

	private static boolean connected(Graph<ActorNode, DefaultWeightedEdge> graph, String a, String b,
			Set<ActorNode> removed) {
		Graph<ActorNode, DefaultWeightedEdge> copy = GraphFixtures.empty();
		Graphs.addGraph(copy, graph);
		copy.removeAllVertices(removed);
		ConnectivityInspector<ActorNode, DefaultWeightedEdge> inspector = new ConnectivityInspector<>(copy);
		for (ActorNode u : copy.vertexSet()) {
			for (ActorNode v : copy.vertexSet()) {
				if (u.territory().equals(a) && v.territory().equals(b) && inspector.pathExists(u, v)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The smallest actor set whose removal separates a from b, by trying all subsets. */
	private static int bruteForceConnectivity(Graph<ActorNode, DefaultWeightedEdge> graph, String a, String b) {
		List<ActorNode> actors = new ArrayList<>(graph.vertexSet());
		int best = Integer.MAX_VALUE;
		for (int mask = 0; mask < (1 << actors.size()); mask++) {
			if (Integer.bitCount(mask) >= best) {
				continue;
			}
			Set<ActorNode> removed = new HashSet<>();
			for (int i = 0; i < actors.size(); i++) {
				if ((mask & (1 << i)) != 0) {
					removed.add(actors.get(i));
				}
			}
			if (!connected(graph, a, b, removed)) {
				best = Integer.bitCount(mask);
			}
		}
		return best;
	}

	private static void assertCutSeparates(Graph<ActorNode, DefaultWeightedEdge> graph, String a, String b,
			VertexCut cut) {
		Set<ActorNode> removed = new HashSet<>();
		cut.actors().forEach(id -> removed.add(vertex(graph, id)));
		assertThat(connected(graph, a, b, removed)).as("%s-%s without %s", a, b, cut.actors()).isFalse();
	}
}
