package org.alliancegraph.analysis.suggestion;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.alliancegraph.analysis.Reason;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.interfaces.LinkPredictionAlgorithm;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.ResourceAllocationIndexLinkPrediction;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class AllianceSuggestionsTests {

	private static final double EPSILON = 1e-9;

	private static final Map<String, String> LABELS = Map.of("ASSOCIATION", "association", "COMPANY", "entreprise",
			"MOB", "mobilité", "ENERGY", "énergie", "FOOD", "alimentation");

	private static final Function<String, String> LABEL_OF = LABELS::get;

	private static final BiPredicate<String, String> NO_NEIGHBOURS = (a, b) -> false;

	/** With the default boosts, the largest multiplier is 1 + 0.25 + 0.25 + 0.25. */
	private static final double BOOST_MAX = 1.75;

	@Test
	void shouldRejectNullAndNegativeLimit() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		assertThatNullPointerException().isThrownBy(() -> new AllianceSuggestions<>(null, LABEL_OF, NO_NEIGHBOURS));
		assertThatNullPointerException().isThrownBy(() -> new AllianceSuggestions<>(graph, null, NO_NEIGHBOURS));
		assertThatNullPointerException().isThrownBy(() -> new AllianceSuggestions<>(graph, LABEL_OF, null));
		assertThatNullPointerException()
			.isThrownBy(() -> new AllianceSuggestions<>(graph, LABEL_OF, NO_NEIGHBOURS, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AllianceSuggestions<>(graph, LABEL_OF, NO_NEIGHBOURS).top(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> new AllianceSuggestions.Boosts(-0.1, 0, 0, 0));
	}

	@Test
	void shouldSuggestNothingWithoutCandidates() {
		// empty, singleton, K2 (already tied), two separate ties (no common partner), complete graph
		Graph<ActorNode, DefaultWeightedEdge> twoTies = GraphFixtures.empty();
		tie(twoTies, actor("a"), actor("b"), 1);
		tie(twoTies, actor("c"), actor("d"), 1);
		for (Graph<ActorNode, DefaultWeightedEdge> graph : List.of(GraphFixtures.empty(), GraphFixtures.isolated(1),
				GraphFixtures.complete(2), twoTies, GraphFixtures.complete(5))) {
			AllianceSuggestions<DefaultWeightedEdge> suggestions = new AllianceSuggestions<>(graph, LABEL_OF,
					NO_NEIGHBOURS);

			assertThat(suggestions.top(10)).isEmpty();
			assertThat(suggestions.candidateCount()).isZero();
		}
	}

	@Test
	void shouldSuggestClosingAPath() {
		// a - b - c: (a, c) has 1 common partner b of degree 2: AA = 1/ln 2, RA = 1/2.
		// Same sector and territory: boost 0.25, score = (1/ln 2)/(1/ln 2) x 1.25 / 1.75
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("a"), actor("b"), 1);
		tie(graph, actor("b"), actor("c"), 1);

		List<Suggestion> top = new AllianceSuggestions<>(graph, LABEL_OF, NO_NEIGHBOURS).top(5);

		assertThat(top).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.a()).isEqualTo("a");
			assertThat(suggestion.b()).isEqualTo("c");
			assertThat(suggestion.indices().commonNeighbors()).isEqualTo(1);
			assertThat(suggestion.indices().adamicAdar()).isCloseTo(1 / Math.log(2), within(EPSILON));
			assertThat(suggestion.indices().resourceAllocation()).isCloseTo(0.5, within(EPSILON));
			assertThat(suggestion.score()).isCloseTo(1.25 / BOOST_MAX, within(EPSILON));
			assertThat(suggestion.reasons()).containsExactly("1 partenaire en commun", "même territoire");
			assertThat(suggestion.why()).containsExactly(
					Reason.of(SuggestionReasons.COMMON_PARTNERS, "count", 1),
					Reason.of(SuggestionReasons.SAME_TERRITORY));
			assertThat(suggestion.aName()).isEqualTo("a");
		});
	}

	@Test
	void shouldRankTwoCommonPartnersAboveOne() {
		// a - x, a - y, c - x, c - y, d - y: (a, c) and (x, y) share 2 partners, (a, d) and (c, d) one (y)
		// AA(x, y) = 2/ln 2 > AA(a, c) = 1/ln 2 + 1/ln 3 > AA(a, d) = AA(c, d) = 1/ln 3
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		tie(graph, actor("a"), actor("x"), 1);
		tie(graph, actor("a"), actor("y"), 1);
		tie(graph, actor("c"), actor("x"), 1);
		tie(graph, actor("c"), actor("y"), 1);
		tie(graph, actor("d"), actor("y"), 1);

		AllianceSuggestions<DefaultWeightedEdge> suggestions = new AllianceSuggestions<>(graph, LABEL_OF,
				NO_NEIGHBOURS);
		List<Suggestion> top = suggestions.top(10);

		assertThat(top).extracting(suggestion -> suggestion.a() + "-" + suggestion.b())
			.containsExactly("x-y", "a-c", "a-d", "c-d");
		assertThat(top).extracting(suggestion -> suggestion.indices().commonNeighbors()).containsExactly(2, 2, 1, 1);
		assertThat(top.get(0).score()).isCloseTo(1.25 / BOOST_MAX, within(EPSILON));
		assertThat(top.get(1).indices().adamicAdar()).isCloseTo(1 / Math.log(2) + 1 / Math.log(3), within(EPSILON));
		assertThat(top.get(1).indices().resourceAllocation()).isCloseTo(1.0 / 2 + 1.0 / 3, within(EPSILON));
		assertThat(top.get(1).reasons()).startsWith("2 partenaires en commun");
		assertThat(suggestions.candidateCount()).isEqualTo(4);
		assertThat(suggestions.top(2)).isEqualTo(top.subList(0, 2));
	}

	@Test
	void shouldBoostComplementarityAndExplainIt() {
		// hub h tied to p, q, r, s; each pair among them has AA = 1/ln 4. p (ASSOCIATION, T1, MOB + FOOD),
		// q (COMPANY, T1, MOB + FOOD + ENERGY), r (COMPANY, T2 next to T1), s (ASSOCIATION, T3)
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode h = new ActorNode("h", "Hub", "ASSOCIATION", "T1", "T1", Set.of());
		ActorNode p = new ActorNode("p", "Papeterie", "ASSOCIATION", "T1", "T1", Set.of("MOB", "FOOD"));
		ActorNode q = new ActorNode("q", "Quincaillerie", "COMPANY", "T1", "T1", Set.of("MOB", "FOOD", "ENERGY"));
		ActorNode r = new ActorNode("r", "Rail", "COMPANY", "T2", "T2", Set.of());
		ActorNode s = new ActorNode("s", "Sport", "ASSOCIATION", "T3", "T3", Set.of());
		for (ActorNode other : List.of(p, q, r, s)) {
			tie(graph, h, other, 1);
		}
		BiPredicate<String, String> neighbours = (x, y) -> Set.of(x, y).equals(Set.of("T1", "T2"));

		List<Suggestion> top = new AllianceSuggestions<>(graph, LABEL_OF, neighbours).top(10);

		// boosts: p-q 0.25 + 0.25 + 0.25; q-s 0.25; p-r 0.25 + 0.125; q-r 0.125; r-s 0.25; p-s 0
		assertThat(top).extracting(suggestion -> suggestion.a() + "-" + suggestion.b())
			.containsExactly("p-q", "p-r", "q-s", "r-s", "q-r", "p-s");
		assertThat(top).extracting(Suggestion::score)
			.satisfiesExactly(score -> assertThat(score).isCloseTo(1.0, within(EPSILON)),
					score -> assertThat(score).isCloseTo(1.375 / BOOST_MAX, within(EPSILON)),
					score -> assertThat(score).isCloseTo(1.25 / BOOST_MAX, within(EPSILON)),
					score -> assertThat(score).isCloseTo(1.25 / BOOST_MAX, within(EPSILON)),
					score -> assertThat(score).isCloseTo(1.125 / BOOST_MAX, within(EPSILON)),
					score -> assertThat(score).isCloseTo(1.0 / BOOST_MAX, within(EPSILON)));
		assertThat(top.get(0).reasons()).containsExactly("1 partenaire en commun",
				"secteurs complémentaires : association et entreprise", "domaines partagés : alimentation, mobilité",
				"même territoire");
		// the same reasons as codes, the domains in the order of their French labels (alimentation, mobilité)
		assertThat(top.get(0).why()).containsExactly(Reason.of(SuggestionReasons.COMMON_PARTNERS, "count", 1),
				Reason.of(SuggestionReasons.COMPLEMENTARY_SECTORS, "sectors", List.of("ASSOCIATION", "COMPANY")),
				Reason.of(SuggestionReasons.SHARED_DOMAINS, "domains", List.of("FOOD", "MOB")),
				Reason.of(SuggestionReasons.SAME_TERRITORY));
		assertThat(top.get(0).aName()).isEqualTo("Papeterie");
		assertThat(top.get(0).bName()).isEqualTo("Quincaillerie");
		assertThat(top.get(1).reasons()).containsExactly("1 partenaire en commun",
				"secteurs complémentaires : association et entreprise", "territoires voisins");
		assertThat(top.get(5).reasons()).containsExactly("1 partenaire en commun");
	}

	@Test
	void shouldLabelASingleSharedDomainAndFallBackToCodes() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode a = new ActorNode("a", "A", "NGO", "T1", "T1", Set.of("MOB"));
		ActorNode b = new ActorNode("b", "B", "ASSOCIATION", "T1", "T1", Set.of());
		ActorNode c = new ActorNode("c", "C", "ASSOCIATION", "T9", "T9", Set.of("MOB", "ENERGY"));
		tie(graph, a, b, 1);
		tie(graph, b, c, 1);

		List<Suggestion> top = new AllianceSuggestions<>(graph, LABEL_OF, NO_NEIGHBOURS).top(1);

		assertThat(top.get(0).reasons()).containsExactly("1 partenaire en commun",
				"secteurs complémentaires : NGO et association", "domaine partagé : mobilité");
	}

	@Test
	void shouldMatchBruteForceAndJGraphTOnRandomGraphs() {
		for (long seed = 1; seed <= 10; seed++) {
			Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(40, 70, seed);
			AllianceSuggestions<DefaultWeightedEdge> suggestions = new AllianceSuggestions<>(graph, LABEL_OF,
					(x, y) -> Math.abs(x.compareTo(y)) == 1);

			List<Suggestion> all = suggestions.top(Integer.MAX_VALUE);

			List<String> expected = new ArrayList<>();
			LinkPredictionAlgorithm<ActorNode, DefaultWeightedEdge> aa = new AdamicAdarIndexLinkPrediction<>(graph);
			LinkPredictionAlgorithm<ActorNode, DefaultWeightedEdge> ra;
			ra = new ResourceAllocationIndexLinkPrediction<>(graph);
			double maxAa = 0;
			for (ActorNode u : graph.vertexSet()) {
				for (ActorNode v : graph.vertexSet()) {
					boolean common = !Collections.disjoint(Graphs.neighborListOf(graph, u),
							Graphs.neighborListOf(graph, v));
					if (u.id().compareTo(v.id()) < 0 && !graph.containsEdge(u, v) && common) {
						expected.add(u.id() + "-" + v.id());
						maxAa = Math.max(maxAa, aa.predict(u, v));
					}
				}
			}
			assertThat(all).extracting(suggestion -> suggestion.a() + "-" + suggestion.b())
				.containsExactlyInAnyOrderElementsOf(expected);
			assertThat(suggestions.candidateCount()).isEqualTo(expected.size());
			assertThat(all).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
			for (Suggestion suggestion : all) {
				ActorNode u = GraphFixtures.vertex(graph, suggestion.a());
				ActorNode v = GraphFixtures.vertex(graph, suggestion.b());
				assertThat(suggestion.indices().adamicAdar()).isCloseTo(aa.predict(u, v), within(EPSILON));
				assertThat(suggestion.indices().resourceAllocation()).isCloseTo(ra.predict(u, v), within(EPSILON));
				assertThat(suggestion.score()).isBetween(0.0, 1.0)
					.isGreaterThanOrEqualTo(aa.predict(u, v) / maxAa / BOOST_MAX - EPSILON);
			}
			assertThat(suggestions.top(7)).isEqualTo(all.subList(0, Math.min(7, all.size())));
		}
	}

	@Test
	void shouldNotDependOnTheInsertionOrder() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(80, 160, 4);
		Graph<ActorNode, DefaultWeightedEdge> shuffled = GraphFixtures.empty();
		List<ActorNode> vertices = new ArrayList<>(graph.vertexSet());
		Collections.shuffle(vertices, new Random(1));
		vertices.forEach(shuffled::addVertex);
		List<DefaultWeightedEdge> edges = new ArrayList<>(graph.edgeSet());
		Collections.shuffle(edges, new Random(2));
		for (DefaultWeightedEdge edge : edges) {
			tie(shuffled, graph.getEdgeTarget(edge), graph.getEdgeSource(edge), 1);
		}

		List<Suggestion> first = new AllianceSuggestions<>(graph, LABEL_OF, NO_NEIGHBOURS).top(25);
		List<Suggestion> second = new AllianceSuggestions<>(shuffled, LABEL_OF, NO_NEIGHBOURS).top(25);

		assertThat(second).extracting(suggestion -> suggestion.a() + "-" + suggestion.b())
			.isEqualTo(first.stream().map(suggestion -> suggestion.a() + "-" + suggestion.b()).toList());
		for (int i = 0; i < first.size(); i++) {
			assertThat(second.get(i).score()).isCloseTo(first.get(i).score(), within(EPSILON));
		}
	}

	@Test
	void shouldNameRecordComponentsAsTheApi() {
		assertThat(Suggestion.class.getRecordComponents()).extracting("name")
			.startsWith("a", "b", "score", "indices", "reasons");
		assertThat(Indices.class.getRecordComponents()).extracting("name")
			.containsExactly("adamicAdar", "resourceAllocation", "commonNeighbors");
	}
}
