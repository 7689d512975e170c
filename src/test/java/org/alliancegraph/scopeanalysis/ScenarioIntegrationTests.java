package org.alliancegraph.scopeanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The scenario answer over real HTTP on the graph of {@link AnalysisIntegrationTests} (a ─ b ─ c triangle in
 * EPCI 200000001 through p1, c ─ d through p2, d ─ e through p3, z alone), worked out by hand.
 */
class ScenarioIntegrationTests extends IntegrationTest {

	private static final String SCOPE = "/api/v1/analysis/scenario?territory=26&at=2024-01-01";

	@BeforeEach
	void fixture() {
		cypher(AnalysisIntegrationTests.FIXTURE);
	}

	/**
	 * Without c: {a, b}, {d, e}, {z}; the largest, on equal sizes, holds a, so d and e are cut off. 5 actors, 2 ties
	 * (a ─ b, d ─ e), 3 components, z isolated, 2 / 5 in the largest, no articulation point, density 2·2 / (5·4) =
	 * 0.2; as it is: 6 actors, 5 ties, 2 components, 1 isolated, 5 / 6, 2 articulation points (c, d), 10 / 30.
	 */
	@Test
	void shouldCutOffTheActorsBeyondTheDepartedBroker() {
		JsonNode answer = get(SCOPE + "&without=c").json();

		assertThat(answer.get("cutOff").findValuesAsString("id")).containsExactly("d", "e");
		assertThat(answer.get("cutOff").get(0).get("territory").asString()).isEqualTo("200000002");
		assertFigures(answer.get("baseline"), 6, 5, 2, 1, 5 / 6.0, 2, 1 / 3.0);
		assertFigures(answer.get("scenario"), 5, 2, 3, 1, 0.4, 0, 0.2);
		JsonNode link = answer.get("territoryLinks").get(0);
		assertThat(link.get("a").asString()).isEqualTo("200000001");
		assertThat(link.get("b").asString()).isEqualTo("200000002");
		assertThat(link.get("change").asString()).isEqualTo("LOST");
		assertThat(link.get("carriersBefore").toString()).isEqualTo("[\"c\",\"d\"]");
		assertThat(link.get("carriersAfter")).isEmpty();
		assertThat(link.get("connectivityBefore").asInt()).isEqualTo(1);
		assertThat(link.get("connectivityAfter").asInt()).isZero();
		// c was the first catalyst; it has no rank once gone
		JsonNode first = answer.get("catalystShifts").get(0);
		assertThat(first.get("id").asString()).isEqualTo("c");
		assertThat(first.get("rankBefore").asInt()).isEqualTo(1);
		assertThat(first.get("rankAfter").isNull()).isTrue();
		assertThat(answer.get("summary").asString()).startsWith("Dans ce scénario, 2 acteurs sont coupés")
			.contains("de 2 composantes à 3").contains("1 lien entre territoires est perdu");
		assertThat(get(SCOPE + "&without=c&lang=en").json().get("summary").asString())
			.startsWith("In this scenario, 2 actors are cut off");
	}

	/**
	 * The scenario's figures are those the analyses give once c is really deleted (with its memberships: p2, left
	 * with d alone, goes too; p1 keeps a and b).
	 */
	@Test
	void shouldGiveTheFiguresOfTheNetworkWhereTheActorIsDeleted() {
		JsonNode scenario = get(SCOPE + "&without=c").json().get("scenario");

		Answer deletion = asAdmin("DELETE", "/api/v1/actors/c?cascade=true", null);
		assertThat(deletion.status()).isEqualTo(200);
		assertThat(deletion.json().get("deletedPartnerships").toString()).isEqualTo("[\"p2\"]");

		JsonNode baseline = get(SCOPE).json().get("baseline");
		assertThat(baseline).isEqualTo(scenario);
		JsonNode point = get("/api/v1/analysis/trajectory?territory=26&from=2024-01-01&to=2024-01-01").json()
			.get("points")
			.get(0);
		assertThat(point.get("actorCount").asInt()).isEqualTo(scenario.get("actorCount").asInt());
		assertThat(point.get("tieCount").asInt()).isEqualTo(scenario.get("tieCount").asInt());
		assertThat(point.get("components").asInt()).isEqualTo(scenario.get("components").asInt());
		assertThat(point.get("isolatedActors").asInt()).isEqualTo(scenario.get("isolated").asInt());
		assertThat(point.get("articulationPoints").asInt()).isEqualTo(scenario.get("articulationPointCount").asInt());
		assertThat(point.get("density").asDouble()).isCloseTo(scenario.get("density").asDouble(), within(1e-12));
		assertThat(1 - point.get("shareOutsideLargest").asDouble())
			.isCloseTo(scenario.get("largestComponentShare").asDouble(), within(1e-12));
	}

