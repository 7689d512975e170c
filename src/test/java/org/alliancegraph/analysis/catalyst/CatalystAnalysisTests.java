package org.alliancegraph.analysis.catalyst;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.alliancegraph.analysis.Reason;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class CatalystAnalysisTests {

	private static final double EPSILON = 1e-9;

	// --- border cases ---

	@Test
	void rejectsNullGraph() {
		assertThatNullPointerException().isThrownBy(() -> new CatalystAnalysis(null));
	}

	@Test
	void rejectsNullOptions() {
		assertThatNullPointerException().isThrownBy(() -> new CatalystAnalysis(GraphFixtures.path(3), null));
	}

	@Test
	void rejectsInvalidOptions() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalystOptions(-1, 0.01, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalystOptions(10, 0, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalystOptions(10, 1, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalystOptions(10, Double.NaN, 0.1, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalystOptions(10, 0.01, 0, 1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalystOptions(10, 0.01, 1, 1L));
		assertThat(new CatalystOptions(10, 0.5, 0.5, 1L).epsilon()).isEqualTo(0.5);
	}

	@Test
	void emptyGraphGivesEmptyReport() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.empty()).getReport();

		assertThat(report.actorCount()).isZero();
		assertThat(report.tieCount()).isZero();
		assertThat(report.catalysts()).isEmpty();
		assertThat(report.top(10).catalysts()).isEmpty();
	}

	@Test
	void loneActorIsRankedWithUndefinedStructuralHoles() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.isolated(1)).getReport();

		assertThat(report.catalysts()).singleElement().satisfies(result -> {
			assertThat(result.rank()).isEqualTo(1);
			assertThat(result.betweenness()).isZero();
			assertThat(result.betweennessNormalized()).isZero();
			assertThat(result.constraint()).isNull();
			assertThat(result.effectiveSize()).isNull();
			assertThat(result.brokerage()).isEqualTo(BrokerageCounts.NONE);
			assertThat(result.sectorDiversity()).isZero();
			assertThat(result.territorySpan()).isEqualTo(1);
			assertThat(result.score()).isBetween(0.0, 1.0);
			assertThat(result.explanation()).contains("acteur isolé");
		});
	}

	@Test
	void isolatedActorsAreRankedWithZeroBetweenness() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.path(3);
		graph.addVertex(actor("alone"));
		CatalystReport report = new CatalystAnalysis(graph).getReport();

		assertThat(report.actorCount()).isEqualTo(4);
		assertThat(report.tieCount()).isEqualTo(2);
		CatalystResult alone = byId(report, "alone");
		assertThat(alone.betweenness()).isZero();
		assertThat(alone.constraint()).isNull();
		assertThat(alone.effectiveSize()).isNull();
		assertThat(alone.percentiles().effectiveSize()).isZero();
		assertThat(alone.percentiles().lowConstraint()).isZero();
		assertThat(byId(report, "v1").rank()).isEqualTo(1);
		assertThat(alone.rank()).isEqualTo(4);
	}

	// --- ranking ---

	@Test
	void brokerBetweenTwoCliquesRanksFirst() {
		ActorNode broker = actor("broker", "NETWORK", "TA");
		CatalystReport report = new CatalystAnalysis(GraphFixtures.twoCliquesJoinedBy(broker)).getReport();

		CatalystResult first = report.catalysts().get(0);
		assertThat(first.id()).isEqualTo("broker");
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.betweenness()).isCloseTo(16.0, within(EPSILON)); // 4 x 4 cross pairs
		assertThat(first.betweennessNormalized()).isCloseTo(16.0 * 2 / (8 * 7), within(EPSILON));
		assertThat(first.brokerage()).isEqualTo(new BrokerageCounts(0, 0, 0, 16));
		assertThat(first.effectiveSize()).isCloseTo(5.0, within(EPSILON)); // 2k - (k - 1)
		assertThat(first.constraint()).isCloseTo(StructuralHolesReference.constraint(
				GraphFixtures.twoCliquesJoinedBy(broker), broker), within(EPSILON));
		assertThat(first.sectorDiversity()).isEqualTo(2); // ASSOCIATION, COMPANY
		assertThat(first.territorySpan()).isEqualTo(2); // TA (its own and clique A's), TB
		assertThat(first.percentiles().betweenness()).isEqualTo(1.0);
		assertThat(first.percentiles().brokerage()).isEqualTo(1.0);
		// 16 / 28 = 57 %; effective size 5 of 8 partners
		assertThat(first.explanation()).isEqualTo("relie 2 secteurs et 2 territoires ; "
				+ "57 % des plus courts chemins entre acteurs passent par lui ; courtier entre secteurs dans 16 cas ; "
				+ "5 partenaires non redondants sur 8");
	}

	@Test
	void cliqueMemberExplanationSaysWhyItIsNoBroker() {
		ActorNode broker = actor("broker", "NETWORK", "TA");
		CatalystReport report = new CatalystAnalysis(GraphFixtures.twoCliquesJoinedBy(broker)).getReport();

		// a0: 3 clique partners (ASSOCIATION, TA) and the broker (NETWORK, TA), all tied to each other
		assertThat(byId(report, "a0").explanation()).isEqualTo("relie 2 secteurs et 1 territoire ; "
				+ "aucun plus court chemin entre deux autres acteurs ne passe par lui ; "
				+ "ses partenaires sont tous déjà liés entre eux ; 1 partenaire non redondant sur 4");
	}

	@Test
	void explanationUsesSingularsInFrench() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.path(3)).getReport();

		// v1: both partners ASSOCIATION in T1; the only pair {v0, v2} goes through it: 1 x 2 / (2 x 1)
		assertThat(byId(report, "v1").explanation()).isEqualTo("relie 1 secteur et 1 territoire ; "
				+ "100 % des plus courts chemins entre acteurs passent par lui ; "
				+ "intermédiaire entre partenaires d'un même secteur dans 1 cas ; 2 partenaires non redondants sur 2");
		assertThat(byId(report, "v0").explanation()).isEqualTo("relie 1 secteur et 1 territoire ; "
				+ "aucun plus court chemin entre deux autres acteurs ne passe par lui ; un seul partenaire");
	}

	@Test
	void explanationRoundsSmallSharesAndDecimalsTheFrenchWay() {
		assertThat(CatalystExplanation.of(3, 2, 1, 0.004, false, new BrokerageCounts(0, 0, 1, 0), 2.5))
			.isEqualTo("relie 2 secteurs et 1 territoire ; moins de 1 % des plus courts chemins entre acteurs "
					+ "passent par lui ; courtier entre secteurs dans 1 cas ; 2,5 partenaires non redondants sur 3");
		assertThat(CatalystExplanation.of(2, 1, 2, 0.38, true, BrokerageCounts.NONE, 1.5))
			.isEqualTo("relie 1 secteur et 2 territoires ; environ 38 % des plus courts chemins entre acteurs "
					+ "passent par lui ; ses partenaires sont tous déjà liés entre eux ; "
					+ "1,5 partenaire non redondant sur 2");
		// the same as codes and values, for a client to say in its language
		assertThat(CatalystExplanation.reasons(3, 2, 1, 0.004, false, new BrokerageCounts(0, 0, 1, 0), 2.5))
			.containsExactly(Reason.of("SECTORS_AND_TERRITORIES", "sectors", 2, "territories", 1),
					Reason.of("PATHS_THROUGH", "share", 0.004, "estimated", false),
					Reason.of("BROKER_BETWEEN_SECTORS", "count", 1L),
					Reason.of("NON_REDUNDANT_PARTNERS", "effectiveSize", 2.5, "partners", 3));
		assertThat(CatalystExplanation.reasons(0, 0, 1, 0, false, BrokerageCounts.NONE, Double.NaN))
			.containsExactly(Reason.of("NO_PARTNER"));
	}

	@Test
	void ranksAreContiguousAndScoresDecrease() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.random(200, 500, 51)).getReport();
		List<CatalystResult> catalysts = report.catalysts();

		assertThat(catalysts).extracting(CatalystResult::rank)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
		assertThat(catalysts).isSortedAccordingTo(Comparator.comparingDouble(CatalystResult::score).reversed());
		assertThat(catalysts).allSatisfy(result -> {
			assertThat(result.score()).isBetween(0.0, 1.0);
			assertThat(result.betweennessNormalized()).isBetween(0.0, 1.0);
			assertThat(result.explanation()).doesNotContain(" and ", "path", "sector ", "broker", "NaN");
		});
	}

	@Test
	void equalScoresAreOrderedById() {
		// ring: every vertex is alike, floating-point noise aside
		CatalystReport report = new CatalystAnalysis(GraphFixtures.ring(7)).getReport();

		assertThat(report.catalysts()).extracting(CatalystResult::id)
			.containsExactly("v0", "v1", "v2", "v3", "v4", "v5", "v6");
		assertThat(report.catalysts()).extracting(CatalystResult::score)
			.containsOnly(report.catalysts().get(0).score());
	}

	@Test
	void scoreIsTheWeightedMeanOfThePercentiles() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.random(60, 150, 52)).getReport();

		assertThat(report.catalysts()).allSatisfy(result -> {
			CatalystPercentiles p = result.percentiles();
			assertThat(result.score()).isCloseTo(0.30 * p.betweenness() + 0.20 * p.brokerage()
					+ 0.15 * p.effectiveSize() + 0.10 * p.lowConstraint() + 0.15 * p.sectorDiversity()
					+ 0.10 * p.territorySpan(), within(EPSILON));
		});
	}

	@Test
	void percentilesTieAndPutUndefinedLast() {
		// sorted: NaN, 1, 2, 2 -> 0, 1/3, (2 + 1/2) / 3 twice
		assertThat(CatalystAnalysis.percentiles(new double[] { 2, Double.NaN, 1, 2 }))
			.containsExactly(new double[] { 2.5 / 3, 0, 1.0 / 3, 2.5 / 3 }, within(EPSILON));
		assertThat(CatalystAnalysis.percentiles(new double[] { 7 })).containsExactly(0.5);
		assertThat(CatalystAnalysis.percentiles(new double[] { 1.0, 1.0 + 1e-13 })).containsExactly(0.5, 0.5);
	}

	// --- betweenness method ---

	@Test
	void exactUpToTheThreshold() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(300, 900, 53);

		CatalystReport report = new CatalystAnalysis(graph, new CatalystOptions(300, 0.05, 0.1, 1L)).getReport();

		assertThat(report.betweennessMethod()).isEqualTo(CatalystReport.EXACT);
		assertThat(report.samples()).isZero();
		assertThat(report.epsilon()).isZero();
		assertThat(report.delta()).isZero();
		CatalystResult top = report.catalysts().get(0);
		assertThat(top.betweenness())
			.isCloseTo(new BrandesBetweenness<>(graph).getVertexScore(GraphFixtures.vertex(graph, top.id())),
					within(EPSILON * Math.max(1, top.betweenness())));
	}

	@Test
	void sampledAboveTheThreshold() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.random(300, 900, 53);

		CatalystReport report = new CatalystAnalysis(graph, new CatalystOptions(299, 0.05, 0.1, 1L)).getReport();
		PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(graph, 0.05, 0.1,
				1L);

		assertThat(report.betweennessMethod()).isEqualTo(CatalystReport.SAMPLED);
		assertThat(report.samples()).isEqualTo(sampled.getSampleCount()).isPositive();
		assertThat(report.epsilon()).isEqualTo(0.05);
		assertThat(report.delta()).isEqualTo(0.1);
		CatalystResult top = report.catalysts().get(0);
		assertThat(top.betweenness()).isCloseTo(sampled.getVertexScore(GraphFixtures.vertex(graph, top.id())),
				within(EPSILON * Math.max(1, top.betweenness())));
		// the report keeps its top when cut
		assertThat(report.top(5).samples()).isEqualTo(report.samples());
		assertThat(report.top(5).epsilon()).isEqualTo(0.05);
		assertThat(report.catalysts()).filteredOn(result -> result.betweennessNormalized() > 0)
			.allSatisfy(result -> assertThat(result.explanation()).contains("environ "));
	}

	@Test
	void alwaysSampledOptionsSampleSmallGraphsToo() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.random(100, 300, 54),
				CatalystOptions.sampled(0.1, 0.2, 1L))
			.getReport();

		assertThat(report.betweennessMethod()).isEqualTo(CatalystReport.SAMPLED);
		assertThat(report.samples()).isPositive();
		assertThat(report.epsilon()).isEqualTo(0.1);
		assertThat(report.delta()).isEqualTo(0.2);
	}

	@Test
	void defaultOptionsAreExactForSmallGraphs() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.florentineFamilies()).getReport();

		assertThat(report.betweennessMethod()).isEqualTo(CatalystReport.EXACT);
		assertThat(report.actorCount()).isEqualTo(16);
		assertThat(report.tieCount()).isEqualTo(20);
		assertThat(report.catalysts().get(0).id()).isEqualTo("Medici");
	}

	// --- report ---

	@Test
	void topKeepsTheBestRanked() {
		CatalystReport report = new CatalystAnalysis(GraphFixtures.random(50, 120, 55)).getReport();

		assertThat(report.top(3).catalysts()).containsExactlyElementsOf(report.catalysts().subList(0, 3));
		assertThat(report.top(3).actorCount()).isEqualTo(50);
		assertThat(report.top(0).catalysts()).isEmpty();
		assertThat(report.top(500)).isEqualTo(report);
		assertThatIllegalArgumentException().isThrownBy(() -> report.top(-1));
	}

	@Test
	void reportIsComputedOnceAndImmutable() {
		CatalystAnalysis analysis = new CatalystAnalysis(GraphFixtures.star(5));

		assertThat(analysis.getReport()).isSameAs(analysis.getReport());
		assertThat(analysis.getReport().catalysts()).isUnmodifiable();
	}

	private static CatalystResult byId(CatalystReport report, String id) {
		return report.catalysts().stream().filter(result -> result.id().equals(id)).findFirst().orElseThrow();
	}
}
