package org.alliancegraph.scopeanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The benchmark over real HTTP on four EPCI of the Drôme (région R84) and one of another région, every indicator of
 * every peer worked out by hand, on 2024-01-01:
 *
 * <pre>
 * E1 200000001 (20,000 inh.), communes 26001, 26002: a ASSOCIATION, b COMPANY (26001); c LOCAL_AUTHORITY,
 *    d ASSOCIATION (26002); i STATE, seated in 26004 (E3) and ACTIVE_IN 26001
 *    p1 {a, b, c}, p2 {c, d}, p8 {i, a}; p7 {a, d} ended in 2019
 *    ties a─b a─c b─c c─d a─i: n 5, m 5
 * E2 200000002 (5,000), communes 26003: e ASSOCIATION, f ASSOCIATION, g COMPANY; 26006: l MEDIA, m ASSOCIATION,
 *    o COMPANY; p3 {e, f}, p4 {f, g}, p9 {g, l}, p10 {l, m}, p11 {m, o}: the path e─f─g─l─m─o; p5 {e, h} (h in E3)
 * E3 200000003 (10,000), commune 26004: h COMPANY, i STATE; no tie between them; p5 and p8 have a member here
 * E4 200000004 (1,000), commune 26005: no actor
 * E5 200000005 (8,000) in département 13, région R93: j ASSOCIATION, k COMPANY, p6 {j, k}
 * </pre>
 *
 * <pre>
 * indicator                   E1                E2              E3              E5
 * DENSITY 2m/(n(n-1))         10/20 = 0.5       10/30 = 1/3     0               2/2 = 1
 * ACTORS_PER_10K              5/20000 = 2.5     6/5000 = 12     2/10000 = 2     2/8000 = 2.5
 * SECTORS_PRESENT             4 (A, C, L, S)    3 (A, C, M)     2 (C, S)        2
 * EMPTY_SECTOR_PAIRS_SHARE    3/7 [1]           1/5 [2]         1/1 [3]         0/1
 * OUTSIDE_LARGEST_SHARE       0                 0               1/2             0
 * TOP3_BETWEENNESS_SHARE      6/6 = 1 [4]       16/20 = 0.8 [5] 0 (total 0)     0 (total 0)
 * CROSS_TERRITORY_TIES_SHARE  3/5 = 0.6 [6]     1/5 = 0.2 (g─l) null (no tie)   0/1
 * PARTNERSHIPS_PER_ACTOR      3/5 = 0.6         6/6 = 1         2/2 = 1         1/2
 * </pre>
 *
 * [1] pairs that may have a tie: C(4, 2) = 6 of different sectors + [A, A] (a and d) = 7; tied: A─C, A─L, C─L, A─S;
 * empty: C─S, L─S, A─A. [2] C(3, 2) + [A, A] + [C, C] = 5; only C─C (g, o) is empty. [3] one pair C─S, empty.
 * [4] a lies between i and b, c, d (3), c between d and a, b, i (3): 6, all in the top three. [5] on the path:
 * f 1·4, g 2·3, l 3·2, m 4·1 = 4, 6, 6, 4; total 20, top three 16. [6] grouped by commune (i by its seat 26004):
 * a─c, b─c, a─i cross.
 *
 * <p>E1 against the EPCI of R84 (E1–E4: 4 peers, E4 without actor, so 3 values, 2 for CROSS): DENSITY 0, 1/3,
 * 0.5: q1 = 1/6, median 1/3, q3 = 1/3 + (0.5 - 1/3) / 2 = 5/12, E1 at 100 %; ACTORS_PER_10K 2, 2.5, 12: q1 2.25,
 * median 2.5, q3 7.25, E1 at 2/3; PARTNERSHIPS_PER_ACTOR 0.6, 1, 1: q1 0.8, E1 at 1/3; CROSS 0.2, 0.6: q1 0.3,
 * median 0.4, q3 0.5, E1 at 100 %.
 */
class BenchmarkIntegrationTests extends IntegrationTest {

