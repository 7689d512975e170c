package org.alliancegraph.scopeanalysis;

import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analysis endpoints over real HTTP on a small graph whose answers are worked out by hand.
 *
 * <pre>
 * Drôme (26) ── EPCI E1 (200000001) ── commune 26001: a (ASSOCIATION), b (COMPANY), c (LOCAL_AUTHORITY)
 *           └─ EPCI E2 (200000002) ── commune 26002: d (ASSOCIATION), e (FOUNDATION), z (MEDIA, no tie)
 * from 2020-01-01: p1 {a, b, c} intensity 2, p2 {c, d}, p3 {d, e}; 2018–2019 only: p4 {a, e}
 * on 2024-01-01:   a ─ b, a ─ c, b ─ c (weight 2 each), c ─ d, d ─ e (weight 1);  z alone
 * </pre>
 *
 * Betweenness: c lies on the shortest paths of {a,d} {a,e} {b,d} {b,e} → 4; d on {a,e} {b,e} {c,e} → 3;
 * n = 6, so normalised by 2/((n-1)(n-2)) = 0.1: c 0.4, d 0.3. Cut points c and d; bridges c–d and d–e.
 */
class AnalysisIntegrationTests extends IntegrationTest {

	static final String FIXTURE = """
			CREATE (r:Territory {code: 'R84', name: 'Auvergne-Rhône-Alpes', level: 'REGION', version: 0})
			CREATE (o:Territory {code: '93', name: "Provence-Alpes-Côte d'Azur", level: 'REGION', version: 0})
			CREATE (dep:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
			CREATE (e1:Territory {code: '200000001', name: 'E1', level: 'EPCI', version: 0})-[:PART_OF]->(dep)
			CREATE (e2:Territory {code: '200000002', name: 'E2', level: 'EPCI', version: 0})-[:PART_OF]->(dep)
			CREATE (c1:Territory {code: '26001', name: 'Une', level: 'COMMUNE', version: 0})-[:PART_OF]->(e1)
			CREATE (c2:Territory {code: '26002', name: 'Deux', level: 'COMMUNE', version: 0})-[:PART_OF]->(e2)
			CREATE (c1)-[:PART_OF]->(dep), (c2)-[:PART_OF]->(dep)
			WITH c1, c2
			UNWIND [['a', 'ASSOCIATION', c1], ['b', 'COMPANY', c1], ['c', 'LOCAL_AUTHORITY', c1],
			        ['d', 'ASSOCIATION', c2], ['e', 'FOUNDATION', c2], ['z', 'MEDIA', c2]] AS row
			WITH row, row[2] AS seat
			CREATE (:Actor {id: row[0], name: 'Acteur ' + row[0], sector: row[1], version: 0})-[:LOCATED_IN]->(seat)
			WITH count(*) AS actors
			UNWIND [['p1', ['a', 'b', 'c'], 2, date('2020-01-01'), null],
			        ['p2', ['c', 'd'], 1, date('2020-01-01'), null],
			        ['p3', ['d', 'e'], null, date('2020-01-01'), null],
			        ['p4', ['a', 'e'], 1, date('2018-01-01'), date('2019-12-31')]] AS row
			CREATE (p:Partnership {id: row[0], type: 'SOCIETAL_INNOVATION', intensity: row[2], start: row[3],
			                       end: row[4], version: 0})
			WITH p, row
			UNWIND row[1] AS member
			MATCH (a:Actor {id: member})
			CREATE (a)-[:MEMBER_OF {role: 'PARTNER'}]->(p)""";

	@BeforeEach
	void fixture() {
		cypher(FIXTURE);
	}

	/**
	 * No general practitioner at all (a value of 0 where less means more need) gives no finite need index: the
	 * domain has no need figure, in the gaps as in the report, and the other needs are unaffected (poverty 21.75 %
	 * against 14.5 % nationally: 1.5).
	 */
	@Test
	void shouldLeaveANeedWithoutAFigureOutOfTheGapsAndTheReportAlike() {
		cypher("""
				MATCH (t:Territory {code: '26'}), (gp:Indicator {code: 'GP_DENSITY'}), (p:Indicator {code: 'POVERTY_RATE'})
				CREATE (t)-[:HAS_INDICATOR {value: 0.0}]->(gp), (t)-[:HAS_INDICATOR {value: 21.75}]->(p)""");

		JsonNode gaps = get("/api/v1/analysis/gaps?territory=26&at=2024-01-01").json();
		assertThat(gaps.get("domainGaps")).hasSize(1);
		assertThat(gaps.get("domainGaps").get(0).get("domain").asString()).isEqualTo("SOCIAL_FRAGILITIES");
		assertThat(gaps.get("domainGaps").get(0).get("needIndex").asDouble()).isCloseTo(1.5, within(1e-9));
		// every domain's need and coverage, gap or not: no project and no actor with a domain in the fixture
		JsonNode poor = find(gaps.get("domains"), "SOCIAL_FRAGILITIES", "domain");
		assertThat(poor.get("needIndex").asDouble()).isCloseTo(1.5, within(1e-9));
		assertThat(poor.get("neediestIndicator").asString()).isEqualTo("POVERTY_RATE");
		assertThat(poor.get("activeProjects").asInt()).isZero();
		assertThat(poor.get("actors").asInt()).isZero();
		JsonNode doctors = find(gaps.get("domains"), "HEALTH", "domain");
		assertThat(doctors.get("needIndex").isNull()).isTrue();
		assertThat(doctors.get("indicators").toString()).isEqualTo("[\"GP_DENSITY\"]");
		assertThat(gaps.get("domains")).hasSize(get("/api/v1/reference/domains").json().size());
		JsonNode report = get("/api/v1/territories/26/diagnostic?at=2024-01-01").json();
		JsonNode health = find(report.get("domains"), "HEALTH", "domain");
		assertThat(health.get("needIndex").isNull()).isTrue();
		assertThat(health.get("indicators").toString()).isEqualTo("[\"GP_DENSITY\"]");
		assertThat(health.get("gap").asBoolean()).isFalse();
		JsonNode poverty = find(report.get("domains"), "SOCIAL_FRAGILITIES", "domain");
		assertThat(poverty.get("needIndex").asDouble()).isCloseTo(1.5, within(1e-9));
		assertThat(poverty.get("gap").asBoolean()).isTrue();
	}