	@Test
	void shouldJoinTwoComponentsWithANewTie() {
		JsonNode answer = get(SCOPE + "&with=e:z").json();

		assertThat(answer.get("baseline").get("components").asInt()).isEqualTo(2);
		assertThat(answer.get("scenario").get("components").asInt()).isEqualTo(1);
		assertThat(answer.get("scenario").get("tieCount").asInt()).isEqualTo(6);
		assertThat(answer.get("scenario").get("isolated").asInt()).isZero();
		assertThat(answer.get("cutOff")).isEmpty();
	}

	/**
	 * p5 {a, b} also ties a and b: when p1 {a, b, c} ends, a ─ b stays (weight 1 left), a ─ c and b ─ c go:
	 * {a, b}, {c, d, e}, {z}, the largest now {c, d, e}, so a and b are cut off; ties a ─ b, c ─ d, d ─ e.
	 */
	@Test
	void shouldTakeOnlyTheEndingPartnershipsPartOfATie() {
		cypher("""
				MATCH (a:Actor {id: 'a'}), (b:Actor {id: 'b'})
				CREATE (p:Partnership {id: 'p5', type: 'SOCIETAL_INNOVATION', intensity: 1, start: date('2020-01-01'),
				                       version: 0})
				CREATE (a)-[:MEMBER_OF {role: 'PARTNER'}]->(p), (b)-[:MEMBER_OF {role: 'PARTNER'}]->(p)""");

		JsonNode answer = get(SCOPE + "&withoutPartnerships=p1").json();

		assertThat(answer.get("scenario").get("tieCount").asInt()).isEqualTo(3);
		assertThat(answer.get("scenario").get("components").asInt()).isEqualTo(3);
		assertThat(answer.get("cutOff").findValuesAsString("id")).containsExactly("a", "b");
	}

	@Test
	void shouldNameEveryUnknownIdInFrench() {
		Answer answer = get(SCOPE + "&without=c,nobody&withoutPartnerships=p9&with=a:ghost,b");

		assertThat(answer.status()).isEqualTo(422);
		JsonNode errors = answer.json().get("errors");
		assertThat(errors).hasSize(4);
		assertThat(errors.get(0).get("path").asString()).isEqualTo("without");
		assertThat(errors.get(0).get("value").asString()).isEqualTo("nobody");
		assertThat(errors.get(0).get("message").asString()).contains("acteur inconnu");
		assertThat(errors.get(1).get("value").asString()).isEqualTo("p9");
		assertThat(errors.get(1).get("message").asString()).contains("partenariat inconnu");
		assertThat(errors.get(2).get("value").asString()).isEqualTo("ghost");
		assertThat(errors.get(3).get("value").asString()).isEqualTo("b");
		assertThat(errors.get(3).get("message").asString()).contains("A:B");
		// an actor outside the scope is unknown to it: the inactive p4 (2018–2019) too
		assertThat(get(SCOPE + "&withoutPartnerships=p4").status()).isEqualTo(422);
	}

	private static void assertFigures(JsonNode figures, int actors, int ties, int components, int isolated,
			double largestShare, int articulationPoints, double density) {
		assertThat(figures.get("actorCount").asInt()).isEqualTo(actors);
		assertThat(figures.get("tieCount").asInt()).isEqualTo(ties);
		assertThat(figures.get("components").asInt()).isEqualTo(components);
		assertThat(figures.get("isolated").asInt()).isEqualTo(isolated);
		assertThat(figures.get("largestComponentShare").asDouble()).isCloseTo(largestShare, within(1e-12));
		assertThat(figures.get("articulationPointCount").asInt()).isEqualTo(articulationPoints);
		assertThat(figures.get("density").asDouble()).isCloseTo(density, within(1e-12));
	}
}