	static final String FIXTURE = """
			CREATE (r:Territory {code: 'R84', name: 'Auvergne-Rhône-Alpes', level: 'REGION', version: 0})
			CREATE (r2:Territory {code: 'R93', name: "Provence-Alpes-Côte d'Azur", level: 'REGION', version: 0})
			CREATE (dep:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
			CREATE (dep2:Territory {code: '13', name: 'Bouches-du-Rhône', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r2)
			WITH dep, dep2
			UNWIND [['200000001', 'E1', 20000, dep, ['26001', '26002']], ['200000002', 'E2', 5000, dep, ['26003', '26006']],
			        ['200000003', 'E3', 10000, dep, ['26004']], ['200000004', 'E4', 1000, dep, ['26005']],
			        ['200000005', 'E5', 8000, dep2, ['13001']]] AS row
			WITH row, row[3] AS d
			CREATE (e:Territory {code: row[0], name: row[1], level: 'EPCI', population: row[2], version: 0})-[:PART_OF]->(d)
			WITH row, d, e
			UNWIND row[4] AS commune
			CREATE (c:Territory {code: commune, name: 'Commune ' + commune, level: 'COMMUNE', version: 0})-[:PART_OF]->(e)
			CREATE (c)-[:PART_OF]->(d)
			WITH count(*) AS communes
			UNWIND [['a', 'ASSOCIATION', '26001'], ['b', 'COMPANY', '26001'], ['c', 'LOCAL_AUTHORITY', '26002'],
			        ['d', 'ASSOCIATION', '26002'], ['i', 'STATE', '26004'], ['e', 'ASSOCIATION', '26003'],
			        ['f', 'ASSOCIATION', '26003'], ['g', 'COMPANY', '26003'], ['l', 'MEDIA', '26006'],
			        ['m', 'ASSOCIATION', '26006'], ['o', 'COMPANY', '26006'], ['h', 'COMPANY', '26004'],
			        ['j', 'ASSOCIATION', '13001'], ['k', 'COMPANY', '13001']] AS row
			MATCH (seat:Territory {code: row[2]})
			CREATE (:Actor {id: row[0], name: 'Acteur ' + row[0], sector: row[1], version: 0})-[:LOCATED_IN]->(seat)
			WITH count(*) AS actors
			MATCH (i:Actor {id: 'i'}), (c:Territory {code: '26001'})
			CREATE (i)-[:ACTIVE_IN]->(c)
			WITH count(*) AS active
			UNWIND [['p1', ['a', 'b', 'c'], null], ['p2', ['c', 'd'], null], ['p8', ['i', 'a'], null],
			        ['p7', ['a', 'd'], date('2019-12-31')], ['p3', ['e', 'f'], null], ['p4', ['f', 'g'], null],
			        ['p9', ['g', 'l'], null], ['p10', ['l', 'm'], null], ['p11', ['m', 'o'], null],
			        ['p5', ['e', 'h'], null], ['p6', ['j', 'k'], null]] AS row
			CREATE (p:Partnership {id: row[0], type: 'SOCIETAL_INNOVATION', start: date('2018-01-01'), end: row[2],
			                       version: 0})
			WITH p, row
			UNWIND row[1] AS member
			MATCH (a:Actor {id: member})
			CREATE (a)-[:MEMBER_OF {role: 'PARTNER'}]->(p)""";

	private static final String DATE = "&at=2024-01-01";

	private static final String AT = DATE + "&peerFigures=true";

	private static final double EPSILON = 1e-9;

	private static final List<String> INDICATORS = List.of("DENSITY", "ACTORS_PER_10K_INHABITANTS", "SECTORS_PRESENT",
			"EMPTY_SECTOR_PAIRS_SHARE", "OUTSIDE_LARGEST_SHARE", "TOP3_BETWEENNESS_SHARE", "CROSS_TERRITORY_TIES_SHARE",
			"PARTNERSHIPS_PER_ACTOR");

	/** The table of the comment, by EPCI, in the order of {@link #INDICATORS}; null where not defined. */
	private static final Map<String, List<Double>> BY_HAND = Map.of(
			"200000001", List.of(0.5, 2.5, 4.0, 3 / 7.0, 0.0, 1.0, 0.6, 0.6),
			"200000002", List.of(1 / 3.0, 12.0, 3.0, 0.2, 0.0, 0.8, 0.2, 1.0),
			"200000003", nullable(0.0, 2.0, 2.0, 1.0, 0.5, 0.0, null, 1.0),
			"200000005", List.of(1.0, 2.5, 2.0, 0.0, 0.0, 0.0, 0.0, 0.5));

	@BeforeEach
	void fixture() {
		cypher(FIXTURE);
	}