	@Test
	void shouldRankTheBrokerFirstWithHandComputedBetweenness() {
		JsonNode answer = get("/api/v1/analysis/catalysts?territory=26&at=2024-01-01&limit=10").json();

		assertThat(answer.get("actorCount").asInt()).isEqualTo(6);
		assertThat(answer.get("tieCount").asInt()).isEqualTo(5);
		assertThat(answer.get("betweennessMethod").asString()).isEqualTo("EXACT");
		assertThat(answer.get("scope").get("groupLevel").asString()).isEqualTo("EPCI");
		JsonNode first = answer.get("catalysts").get(0);
		assertThat(first.get("id").asString()).isEqualTo("c");
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("betweenness").asDouble()).isCloseTo(4.0, within(1e-9));
		assertThat(first.get("betweennessNormalized").asDouble()).isCloseTo(0.4, within(1e-9));
		// its neighbours a, b, d are an association, a company, an association: two sectors
		assertThat(first.get("sectorDiversity").asInt()).isEqualTo(2);
		assertThat(first.get("explanation").asString()).contains("secteurs").contains("40 %");
		JsonNode d = find(answer.get("catalysts"), "d");
		assertThat(d.get("betweenness").asDouble()).isCloseTo(3.0, within(1e-9));
		assertThat(find(answer.get("catalysts"), "z").get("betweenness").asDouble()).isZero();
	}

	@Test
	void shouldAnswerForTheNetworkAsItStoodOnTheDate() {
		JsonNode answer = get("/api/v1/analysis/catalysts?territory=26&at=2019-06-01").json();

		assertThat(answer.get("tieCount").asInt()).isEqualTo(1);
		assertThat(get("/api/v1/analysis/catalysts?territory=26&at=2017-06-01").json().get("tieCount").asInt())
			.isZero();
	}

	@Test
	void shouldReportCutPointsBridgesAndTheTerritoryLinkTheyCarry() {
		JsonNode answer = get("/api/v1/analysis/articulations?territory=26&at=2024-01-01").json();

		// {a, b, c} ─ d ─ e and z alone: two components. Without c: {a, b}, {d, e}, {z}; the pieces {a, b} and
		// {d, e} are as large, the main one holds the smallest id (a), so {d, e} (EPCI E2) is cut off, 2 actors.
		// Without d: {a, b, c}, {e}, {z}; e (E2) is cut off, 1 actor. Most actors cut off first: c, then d.
		assertThat(answer.get("components").asInt()).isEqualTo(2);
		assertThat(answer.get("articulationPoints").toString()).isEqualTo("""
				[{"id":"c","name":"Acteur c","separates":["200000002"],"componentsWithout":3},\
				{"id":"d","name":"Acteur d","separates":["200000002"],"componentsWithout":3}]""");
		// c–d cuts off the smaller side {d, e}, d–e cuts off {e}: both in E2; larger side cut off first
		assertThat(answer.get("bridges").toString()).isEqualTo("""
				[{"source":"c","target":"d","separates":["200000002"]},\
				{"source":"d","target":"e","separates":["200000002"]}]""");
		// the only tie between E1 (a, b, c) and E2 (d, e, z) is c–d, of p2 (intensity 1); either c or d alone
		// cuts every E1–E2 path
		assertThat(answer.get("territoryLinks").toString()).isEqualTo("""
				[{"a":"200000001","b":"200000002","weight":1.0,"carriers":["c","d"],"vertexConnectivity":1}]""");
		// the vertices of that territory graph: a, b, c sit in E1, d, e, z in E2; as many actors, so by code
		assertThat(answer.get("territories").toString()).isEqualTo("""
				[{"code":"200000001","name":"E1","actors":3},{"code":"200000002","name":"E2","actors":3}]""");

		JsonNode pair = get("/api/v1/analysis/articulations?territory=26&at=2024-01-01&between=200000001,200000002")
			.json();
		// of the two cuts of one actor, c (in E1) and d (in E2), the one closest to the first territory: c
		assertThat(pair.get("cut").toString()).isEqualTo("""
				{"a":"200000001","b":"200000002","vertexConnectivity":1,"actors":["c"]}""");
	}

	@Test
	void shouldShowAbsentSectorsAndIsolatedActors() {
		JsonNode answer = get("/api/v1/analysis/gaps?territory=26&at=2024-01-01").json();

		assertThat(answer.get("sectorsAbsent").toString()).contains("STATE", "SOCIAL_ECONOMY", "EDUCATION_RESEARCH",
				"CITIZEN_INITIATIVE", "NETWORK");
		assertThat(answer.get("sectorsAbsent")).hasSize(5);
		assertThat(answer.get("isolatedActors").get(0).asString()).isEqualTo("z");
		assertThat(answer.get("components")).hasSize(2);
		assertThat(answer.get("shareOutsideLargest").asDouble()).isCloseTo(1.0 / 6, within(1e-9));
	}

	@Test
	void shouldSuggestTheClosingOfTheStrongestOpenTriangleFirst() {
		JsonNode answer = get("/api/v1/analysis/suggestions?territory=26&at=2024-01-01").json();

		// (c, e) share d, of degree 2: Adamic–Adar 1/ln 2; (a, d) and (b, d) share c, of degree 3: 1/ln 3
		assertThat(answer.get("candidateCount").asLong()).isEqualTo(3);
		JsonNode first = answer.get("suggestions").get(0);
		assertThat(List.of(first.get("a").asString(), first.get("b").asString())).containsExactly("c", "e");
		assertThat(first.get("indices").get("adamicAdar").asDouble()).isCloseTo(1 / Math.log(2), within(1e-9));
		assertThat(first.get("reasons").toString()).contains("partenaire");
	}

	@Test
	void shouldGiveOneTrajectoryPointPerYear() {
		JsonNode answer = get("/api/v1/analysis/trajectory?territory=26&from=2018-06-01&to=2022-06-01&step=P1Y")
			.json();

		assertThat(answer.get("points")).hasSize(5);
		assertThat(answer.get("points").findValuesAsString("at")).containsExactly("2018-06-01", "2019-06-01",
				"2020-06-01", "2021-06-01", "2022-06-01");
		assertThat(answer.get("points").get(0).get("tieCount").asInt()).isEqualTo(1);
		assertThat(answer.get("points").get(2).get("tieCount").asInt()).isEqualTo(5);
	}

	@Test
	void shouldAnswer404ForAnUnknownTerritoryAnd200ForAnEmptyScope() {
		Answer unknown = get("/api/v1/analysis/catalysts?territory=99");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");

		Answer empty = get("/api/v1/analysis/catalysts?territory=93");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.json().get("catalysts")).isEmpty();
		assertThat(get("/api/v1/analysis/gaps?territory=93").status()).isEqualTo(200);
		assertThat(get("/api/v1/analysis/articulations?territory=93").status()).isEqualTo(200);
		assertThat(get("/api/v1/analysis/suggestions?territory=93").status()).isEqualTo(200);
	}

	@Test
	void shouldRejectBadParametersInFrench() {
		Answer badDate = get("/api/v1/analysis/catalysts?at=2024-13-01");
		assertThat(badDate.status()).isEqualTo(422);
		assertThat(badDate.json().get("errors").get(0).get("path").asString()).isEqualTo("at");
		Answer badSector = get("/api/v1/analysis/gaps?sector=PIRATES");
		assertThat(badSector.status()).isEqualTo(422);
		assertThat(badSector.json().get("detail").asString()).contains("secteur inconnu");
		assertThat(get("/api/v1/analysis/catalysts?limit=0").status()).isEqualTo(422);
		assertThat(get("/api/v1/analysis/trajectory?step=P1D").status()).isEqualTo(422);
	}

	@Test
	void shouldSeeAWriteAtOnceDespiteTheProjectionCache() {
		assertThat(get("/api/v1/analysis/catalysts?territory=26&at=2024-01-01").json().get("tieCount").asInt())
			.isEqualTo(5);
		// p3 (d ─ e) ends the day before: a change of one property, through the API, at the version read
		Answer read = get("/api/v1/partnerships/p3");
		ObjectNode ended = (ObjectNode) read.json();
		ended.put("end", "2023-12-31");
		Answer written = sendWith("PUT", "/api/v1/partnerships/p3", ended, Map.of("If-Match", read.etag()));
		assertThat(written.status()).as(written.toString()).isEqualTo(200);

		assertThat(get("/api/v1/analysis/catalysts?territory=26&at=2024-01-01").json().get("tieCount").asInt())
			.isEqualTo(4);
	}

	private static JsonNode find(JsonNode catalysts, String id) {
		return find(catalysts, id, "id");
	}

	private static JsonNode find(JsonNode entries, String key, String field) {
		for (JsonNode entry : entries) {
			if (entry.get(field).asString().equals(key)) {
				return entry;
			}
		}
		throw new AssertionError("no entry " + field + " = " + key);
	}
}
