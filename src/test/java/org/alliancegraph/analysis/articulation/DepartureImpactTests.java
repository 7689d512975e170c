package org.alliancegraph.analysis.articulation;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DepartureImpactTests {

	@Test
	void shouldRejectNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> new DepartureImpact<DefaultWeightedEdge>(null));
	}

	@Test
	void shouldAnswerNothingForTheEmptyGraph() {
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(GraphFixtures.empty());

		assertThat(impact.departures()).isEmpty();
		assertThat(impact.largestComponent()).isZero();
		assertThat(impact.sequence()).isEmpty();
		assertThat(impact.sequenceComplete()).isTrue();
	}

	@Test
	void shouldLeaveNothingBehindAnIsolatedActorAlone() {
		// one actor: it is the largest component (1); without it, no component at all and nobody cut off
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(GraphFixtures.isolated(1));

		assertThat(impact.departures()).containsExactly(departure("v0", 0, 0, 0));
		// 2 * 1 >= 1: it leaves, and the largest component is then empty
		assertThat(impact.sequence()).extracting(DepartureStep::largestComponent).containsExactly(0);
		assertThat(impact.sequenceComplete()).isTrue();
	}

	@Test
	void shouldCountAnIsolatedActorAsAComponentThatDisappears() {
		// v0 - v1 and the isolated v2: 2 components, L = {v0, v1}
		// v2 leaves: outside L, cut-off 0; components 2 - 1 + 0 = 1
		// v0 leaves: its piece {v1} (1) ties with {v2} (1); v1 < v2, so L' = {v1}: cut-off 2 - 1 - 1 = 0;
		// components 2 - 1 + 1 = 2 (the same for v1, whose piece {v0} wins too)
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.path(2);
		graph.addVertex(actor("v2"));

		assertThat(new DepartureImpact<>(graph).departures()).containsExactly(departure("v0", 0, 2, 0),
				departure("v1", 0, 2, 0), departure("v2", 0, 1, 0));
	}

	@Test
	void shouldCutOffTheShorterSideOfAPath() {
		// v0 - v1 - v2 - v3 - v4, L of 5
		// v1: pieces {v0} and {v2, v3, v4}: cut-off 5 - 1 - 3 = 1; v3 the same by symmetry
		// v2: pieces {v0, v1} and {v3, v4}, equal: the main one holds v0, cut-off 4 - 2 = 2
		// ends: one piece of 4, cut-off 0, one component
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(GraphFixtures.path(5));

		assertThat(impact.departures()).containsExactly(departure("v2", 2, 2, 0), departure("v1", 1, 2, 0),
				departure("v3", 1, 2, 0), departure("v0", 0, 1, 0), departure("v4", 0, 1, 0));
		assertThat(impact.largestComponent()).isEqualTo(5);
	}

	@Test
	void shouldCutOffAllLeavesButOneWhenTheStarCentreLeaves() {
		// centre v0 of 5: four pieces of one actor; L' = {v1} (smallest id): cut-off 5 - 1 - 1 = 3, 4 components
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(GraphFixtures.star(5));

		assertThat(impact.departures()).containsExactly(departure("v0", 3, 4, 0), departure("v1", 0, 1, 0),
				departure("v2", 0, 1, 0), departure("v3", 0, 1, 0), departure("v4", 0, 1, 0));
		// the centre first (largest then 1 < 5 / 2): one step
		assertThat(impact.sequence()).containsExactly(new DepartureStep(new DepartureStep.Actor("v0", "v0"), 1, 0.2));
		assertThat(impact.sequenceComplete()).isTrue();
	}

	@Test
	void shouldCountTheTerritoryLinksOnlyTheCutActorCarries() {
		// triangles {x, a0, a1} and {x, b0, b1} sharing x; a's in TA, b's in TB, x in TX
		// x leaves: pieces {a0, a1} and {b0, b1}, equal: the main one holds a0; cut-off 4 - 2 = 2, 2 components;
		// the links TA-TX (ties x-a0, x-a1) and TB-TX (x-b0, x-b1) have only ties of x: 2 lost
		// a0 leaves: TA-TX still has x-a1: nothing lost, nothing cut off
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode x = actor("x", "NETWORK", "TX");
		ActorNode a0 = actor("a0", "ASSOCIATION", "TA");
		ActorNode a1 = actor("a1", "ASSOCIATION", "TA");
		ActorNode b0 = actor("b0", "COMPANY", "TB");
		ActorNode b1 = actor("b1", "COMPANY", "TB");
		for (ActorNode[] t : new ActorNode[][] { { x, a0 }, { x, a1 }, { a0, a1 }, { x, b0 }, { x, b1 }, { b0, b1 } }) {
			tie(graph, t[0], t[1], 1);
		}

		List<Departure> departures = new DepartureImpact<>(graph).departures();

		assertThat(departures.get(0)).isEqualTo(new Departure("x", "x", "NETWORK", "TX", 2, 2, 2));
		assertThat(departures.subList(1, 5)).extracting(Departure::id).containsExactly("a0", "a1", "b0", "b1");
		assertThat(departures.subList(1, 5)).allSatisfy(d -> {
			assertThat(d.cutOff()).isZero();
			assertThat(d.componentsAfter()).isEqualTo(1);
			assertThat(d.territoryLinksLost()).isZero();
		});
	}

	@Test
	void shouldCutOffEveryoneWhenAnotherComponentBecomesTheLargest() {
		// triangles {v0, v1, v2} and {v3, v4, v5}: equal, so L = the one holding v0
		// v0 leaves: {v1, v2} (2) is smaller than {v3, v4, v5} (3), which becomes L': cut-off 3 - 1 = 2;
		// v3 leaves: outside L, cut-off 0
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.isolated(6);
		for (int[] t : new int[][] { { 0, 1 }, { 1, 2 }, { 0, 2 }, { 3, 4 }, { 4, 5 }, { 3, 5 } }) {
			tie(graph, GraphFixtures.vertex(graph, "v" + t[0]), GraphFixtures.vertex(graph, "v" + t[1]), 1);
		}

		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(graph);

		assertThat(impact.departures()).containsExactly(departure("v0", 2, 2, 0), departure("v1", 2, 2, 0),
				departure("v2", 2, 2, 0), departure("v3", 0, 2, 0), departure("v4", 0, 2, 0), departure("v5", 0, 2, 0));
	}

	@Test
	void shouldBreakEqualSizesAfterDepartureBySmallestId() {
		// path b0 - b1 - b2 (L, 3) and the tie a0 - a1 (2)
		// b0 leaves: its piece {b1, b2} ties with {a0, a1} at 2 and a0 < b1, so L' = {a0, a1}: cut-off 2
		// b1 leaves: pieces {b0}, {b2} are smaller than {a0, a1}: cut-off 2, components 2 - 1 + 2 = 3
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("b0"), actor("b1"), 1);
		tie(graph, actor("b1"), actor("b2"), 1);
		tie(graph, actor("a0"), actor("a1"), 1);

		assertThat(new DepartureImpact<>(graph).departures()).containsExactly(departure("b0", 2, 2, 0),
				departure("b1", 2, 3, 0), departure("b2", 2, 2, 0), departure("a0", 0, 2, 0), departure("a1", 0, 2, 0));
	}

	/**
	 * Padgett's families: the 15 tied families form L, Pucci is alone (2 components). By hand from the 20 ties:
	 * without the Medici, Acciaiuoli is alone and Salviati keeps only Pazzi, the 11 others (Barbadori, Castellani,
	 * Peruzzi, Strozzi, Ridolfi, Tornabuoni, Guadagni, Albizzi, Ginori, Bischeri, Lamberteschi) still hold through
	 * Castellani–Strozzi–Ridolfi–Tornabuoni–Guadagni: cut-off 15 - 1 - 11 = 3, components 2 - 1 + 3 = 4.
	 * Albizzi (Ginori alone), Guadagni (Lamberteschi alone) and Salviati (Pazzi alone) each cut off 1, 3 components;
	 * every other family cuts off none (2 components), Pucci, outside L, leaves 1 component.
	 */
	@Test
	void shouldCutOffThreeFamiliesWithoutTheMedici() {
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(GraphFixtures.florentineFamilies());
		List<Departure> departures = impact.departures();

		assertThat(impact.largestComponent()).isEqualTo(15);
		assertThat(departures.subList(0, 4)).extracting(d -> d.id() + " " + d.cutOff() + " " + d.componentsAfter())
			.containsExactly("Medici 3 4", "Albizzi 1 3", "Guadagni 1 3", "Salviati 1 3");
		assertThat(departures.subList(4, 16)).allSatisfy(d -> {
			assertThat(d.cutOff()).isZero();
			assertThat(d.componentsAfter()).isEqualTo(d.id().equals("Pucci") ? 1 : 2);
		});
		assertThat(departures).allSatisfy(d -> assertThat(d.territoryLinksLost()).isZero());
	}

	/**
	 * The greedy sequence on Padgett's families, 16 actors, stopping below 8: the Medici first (largest 11, every
	 * other family leaves at least 13); then, in the 11, Guadagni leaves Lamberteschi alone, Albizzi–Ginori apart and
	 * 7 families (Barbadori, Castellani, Peruzzi, Strozzi, Ridolfi, Tornabuoni, Bischeri) — 7 < 8, done. Every other
	 * departure leaves at least 9 (Albizzi or Castellani cut off one family).
	 */
	@Test
	void shouldBreakTheFlorentineNetworkInTwoDepartures() {
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(GraphFixtures.florentineFamilies());

		assertThat(impact.sequence()).containsExactly(
				new DepartureStep(new DepartureStep.Actor("Medici", "Medici"), 11, 11 / 16.0),
				new DepartureStep(new DepartureStep.Actor("Guadagni", "Guadagni"), 7, 7 / 16.0));
		assertThat(impact.sequenceComplete()).isTrue();
	}

	@Test
	void shouldStopTheSequenceAfterItsBoundOnADenseNetwork() {
		// K120: each departure leaves one actor less; 61 would be needed to go below half
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(GraphFixtures.complete(120));

		assertThat(impact.sequence()).hasSize(DepartureImpact.MAX_SEQUENCE_STEPS);
		assertThat(impact.sequence().get(DepartureImpact.MAX_SEQUENCE_STEPS - 1).largestComponent())
			.isEqualTo(120 - DepartureImpact.MAX_SEQUENCE_STEPS);
		assertThat(impact.sequenceComplete()).isFalse();
	}

	/** 200 random graphs, seeded: sparse to dense, 1 to 40 actors in 1 to 4 territories, often disconnected. */
	static Stream<Long> seeds() {
		return LongStream.rangeClosed(1, 200).boxed();
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void shouldEqualOneBruteForceScenarioPerActor(long seed) {
		Graph<ActorNode, DefaultWeightedEdge> graph = randomGraph(seed);
		DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(graph);

		Set<ActorNode> largest = largest(graph);
		List<Departure> expected = new ArrayList<>();
		for (ActorNode v : graph.vertexSet()) {
			Set<ActorNode> rest = new HashSet<>(graph.vertexSet());
			rest.remove(v);
			Graph<ActorNode, DefaultWeightedEdge> without = new AsSubgraph<>(graph, rest);
			Set<ActorNode> after = largest(without);
			int cutOff = (int) largest.stream().filter(u -> !u.equals(v) && !after.contains(u)).count();
			int components = new ConnectivityInspector<>(without).connectedSets().size();
			Set<String> linksBefore = territoryLinks(graph);
			linksBefore.removeAll(territoryLinks(without));
			expected.add(new Departure(v.id(), v.name(), v.sector(), v.territory(), cutOff, components,
					linksBefore.size()));
		}
		expected.sort(Comparator.comparingInt(Departure::cutOff)
			.reversed()
			.thenComparing(Comparator.comparingInt(Departure::territoryLinksLost).reversed())
			.thenComparing(Departure::id));

		assertThat(impact.departures()).isEqualTo(expected);
		assertThat(impact.largestComponent()).isEqualTo(largest.size());
		assertThat(impact.sequence()).isEqualTo(bruteForceSequence(graph));
	}

	/** The greedy sequence, one full recomputation of the components per candidate and step. */
	private static List<DepartureStep> bruteForceSequence(Graph<ActorNode, DefaultWeightedEdge> graph) {
		int n = graph.vertexSet().size();
		Set<ActorNode> present = new HashSet<>(graph.vertexSet());
		List<DepartureStep> steps = new ArrayList<>();
		while (n > 0 && 2 * largest(new AsSubgraph<>(graph, present)).size() >= n
				&& steps.size() < DepartureImpact.MAX_SEQUENCE_STEPS) {
			Graph<ActorNode, DefaultWeightedEdge> current = new AsSubgraph<>(graph, present);
			Function<ActorNode, Integer> after = v -> {
				Set<ActorNode> rest = new HashSet<>(present);
				rest.remove(v);
				return largest(new AsSubgraph<>(graph, rest)).size();
			};
			Map<ActorNode, Integer> sizes = present.stream().collect(Collectors.toMap(v -> v, after));
			ActorNode chosen = present.stream()
				.min(Comparator.<ActorNode>comparingInt(sizes::get)
					.thenComparing(Comparator.<ActorNode>comparingInt(current::degreeOf).reversed())
					.thenComparing(ActorNode::id))
				.orElseThrow();
			present.remove(chosen);
			steps.add(new DepartureStep(new DepartureStep.Actor(chosen.id(), chosen.name()), sizes.get(chosen),
					(double) sizes.get(chosen) / n));
		}
		return steps;
	}

	/** The component with the most actors, on equal sizes the one holding the smallest id; empty for no actor. */
	private static Set<ActorNode> largest(Graph<ActorNode, DefaultWeightedEdge> graph) {
		return new ConnectivityInspector<>(graph).connectedSets()
			.stream()
			.max(Comparator.<Set<ActorNode>>comparingInt(Set::size)
				.thenComparing(set -> set.stream().map(ActorNode::id).min(String::compareTo).orElseThrow(),
						Comparator.reverseOrder()))
			.orElse(Set.of());
	}

	/** The pairs of territories with at least one tie between them, as "a|b". */
	private static Set<String> territoryLinks(Graph<ActorNode, DefaultWeightedEdge> graph) {
		Set<String> links = new HashSet<>();
		for (DefaultWeightedEdge e : graph.edgeSet()) {
			String a = graph.getEdgeSource(e).territory();
			String b = graph.getEdgeTarget(e).territory();
			if (!a.equals(b)) {
				links.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
			}
		}
		return links;
	}

	private static Graph<ActorNode, DefaultWeightedEdge> randomGraph(long seed) {
		Random random = new Random(seed);
		int n = 1 + random.nextInt(40);
		int territories = 1 + random.nextInt(4);
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		List<ActorNode> actors = IntStream.range(0, n)
			.mapToObj(i -> actor("v" + i, "ASSOCIATION", "T" + random.nextInt(territories)))
			.toList();
		actors.forEach(graph::addVertex);
		// from forest-like (0.5 n ties) to a few dense clusters (2.5 n)
		long ties = Math.min((long) n * (n - 1) / 2, Math.round(n * (0.5 + 2 * random.nextDouble())));
		while (graph.edgeSet().size() < ties) {
			ActorNode a = actors.get(random.nextInt(n));
			ActorNode b = actors.get(random.nextInt(n));
			if (!a.equals(b) && !graph.containsEdge(a, b)) {
				tie(graph, a, b, 1);
			}
		}
		return graph;
	}

	private static Departure departure(String id, int cutOff, int componentsAfter, int linksLost) {
		return new Departure(id, id, GraphFixtures.SECTOR, GraphFixtures.TERRITORY, cutOff, componentsAfter, linksLost);
	}
}