	@Test
	void shouldComputeEveryIndicatorOfEveryPeerAsByHand() {
		JsonNode answer = get("/api/v1/analysis/benchmark?territory=200000001" + AT).json();

		assertThat(answer.get("peerLevel").asString()).isEqualTo("EPCI");
		assertThat(answer.get("within").asString()).isEqualTo("R84");
		assertThat(answer.get("peers").asInt()).isEqualTo(4);
		assertThat(answer.get("peersWithoutActors").asInt()).isEqualTo(1);
		assertThat(answer.get("scope").get("territory").asString()).isEqualTo("200000001");
		assertThat(answer.get("scope").get("groupLevel").asString()).isEqualTo("COMMUNE");
		Map<String, JsonNode> peers = peers(answer);
		assertThat(peers.keySet()).containsExactlyInAnyOrder("200000001", "200000002", "200000003", "200000004");
		for (String code : List.of("200000001", "200000002", "200000003")) {
			assertIndicators(code, peers.get(code).get("indicators"));
		}
		JsonNode empty = peers.get("200000004");
		assertThat(empty.get("actorCount").asInt()).isZero();
		INDICATORS.forEach(i -> assertThat(empty.get("indicators").get(i).isNull()).as(i).isTrue());
		assertThat(peers.get("200000001").get("actorCount").asInt()).isEqualTo(5);
		assertThat(peers.get("200000001").get("population").asLong()).isEqualTo(20_000);
	}

	@Test
	void shouldGiveHandComputedQuartilesAndPercentiles() {
		Map<String, JsonNode> indicators = indicators(get("/api/v1/analysis/benchmark?territory=200000001" + AT).json());

		assertStatistics(indicators.get("DENSITY"), 0.5, 3, 0, 1 / 6.0, 1 / 3.0, 5 / 12.0, 0.5, 100);
		assertStatistics(indicators.get("ACTORS_PER_10K_INHABITANTS"), 2.5, 3, 2, 2.25, 2.5, 7.25, 12, 200 / 3.0);
		assertStatistics(indicators.get("PARTNERSHIPS_PER_ACTOR"), 0.6, 3, 0.6, 0.8, 1, 1, 1, 100 / 3.0);
		assertStatistics(indicators.get("CROSS_TERRITORY_TIES_SHARE"), 0.6, 2, 0.2, 0.3, 0.4, 0.5, 0.6, 100);
	}

	/** Every statistic equals a direct computation over the peers' own benchmark values; E2's percentiles too. */
	@Test
	void shouldDeriveTheStatisticsFromThePeersOwnAnswers() {
		JsonNode e1 = get("/api/v1/analysis/benchmark?territory=200000001" + AT).json();
		Map<String, Map<String, Double>> values = new HashMap<>();
		for (String code : List.of("200000001", "200000002", "200000003", "200000004")) {
			JsonNode own = get("/api/v1/analysis/benchmark?territory=" + code + AT).json();
			Map<String, Double> byIndicator = new HashMap<>();
			indicators(own).forEach((name, indicator) -> byIndicator.put(name,
					indicator.get("value").isNull() ? null : indicator.get("value").asDouble()));
			values.put(code, byIndicator);
		}
		for (String name : INDICATORS) {
			List<Double> sorted = new ArrayList<>();
			values.values().stream().map(v -> v.get(name)).filter(v -> v != null).forEach(sorted::add);
			sorted.sort(Comparator.naturalOrder());
			JsonNode statistics = indicators(e1).get(name);
			assertThat(statistics.get("count").asInt()).as(name).isEqualTo(sorted.size());
			assertThat(statistics.get("min").asDouble()).as(name).isCloseTo(sorted.get(0), within(EPSILON));
			assertThat(statistics.get("max").asDouble()).as(name).isCloseTo(sorted.get(sorted.size() - 1),
					within(EPSILON));
			assertThat(statistics.get("median").asDouble()).as(name).isCloseTo(type7(sorted, 0.5), within(EPSILON));
			assertThat(statistics.get("q1").asDouble()).as(name).isCloseTo(type7(sorted, 0.25), within(EPSILON));
			assertThat(statistics.get("q3").asDouble()).as(name).isCloseTo(type7(sorted, 0.75), within(EPSILON));
			double own = values.get("200000001").get(name);
			assertThat(statistics.get("percentile").asDouble()).as(name)
				.isCloseTo(100.0 * sorted.stream().filter(v -> v <= own).count() / sorted.size(), within(EPSILON));
		}
		JsonNode e2 = indicators(get("/api/v1/analysis/benchmark?territory=200000002" + AT).json()).get("DENSITY");
		assertThat(e2.get("percentile").asDouble()).isCloseTo(200 / 3.0, within(EPSILON));
	}

