package org.alliancegraph.analysis.articulation;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.alliancegraph.analysis.GraphFixtures.vertex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class ArticulationAnalysisTests {

	@Test
	void shouldRejectNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> new ArticulationAnalysis<DefaultWeightedEdge>(null));
	}

	@Test
	void shouldFindNothingInEmptyGraph() {
		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(GraphFixtures.empty());

		assertThat(analysis.articulationPoints()).isEmpty();
		assertThat(analysis.bridges()).isEmpty();
		assertThat(analysis.componentCount()).isZero();
		assertThat(analysis.report(true)).isEqualTo(new ArticulationReport(List.of(), List.of(), List.of()));
	}

	@Test
	void shouldFindNothingInSingleton() {
		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(GraphFixtures.isolated(1));

		assertThat(analysis.articulationPoints()).isEmpty();
		assertThat(analysis.bridges()).isEmpty();
		assertThat(analysis.componentCount()).isEqualTo(1);
	}

	@Test
	void shouldSeeK2AsOneBridgeWithoutArticulationPoint() {
		// equal sides: the cut-off side is the one without the smallest id, b's
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("b", "ASSOCIATION", "TB"), actor("a", "COMPANY", "TA"), 1);

		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph);

		assertThat(analysis.articulationPoints()).isEmpty();
		assertThat(analysis.bridges()).containsExactly(new Bridge("a", "b", List.of("TB")));
	}

	@Test
	void shouldCountComponentsOfTheWholeDisconnectedGraph() {
		// path v0 - v1 - v2, plus the separate tie v3 - v4 and the isolated v5: 3 components
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.path(3);
		tie(graph, actor("v3"), actor("v4"), 1);
		graph.addVertex(actor("v5"));

		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph);

		assertThat(analysis.componentCount()).isEqualTo(3);
		assertThat(analysis.articulationPoints())
			.containsExactly(new ArticulationPoint("v1", "v1", List.of(GraphFixtures.TERRITORY), 4));
		assertThat(analysis.bridges()).extracting(bridge -> bridge.source() + "-" + bridge.target())
			.containsExactly("v0-v1", "v1-v2", "v3-v4");
		assertRemovalIncreasesComponents(graph, analysis);
	}

	@Test
	void shouldFindNoArticulationInRingOrCompleteGraph() {
		for (Graph<ActorNode, DefaultWeightedEdge> graph : List.of(GraphFixtures.ring(6), GraphFixtures.complete(5))) {
			ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph);

			assertThat(analysis.articulationPoints()).isEmpty();
			assertThat(analysis.bridges()).isEmpty();
		}
	}

	@Test
	void shouldFindStarCentreCuttingOffAllButTheSmallestLeaf() {
		// star v0..v4: removing v0 leaves 4 single leaves; the main piece is v1's (smallest id)
		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(GraphFixtures.star(5));

		assertThat(analysis.articulationPoints())
			.containsExactly(new ArticulationPoint("v0", "v0", List.of(GraphFixtures.TERRITORY), 4));
		assertThat(analysis.bridges()).hasSize(4);
	}

	@Test
	void shouldFindPadgettFlorentineArticulationPointsAndBridges() {
		// NetworkX edge list; Pucci is isolated, so the graph has 2 components.
		// Medici cuts off Acciaiuoli and {Salviati, Pazzi}: 3 pieces, 2 - 1 + 3 = 4 components;
		// Albizzi cuts off Ginori, Guadagni Lamberteschi, Salviati Pazzi: 2 pieces, 3 components.
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.florentineFamilies();

		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph);

		assertThat(analysis.componentCount()).isEqualTo(2);
		assertThat(analysis.articulationPoints()).containsExactly(
				new ArticulationPoint("Medici", "Medici", List.of("FIRENZE"), 4),
				new ArticulationPoint("Albizzi", "Albizzi", List.of("FIRENZE"), 3),
				new ArticulationPoint("Guadagni", "Guadagni", List.of("FIRENZE"), 3),
				new ArticulationPoint("Salviati", "Salviati", List.of("FIRENZE"), 3));
		assertThat(analysis.bridges()).extracting(bridge -> bridge.source() + "-" + bridge.target())
			.containsExactly("Medici-Salviati", "Acciaiuoli-Medici", "Albizzi-Ginori", "Guadagni-Lamberteschi",
					"Pazzi-Salviati");
		assertRemovalIncreasesComponents(graph, analysis);
		assertSameAsBiconnectivityInspector(graph, analysis);
	}

	@Test
	void shouldNameTheTerritoriesCutOffByABroker() {
		// hub h (T1) in a triangle h-m1-m2 of T1, with two pendant groups:
		// h - p1 - p2 (p1 in T2, p2 in T3) and h - q1 (T4).
		// Without h: pieces {m1, m2} (main, 2 actors, smallest id m1 < p1), {p1, p2}, {q1}.
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode h = actor("h", "ASSOCIATION", "T1");
		ActorNode m1 = actor("m1", "ASSOCIATION", "T1");
		ActorNode m2 = actor("m2", "COMPANY", "T1");
		ActorNode p1 = actor("p1", "COMPANY", "T2");
		ActorNode p2 = actor("p2", "COMPANY", "T3");
		ActorNode q1 = actor("q1", "STATE", "T4");
		tie(graph, h, m1, 1);
		tie(graph, h, m2, 1);
		tie(graph, m1, m2, 1);
		tie(graph, h, p1, 1);
		tie(graph, p1, p2, 1);
		tie(graph, h, q1, 1);

		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph);

		assertThat(analysis.articulationPoints()).containsExactly(
				new ArticulationPoint("h", "h", List.of("T2", "T3", "T4"), 3),
				new ArticulationPoint("p1", "p1", List.of("T3"), 2));
		// h-p1 cuts off {p1, p2}; h-q1 and p1-p2 one actor each
		assertThat(analysis.bridges()).containsExactly(new Bridge("h", "p1", List.of("T2", "T3")),
				new Bridge("h", "q1", List.of("T4")), new Bridge("p1", "p2", List.of("T3")));
		assertRemovalIncreasesComponents(graph, analysis);
	}

	@Test
	void shouldCutOffTheRestOfTheComponentWhenASubtreeIsLarger() {
		// the DFS starts at a0 (smallest id), a pendant of the big clique side:
		// a0 - x, x tied to every member of the 4-clique k0..k3 (T2)
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a0 = actor("a0", "ASSOCIATION", "T1");
		ActorNode x = actor("x", "ASSOCIATION", "TX");
		tie(graph, a0, x, 1);
		List<ActorNode> clique = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			clique.add(actor("k" + i, "COMPANY", "T2"));
		}
		for (int i = 0; i < 4; i++) {
			tie(graph, x, clique.get(i), 1);
			for (int j = i + 1; j < 4; j++) {
				tie(graph, clique.get(i), clique.get(j), 1);
			}
		}

		ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph);

		assertThat(analysis.articulationPoints()).containsExactly(new ArticulationPoint("x", "x", List.of("T1"), 2));
		assertThat(analysis.bridges()).containsExactly(new Bridge("a0", "x", List.of("T1")));
	}

	@Test
	void shouldMatchBruteForceOnRandomGraphs() {
		for (long seed = 1; seed <= 40; seed++) {
			int n = 8 + (int) (seed % 13);
			Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(n, n + (int) (seed % 7), seed);

			ArticulationAnalysis<DefaultWeightedEdge> analysis = new ArticulationAnalysis<>(graph);

			assertSameAsBiconnectivityInspector(graph, analysis);
			assertRemovalIncreasesComponents(graph, analysis);
			for (ArticulationPoint point : analysis.articulationPoints()) {
				assertThat(point.separates()).as("seed %d, %s", seed, point.id())
					.isEqualTo(bruteForceSeparates(graph, vertex(graph, point.id())));
			}
			assertThat(analysis.componentCount())
				.isEqualTo(new ConnectivityInspector<>(graph).connectedSets().size());
		}
	}

	@Test
	void shouldNotOverflowTheStackOnDeepGraphs() {
		// a ring of 50,000 actors: a DFS 50,000 deep, no articulation point; a path: all inner ones
		ArticulationAnalysis<DefaultWeightedEdge> ring = new ArticulationAnalysis<>(GraphFixtures.ring(50_000));
		ArticulationAnalysis<DefaultWeightedEdge> path = new ArticulationAnalysis<>(GraphFixtures.path(20_000));

		assertThat(ring.articulationPoints()).isEmpty();
		assertThat(path.articulationPoints()).hasSize(19_998);
		assertThat(path.bridges()).hasSize(19_999);
	}

	@Test
	void shouldBuildDeterministicReport() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(60, 80, 7);

		ArticulationReport first = new ArticulationAnalysis<>(graph).report(true);
		ArticulationReport second = new ArticulationAnalysis<>(GraphFixtures.random(60, 80, 7)).report(true);

		assertThat(first).isEqualTo(second);
		assertThat(first.territoryLinks()).allSatisfy(link -> {
			assertThat(link.vertexConnectivity()).isNotNull().isPositive();
			assertThat(link.weight()).isGreaterThanOrEqualTo(1.0);
		});
	}

	@Test
	void shouldNameRecordComponentsAsTheApi() {
		assertThat(ArticulationReport.class.getRecordComponents()).extracting("name")
			.containsExactly("articulationPoints", "bridges", "territoryLinks");
		assertThat(ArticulationPoint.class.getRecordComponents()).extracting("name")
			.containsExactly("id", "name", "separates", "componentsWithout");
		assertThat(Bridge.class.getRecordComponents()).extracting("name")
			.containsExactly("source", "target", "separates");
		assertThat(TerritoryLink.class.getRecordComponents()).extracting("name")
			.containsExactly("a", "b", "weight", "carriers", "vertexConnectivity");
	}

	private static void assertRemovalIncreasesComponents(Graph<ActorNode, DefaultWeightedEdge> graph,
			ArticulationAnalysis<DefaultWeightedEdge> analysis) {
		int before = new ConnectivityInspector<>(graph).connectedSets().size();
		for (ArticulationPoint point : analysis.articulationPoints()) {
			Graph<ActorNode, DefaultWeightedEdge> copy = copyOf(graph);
			copy.removeVertex(vertex(graph, point.id()));
			int after = new ConnectivityInspector<>(copy).connectedSets().size();
			assertThat(point.componentsWithout()).as(point.id()).isEqualTo(after).isGreaterThan(before);
		}
	}

	private static void assertSameAsBiconnectivityInspector(Graph<ActorNode, DefaultWeightedEdge> graph,
			ArticulationAnalysis<DefaultWeightedEdge> analysis) {
		BiconnectivityInspector<ActorNode, DefaultWeightedEdge> inspector = new BiconnectivityInspector<>(graph);
		assertThat(analysis.articulationPoints()).extracting(ArticulationPoint::id)
			.containsExactlyInAnyOrderElementsOf(inspector.getCutpoints().stream().map(ActorNode::id).toList());
		assertThat(analysis.bridges()).extracting(bridge -> bridge.source() + "-" + bridge.target())
			.containsExactlyInAnyOrderElementsOf(inspector.getBridges().stream().map(edge -> {
				String a = graph.getEdgeSource(edge).id();
				String b = graph.getEdgeTarget(edge).id();
				return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
			}).toList());
	}

	/** The territories of the pieces other than the main one, by removing v from a copy. */
	private static List<String> bruteForceSeparates(Graph<ActorNode, DefaultWeightedEdge> graph, ActorNode v) {
		Set<ActorNode> component = new ConnectivityInspector<>(graph).connectedSetOf(v);
		Graph<ActorNode, DefaultWeightedEdge> copy = copyOf(graph);
		copy.removeVertex(v);
		List<Set<ActorNode>> pieces = new ArrayList<>(new ConnectivityInspector<>(copy).connectedSets()
			.stream()
			.filter(component::containsAll)
			.toList());
		Comparator<Set<ActorNode>> mainFirst = Comparator.comparingInt((Set<ActorNode> piece) -> piece.size())
			.reversed()
			.thenComparing(piece -> piece.stream().map(ActorNode::id).min(String::compareTo).orElseThrow());
		pieces.sort(mainFirst);
		return pieces.stream()
			.skip(1)
			.flatMap(Set::stream)
			.map(ActorNode::territory)
			.collect(Collectors.toCollection(TreeSet::new))
			.stream()
			.toList();
	}

	private static Graph<ActorNode, DefaultWeightedEdge> copyOf(Graph<ActorNode, DefaultWeightedEdge> graph) {
		Graph<ActorNode, DefaultWeightedEdge> copy = GraphFixtures.empty();
		Graphs.addGraph(copy, graph);
		return copy;
	}
}
