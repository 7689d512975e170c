package org.alliancegraph.scopeanalysis;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the SDG and partnership-type filters keep, over real HTTP, on a graph whose answers are worked out by hand.
 *
 * <pre>
 * Drôme (26) ⊃ commune 26001: a, b, c, d, e;  Bretagne (53): f
 * projects (from 2020 unless said):
 *   P1 SDG 3      contributors a, b, f
 *   P2 SDG 4      contributors b, c, and d until 2022-12-31
 *   P3 SDG 3      from 2025: contributors d, e
 *   P4 SDG 13     contributors c, e
 * partnerships:
 *   X1 GRANT         from 2019: a, c
 *   X2 GRANT         2015–2018: b, d
 *   X3 PHILANTHROPY  from 2020: b, c, e
 * </pre>
 *
 * On 2024-01-01 in the Drôme (f is outside): SDG 3 keeps P1's {a, b} and its tie a–b; SDG 4 keeps P2's contributors
 * then, {b, c} (d's contribution had ended) and b–c; GRANT keeps X1 only (X2 had ended): {a, c}, a–c; PHILANTHROPY
 * keeps {b, c, e} and b–c, b–e, c–e.
 */
class HighlightIntegrationTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		cypher("""
				CREATE (r:Territory {code: 'R84', name: 'Auvergne-Rhône-Alpes', level: 'REGION', version: 0})
				CREATE (dep:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
				CREATE (:Territory {code: '26001', name: 'Une', level: 'COMMUNE', version: 0})-[:PART_OF]->(dep)
				CREATE (:Territory {code: '53', name: 'Bretagne', level: 'REGION', version: 0})
				WITH 1 AS one
				UNWIND [['a', '26001'], ['b', '26001'], ['c', '26001'], ['d', '26001'], ['e', '26001'], ['f', '53']] AS row
				MATCH (seat:Territory {code: row[1]})
				CREATE (:Actor {id: row[0], name: 'Acteur ' + row[0], sector: 'ASSOCIATION', version: 0})-[:LOCATED_IN]->(seat)
				WITH count(*) AS actors
				UNWIND [['P1', '3', date('2020-01-01'), [['a', null], ['b', null], ['f', null]]],
				        ['P2', '4', date('2020-01-01'), [['b', null], ['c', null], ['d', date('2022-12-31')]]],
				        ['P3', '3', date('2025-01-01'), [['d', null], ['e', null]]],
				        ['P4', '13', date('2020-01-01'), [['c', null], ['e', null]]]] AS row
				MATCH (sdg:Sdg {code: row[1]})
				CREATE (p:Project {id: row[0], name: 'Projet ' + row[0], phase: 'DEPLOYMENT', start: row[2], version: 0})
				CREATE (p)-[:CONTRIBUTES_TO_SDG]->(sdg)
				WITH p, row
				UNWIND row[3] AS contribution
				MATCH (a:Actor {id: contribution[0]})
				CREATE (a)-[:CONTRIBUTES_TO {role: 'PARTNER', until: contribution[1]}]->(p)
				WITH count(*) AS contributions
				UNWIND [['X1', 'GRANT', date('2019-01-01'), null, ['a', 'c']],
				        ['X2', 'GRANT', date('2015-01-01'), date('2018-12-31'), ['b', 'd']],
				        ['X3', 'PHILANTHROPY', date('2020-01-01'), null, ['b', 'c', 'e']]] AS row
				CREATE (x:Partnership {id: row[0], type: row[1], start: row[2], end: row[3], version: 0})
				WITH x, row
				UNWIND row[4] AS member
				MATCH (a:Actor {id: member})
				CREATE (a)-[:MEMBER_OF {role: 'PARTNER'}]->(x)""");
	}

	@Test
	void shouldKeepTheContributorsOfProjectsAimingAtTheSdgsOnTheDate() {
		assertKept("sdg=3", List.of("a", "b"), List.of("a|b"));
		assertKept("sdg=3,4", List.of("a", "b", "c"), List.of("a|b", "b|c"));
		assertKept("sdg=3&sdg=4", List.of("a", "b", "c"), List.of("a|b", "b|c"));
		assertKept("sdg=16", List.of(), List.of());
	}

	@Test
	void shouldKeepTheMembersOfActivePartnershipsOfTheTypes() {
		assertKept("type=GRANT", List.of("a", "c"), List.of("a|c"));
		assertKept("type=GRANT,PHILANTHROPY", List.of("a", "b", "c", "e"), List.of("a|c", "b|c", "b|e", "c|e"));
	}

	/**
	 * SDGs 3, 4 and PHILANTHROPY: actors {a, b, c} and {b, c, e} → b, c; ties {a–b, b–c} and {b–c, b–e, c–e} → b–c.
	 * SDG 3 and GRANT: {a, b} and {a, c} → a; ties {a–b} and {a–c} → none.
	 */
	@Test
	void shouldKeepWhatBothFiltersKeep() {
		assertKept("sdg=3,4&type=PHILANTHROPY", List.of("b", "c"), List.of("b|c"));
		assertKept("sdg=3&type=GRANT", List.of("a"), List.of());
	}

	/** In 2026, P3 has started: d and e join SDG 3, and their tie. */
	@Test
	void shouldAnswerForTheDateAndTheScope() {
		JsonNode later = kept("territory=26&at=2026-01-01&sdg=3");
		assertThat(strings(later.get("actors"))).containsExactly("a", "b", "d", "e");
		assertThat(ties(later)).containsExactly("a|b", "d|e");
		JsonNode everywhere = kept("at=2024-01-01&sdg=3");
		assertThat(strings(everywhere.get("actors"))).containsExactly("a", "b", "f");
		assertThat(ties(everywhere)).containsExactly("a|b", "a|f", "b|f");
		assertThat(everywhere.get("scope").get("territory").isNull()).isTrue();
		assertThat(strings(everywhere.get("sdgs"))).containsExactly("3");
		assertThat(everywhere.get("types")).isEmpty();
	}

	@Test
	void shouldNameWhatIsMissingOrUnknownInFrench() {
		assertError("/api/v1/analysis/highlight?territory=26", "sdg", null,
				"au moins un ODD (sdg) ou un type de partenariat (type) attendu");
		assertError("/api/v1/analysis/highlight?sdg=42", "sdg", "42", "ODD inconnu ; voir /api/v1/reference/sdgs");
		assertError("/api/v1/analysis/highlight?type=NOPE", "type", "NOPE",
				"type de partenariat inconnu ; voir /api/v1/reference/partnership-types");
		assertThat(get("/api/v1/analysis/highlight?territory=99999&sdg=3").status()).isEqualTo(404);
	}

	private void assertKept(String filters, List<String> actors, List<String> ties) {
		JsonNode answer = kept("territory=26&at=2024-01-01&" + filters);
		assertThat(strings(answer.get("actors"))).as(filters).containsExactlyElementsOf(actors);
		assertThat(ties(answer)).as(filters).containsExactlyElementsOf(ties);
	}

	private JsonNode kept(String query) {
		Answer answer = get("/api/v1/analysis/highlight?" + query);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	private void assertError(String path, String field, String value, String message) {
		Answer answer = get(path);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("path").asString()).isEqualTo(field);
		if (value == null) {
			assertThat(error.get("value").isNull()).as(error.toString()).isTrue();
		}
		else {
			assertThat(error.get("value").asString()).isEqualTo(value);
		}
		assertThat(error.get("message").asString()).isEqualTo(message);
	}

	private static List<String> ties(JsonNode answer) {
		List<String> ties = new ArrayList<>();
		answer.get("ties").forEach(tie -> {
			assertThat(tie).hasSize(2);
			ties.add(tie.get(0).asString() + "|" + tie.get(1).asString());
		});
		return ties;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}
}