	/** The peers' figures are those of their own catalysts and gaps answers. */
	@Test
	void shouldAgreeWithEachPeersCatalystsAndGaps() {
		Map<String, JsonNode> peers = peers(get("/api/v1/analysis/benchmark?territory=200000001" + AT).json());
		for (String code : List.of("200000001", "200000002", "200000003")) {
			JsonNode figures = peers.get(code).get("indicators");
			JsonNode catalysts = get("/api/v1/analysis/catalysts?territory=" + code + DATE + "&limit=1000").json();
			int n = catalysts.get("actorCount").asInt();
			int m = catalysts.get("tieCount").asInt();
			assertThat(figures.get("DENSITY").asDouble()).as(code).isCloseTo(2.0 * m / (n * (n - 1.0)), within(EPSILON));
			List<Double> betweenness = new ArrayList<>();
			catalysts.get("catalysts").forEach(c -> betweenness.add(c.get("betweenness").asDouble()));
			betweenness.sort(Comparator.reverseOrder());
			double total = betweenness.stream().mapToDouble(Double::doubleValue).sum();
			double top = betweenness.stream().limit(3).mapToDouble(Double::doubleValue).sum();
			assertThat(figures.get("TOP3_BETWEENNESS_SHARE").asDouble()).as(code)
				.isCloseTo(total == 0 ? 0 : top / total, within(EPSILON));
			JsonNode gaps = get("/api/v1/analysis/gaps?territory=" + code + DATE).json();
			int largest = 0;
			for (JsonNode component : gaps.get("components")) {
				largest = Math.max(largest, component.get("size").asInt());
			}
			assertThat(figures.get("OUTSIDE_LARGEST_SHARE").asDouble()).as(code)
				.isCloseTo(1 - (double) largest / n, within(EPSILON));
			assertThat(figures.get("SECTORS_PRESENT").asInt()).as(code)
				.isEqualTo(10 - gaps.get("sectorsAbsent").size());
		}
	}

	@Test
	void shouldCompareWithTheWholeGraphWithinFr() {
		JsonNode answer = get("/api/v1/analysis/benchmark?territory=200000001&within=FR" + AT).json();

		assertThat(answer.get("within").isNull()).isTrue();
		assertThat(answer.get("peers").asInt()).isEqualTo(5);
		assertIndicators("200000005", peers(answer).get("200000005").get("indicators"));
		// DENSITY 0, 1/3, 0.5, 1: E1 third of four
		assertThat(indicators(answer).get("DENSITY").get("percentile").asDouble()).isCloseTo(75, within(EPSILON));
	}

	/** The Drôme against the EPCI of its région: the 4 EPCI and itself. */
	@Test
	void shouldCountATerritoryOfAnotherLevelAmongItsPeers() {
		JsonNode answer = get("/api/v1/analysis/benchmark?territory=26&peers=EPCI" + AT).json();

		assertThat(answer.get("peers").asInt()).isEqualTo(5);
		// 12 actors (all of R84's), 9 partnerships active with a member there (p6 is in R93, p7 ended)
		assertThat(indicators(answer).get("PARTNERSHIPS_PER_ACTOR").get("value").asDouble())
			.isCloseTo(9 / 12.0, within(EPSILON));
	}

	@Test
	void shouldLeaveThePeersFiguresOutUnlessAskedFor() {
		JsonNode answer = get("/api/v1/analysis/benchmark?territory=200000001" + DATE).json();

		assertThat(answer.has("peerFigures")).isFalse();
		assertThat(answer.get("indicators")).hasSize(8);
	}

	/** Told not to wait, the request that starts a peer set is answered 202; its Location gives the answer. */
	@Test
	void shouldAnswerAcceptedThenTheBenchmarkAtItsLocation() throws InterruptedException {
		Answer first = get("/api/v1/analysis/benchmark?territory=200000002&within=FR&wait=0" + AT);

		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		assertThat(first.location())
			.isEqualTo("/api/v1/analysis/benchmark?territory=200000002&within=FR&wait=0&at=2024-01-01&peerFigures=true");
		assertThat(first.json().get("state").asString()).isEqualTo("RUNNING");
		assertThat(first.json().get("progress").asDouble()).isBetween(0.0, 1.0);
		Answer next = get(first.location());
		for (int polls = 0; next.status() == 202 && polls < 300; polls++) {
			Thread.sleep(100);
			next = get(first.location());
		}
		assertThat(next.status()).as(next.toString()).isEqualTo(200);
		assertThat(next.json().get("peers").asInt()).isEqualTo(5);
		assertIndicators("200000002", peers(next.json()).get("200000002").get("indicators"));
	}

	@Test
	void shouldRejectBadParametersInFrench() {
		assertError(get("/api/v1/analysis/benchmark?at=2024-01-01"), 422, "territory", "requis");
		assertError(get("/api/v1/analysis/benchmark?territory=200000001&peers=CANTON"), 422, "peers", "niveau inconnu");
		assertError(get("/api/v1/analysis/benchmark?territory=200000001&within=R93"), 422, "within", "ne contient pas");
		assertError(get("/api/v1/analysis/benchmark?territory=200000001&within=200000002"), 422, "within",
				"ne contient pas");
		assertError(get("/api/v1/analysis/benchmark?territory=200000001&within=26&peers=REGION"), 422, "peers",
				"ne contient pas de territoire de niveau REGION");
		assertError(get("/api/v1/analysis/benchmark?territory=200000001&wait=61"), 422, "wait", "entre 0 et 60");
		assertThat(get("/api/v1/analysis/benchmark?territory=999999999").status()).isEqualTo(404);
		Answer unknownWithin = get("/api/v1/analysis/benchmark?territory=200000001&within=XX");
		assertThat(unknownWithin.status()).isEqualTo(404);
		assertThat(unknownWithin.json().get("detail").asString()).contains("XX").contains("introuvable");
	}

	private static void assertError(Answer answer, int status, String path, String message) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("path").asString()).isEqualTo(path);
		assertThat(error.get("message").asString()).contains(message);
	}

	private static void assertIndicators(String code, JsonNode indicators) {
		List<Double> expected = BY_HAND.get(code);
		for (int i = 0; i < INDICATORS.size(); i++) {
			JsonNode value = indicators.get(INDICATORS.get(i));
			if (expected.get(i) == null) {
				assertThat(value.isNull()).as(code + " " + INDICATORS.get(i)).isTrue();
			}
			else {
				assertThat(value.asDouble()).as(code + " " + INDICATORS.get(i)).isCloseTo(expected.get(i),
						within(EPSILON));
			}
		}
	}

	private static void assertStatistics(JsonNode indicator, double value, int count, double min, double q1,
			double median, double q3, double max, double percentile) {
		String code = indicator.get("code").asString();
		assertThat(indicator.get("value").asDouble()).as(code).isCloseTo(value, within(EPSILON));
		assertThat(indicator.get("count").asInt()).as(code).isEqualTo(count);
		assertThat(indicator.get("min").asDouble()).as(code).isCloseTo(min, within(EPSILON));
		assertThat(indicator.get("q1").asDouble()).as(code).isCloseTo(q1, within(EPSILON));
		assertThat(indicator.get("median").asDouble()).as(code).isCloseTo(median, within(EPSILON));
		assertThat(indicator.get("q3").asDouble()).as(code).isCloseTo(q3, within(EPSILON));
		assertThat(indicator.get("max").asDouble()).as(code).isCloseTo(max, within(EPSILON));
		assertThat(indicator.get("percentile").asDouble()).as(code).isCloseTo(percentile, within(EPSILON));
	}

	/** R type 7, written again here from its definition. */
	private static double type7(List<Double> sorted, double p) {
		double h = (sorted.size() - 1) * p;
		int lo = (int) h;
		return lo + 1 < sorted.size() ? sorted.get(lo) + (h - lo) * (sorted.get(lo + 1) - sorted.get(lo)) : sorted.get(lo);
	}

	private static Map<String, JsonNode> peers(JsonNode answer) {
		Map<String, JsonNode> byCode = new HashMap<>();
		answer.get("peerFigures").forEach(p -> byCode.put(p.get("code").asString(), p));
		return byCode;
	}

	private static Map<String, JsonNode> indicators(JsonNode answer) {
		Map<String, JsonNode> byCode = new HashMap<>();
		answer.get("indicators").forEach(i -> byCode.put(i.get("code").asString(), i));
		return byCode;
	}

	private static List<Double> nullable(Double... values) {
		return java.util.Arrays.asList(values);
	}
}
