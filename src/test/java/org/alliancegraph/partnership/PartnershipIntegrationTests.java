package org.alliancegraph.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.alliancegraph.IntegrationTest;
import org.alliancegraph.write.PendingKeys;
import org.alliancegraph.write.WriteOutcome;
import org.alliancegraph.web.InputError;
import org.alliancegraph.web.InputErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipIntegrationTests extends IntegrationTest {

	@Autowired
	private PartnershipService partnerships;

	/**
	 * Région 84 ⊃ Drôme 26 ⊃ Valence 26362; Rhône 69 ⊃ Lyon 69123 (in 84 too); Bretagne 53 apart. Actors,
	 * created directly (the actor API belongs to another feature): a1 seated in Valence, a2 in Lyon, a3 in
	 * Bretagne, a4 seated in Bretagne and active in the Drôme. Projects p1 and p2.
	 */
	@BeforeEach
	void territoriesActorsAndProjects() {
		cypher("""
				CREATE (r:Territory {code: 'R84', name: 'Auvergne-Rhône-Alpes', level: 'REGION', version: 0})
				CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
				CREATE (v:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				CREATE (rh:Territory {code: '69', name: 'Rhône', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
				CREATE (l:Territory {code: '69123', name: 'Lyon', level: 'COMMUNE', version: 0})-[:PART_OF]->(rh)
				CREATE (:Territory {code: '53', name: 'Bretagne', level: 'REGION', version: 0})
				CREATE (:Project {id: 'p1', name: 'Mobilité solidaire', phase: 'EXPERIMENTATION',
				                  start: date('2023-01-01'), version: 0})
				CREATE (:Project {id: 'p2', name: 'Cantines bio', phase: 'DEPLOYMENT',
				                  start: date('2021-01-01'), version: 0})""");
		actor("a1", "Association A", "26362");
		actor("a2", "Entreprise B", "69123");
		actor("a3", "Fondation C", "53");
		actor("a4", "Réseau D", "53");
		cypher("MATCH (a:Actor {id: 'a4'}), (t:Territory {code: '26'}) CREATE (a)-[:ACTIVE_IN]->(t)");
	}

	private void actor(String id, String name, String seat) {
		cypher("CREATE (:Actor {id: $id, name: $name, sector: 'ASSOCIATION', version: 0})", "id", id, "name", name);
		cypher("MATCH (a:Actor {id: $id}), (t:Territory {code: $seat}) CREATE (a)-[:LOCATED_IN]->(t)", "id", id,
				"seat", seat);
	}

	/** A valid partnership; tests change a field with {@link #with}. */
	private static Map<String, Object> alliance() {
		Map<String, Object> x = new LinkedHashMap<>();
		x.put("id", "x1");
		x.put("type", "SOCIETAL_INNOVATION");
		x.put("start", "2022-05-01");
		x.put("end", null);
		x.put("intensity", 2);
		x.put("description", "Mobilité partagée en Drôme");
		x.put("members", List.of(member("a2", "PARTNER"), member("a1", "LEAD")));
		x.put("supports", List.of("p1"));
		x.put("domains", List.of("MOBILITY", "SOCIAL_FRAGILITIES"));
		return x;
	}

	private static Map<String, Object> member(String actor, String role) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("actor", actor);
		m.put("role", role);
		return m;
	}

	private static Map<String, Object> with(Map<String, Object> partnership, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(partnership);
		changed.put(field, value);
		return changed;
	}

	private static List<String> errorPaths(Answer answer) {
		List<String> paths = new ArrayList<>();
		answer.json().get("errors").forEach(e -> paths.add(e.get("path").asString()));
		return paths;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	private long dataVersion() {
		return count("OPTIONAL MATCH (v:DataVersion) RETURN coalesce(v.value, 0)");
	}

	@Test
	void shouldCreateReadUpdateAndDeleteAPartnership() {
		Answer created = post("/api/v1/partnerships", alliance());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/partnerships/x1");
		assertThat(created.json().get("version").asLong()).isZero();

		JsonNode read = get("/api/v1/partnerships/x1").json();
		assertThat(read.get("type").asString()).isEqualTo("SOCIETAL_INNOVATION");
		assertThat(read.get("start").asString()).isEqualTo("2022-05-01");
		assertThat(read.get("end").isNull()).isTrue();
		assertThat(read.get("intensity").asInt()).isEqualTo(2);
		assertThat(read.get("description").asString()).isEqualTo("Mobilité partagée en Drôme");
		assertThat(read.get("members").size()).isEqualTo(2);
		assertThat(read.get("members").get(0).get("actor").asString()).isEqualTo("a1");
		assertThat(read.get("members").get(0).get("role").asString()).isEqualTo("LEAD");
		assertThat(read.get("members").get(1).get("actor").asString()).isEqualTo("a2");
		assertThat(read.get("members").get(1).get("role").asString()).isEqualTo("PARTNER");
		assertThat(strings(read.get("supports"))).containsExactly("p1");
		assertThat(strings(read.get("domains"))).containsExactly("MOBILITY", "SOCIAL_FRAGILITIES");
		assertThat(count("MATCH (x:Partnership {id: 'x1'}) WHERE x.start = date('2022-05-01') RETURN count(x)"))
			.isEqualTo(1);

		Map<String, Object> changed = with(with(alliance(), "end", "2024-04-30"), "version", 0);
		changed.put("intensity", null);
		changed.put("members", List.of(member("a1", "LEAD"), member("a3", "FUNDER")));
		changed.put("supports", List.of("p2", "p1"));
		changed.put("domains", List.of());
		Answer updated = put("/api/v1/partnerships/x1", changed);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		JsonNode after = updated.json();
		assertThat(after.get("version").asLong()).isEqualTo(1);
		assertThat(after.get("end").asString()).isEqualTo("2024-04-30");
		assertThat(after.get("intensity").isNull()).isTrue();
		assertThat(after.get("members").get(1).get("actor").asString()).isEqualTo("a3");
		assertThat(after.get("members").get(1).get("role").asString()).isEqualTo("FUNDER");
		assertThat(strings(after.get("supports"))).containsExactly("p1", "p2");
		assertThat(after.get("domains").size()).isZero();
		assertThat(count("MATCH (:Actor)-[m:MEMBER_OF]->(:Partnership) RETURN count(m)")).isEqualTo(2);
		assertThat(count("MATCH (:Actor {id: 'a2'})-[m:MEMBER_OF]->() RETURN count(m)")).isZero();

		assertThat(delete("/api/v1/partnerships/x1").status()).isEqualTo(204);
		assertThat(get("/api/v1/partnerships/x1").status()).isEqualTo(404);
		assertThat(delete("/api/v1/partnerships/x1").status()).isEqualTo(404);
		assertThat(count("MATCH (n) WHERE n:Actor OR n:Project RETURN count(n)")).as("members and projects stay")
			.isEqualTo(6);
	}

	/** What an import does: a batch validated against keys it is about to create, then upserts. */
	@Test
	void shouldValidateABatchAgainstPendingKeysAndTellWhatEachUpsertDid() {
		List<MemberRequest> newcomers = List.of(new MemberRequest("a1", "LEAD"), new MemberRequest("new-actor", "PARTNER"));
		PartnershipRequest pending = new PartnershipRequest("x8", "GRANT", LocalDate.of(2024, 1, 1), null, null, null,
				newcomers, List.of("new-project"), List.of(), null);
		PartnershipRequest unknown = new PartnershipRequest("x9", "GRANT", LocalDate.of(2024, 1, 1), null, null, null,
				newcomers, List.of("other-project"), List.of(), null);
		InputErrors errors = new InputErrors();

		partnerships.validate(List.of(pending, unknown),
				new PendingKeys(Set.of(), Set.of("new-actor"), Set.of("new-project")), errors,
				i -> errors.at("partnerships[" + i + "]"));

		assertThat(errors.list()).extracting(InputError::path).containsExactly("partnerships[1].supports[0]");

		PartnershipRequest stored = new PartnershipRequest("x7", "GRANT", LocalDate.of(2024, 1, 1), null, 1, null,
				List.of(new MemberRequest("a1", "LEAD"), new MemberRequest("a2", "PARTNER")), List.of("p1"), List.of(),
				null);
		assertThat(partnerships.upsertAll(List.of(stored))).containsExactly(WriteOutcome.CREATED);
		assertThat(partnerships.upsertAll(List.of(stored))).containsExactly(WriteOutcome.UNCHANGED);
		assertThat(partnerships.upsertAll(List.of(new PartnershipRequest("x7", "GRANT", LocalDate.of(2024, 1, 1), null, 2, null,
				stored.members(), stored.supports(), List.of(), null)))).containsExactly(WriteOutcome.UPDATED);
		assertThat(partnerships.get("x7").version()).isEqualTo(1);
	}

	@Test
	void shouldRefuseToCreateAPartnershipTwice() {
		assertThat(post("/api/v1/partnerships", alliance()).status()).isEqualTo(201);
		String before = graphFingerprint();

		Answer again = post("/api/v1/partnerships", with(alliance(), "type", "GRANT"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	static Stream<Arguments> badPartnerships() {
		Map<String, Object> x = alliance();
		return Stream.of(Arguments.of("id mal formé", with(x, "id", "x/1"), List.of("id"),
						List.of("identifiant mal formé : de 1 à 100 lettres, chiffres ou « _ . : - »")),
				Arguments.of("type inconnu", with(x, "type", "FRIENDSHIP"), List.of("type"),
						List.of("type de partenariat inconnu ; voir /api/v1/reference/partnership-types")),
				Arguments.of("type manquant", with(x, "type", null), List.of("type"),
						List.of("type de partenariat inconnu ; voir /api/v1/reference/partnership-types")),
				Arguments.of("début manquant", with(x, "start", null), List.of("start"),
						List.of("la date de début est obligatoire")),
				Arguments.of("fin avant le début", with(x, "end", "2022-04-30"), List.of("end"),
						List.of("la fin précède le début (2022-05-01)")),
				Arguments.of("intensité 4", with(x, "intensity", 4), List.of("intensity"),
						List.of("l'intensité va de 1 (faible) à 3 (forte)")),
				Arguments.of("intensité 0", with(x, "intensity", 0), List.of("intensity"),
						List.of("l'intensité va de 1 (faible) à 3 (forte)")),
				Arguments.of("un seul membre", with(x, "members", List.of(member("a1", "LEAD"))), List.of("members"),
						List.of("un partenariat réunit au moins deux acteurs distincts")),
				Arguments.of("aucun membre", with(x, "members", List.of()), List.of("members"),
						List.of("un partenariat réunit au moins deux acteurs distincts")),
				Arguments.of("deux fois le même acteur",
						with(x, "members", List.of(member("a1", "LEAD"), member("a1", "PARTNER"))),
						List.of("members[1].actor", "members"),
						List.of("acteur déjà membre (members[0])",
								"un partenariat réunit au moins deux acteurs distincts")),
				Arguments.of("acteur inconnu",
						with(x, "members", List.of(member("a1", "LEAD"), member("ghost", "PARTNER"))),
						List.of("members[1].actor"),
						List.of("acteur inconnu")),
				Arguments.of("rôle inconnu", with(x, "members", List.of(member("a1", "LEAD"), member("a2", "BOSS"))),
						List.of("members[1].role"),
						List.of("rôle inconnu ; attendu : LEAD, PARTNER ou FUNDER")),
				Arguments.of("projet inconnu", with(x, "supports", List.of("p1", "p9")), List.of("supports[1]"),
						List.of("projet inconnu")),
				Arguments.of("domaine inconnu", with(x, "domains", List.of("SPACE")), List.of("domains[0]"),
						List.of("domaine d'action inconnu ; voir /api/v1/reference/domains")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badPartnerships")
	void shouldRejectAnInvalidPartnershipAndWriteNothing(String why, Map<String, Object> partnership,
			List<String> paths, List<String> messages) {
		String before = graphFingerprint();
		long dataVersion = dataVersion();

		Answer answer = post("/api/v1/partnerships", partnership);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(errorPaths(answer)).containsExactlyElementsOf(paths);
		assertThat(answer.json().get("errors").findValuesAsString("message")).containsExactlyElementsOf(messages);
		assertThat(answer.json().get("detail").asString()).contains(paths.get(0)).endsWith(" : " + messages.get(0));
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(dataVersion()).isEqualTo(dataVersion);
	}

	@Test
	void shouldExplainInFrenchThatAPartnershipNeedsTwoActors() {
		Answer answer = post("/api/v1/partnerships", with(alliance(), "members", List.of(member("a1", "LEAD"))));

		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("message").asString()).isEqualTo("un partenariat réunit au moins deux acteurs distincts");
		assertThat(strings(error.get("value"))).containsExactly("a1");
	}

	@Test
	void shouldRejectAnInvalidUpdateAndChangeNothing() {
		assertThat(post("/api/v1/partnerships", alliance()).status()).isEqualTo(201);
		String before = graphFingerprint();

		Answer answer = put("/api/v1/partnerships/x1", with(alliance(), "supports", List.of("p9")));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(errorPaths(answer)).containsExactly("supports[0]");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer400ToMalformedJson() {
		String before = graphFingerprint();

		Answer broken = post("/api/v1/partnerships", "{\"id\": \"x1\", \"members\": [");
		Answer badIntensity = post("/api/v1/partnerships", "{\"id\": \"x1\", \"intensity\": \"forte\"}");

		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.contentType()).startsWith("application/problem+json");
		assertThat(badIntensity.status()).isEqualTo(400);
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRejectAStaleVersion() {
		assertThat(post("/api/v1/partnerships", alliance()).status()).isEqualTo(201);
		Answer first = put("/api/v1/partnerships/x1", with(with(alliance(), "intensity", 3), "version", 0));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("version").asLong()).isEqualTo(1);
		String before = graphFingerprint();

		Answer second = put("/api/v1/partnerships/x1", with(with(alliance(), "intensity", 1), "version", 0));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(get("/api/v1/partnerships/x1").json().get("intensity").asInt()).isEqualTo(3);
	}

	@Test
	void shouldWriteNothingWhenAnUpdateChangesNothing() {
		assertThat(post("/api/v1/partnerships", alliance()).status()).isEqualTo(201);
		String before = graphFingerprint();
		long dataVersion = dataVersion();
		Map<String, Object> sameInAnotherOrder = with(with(alliance(), "version", 0), "members",
				List.of(member("a1", "LEAD"), member("a2", "PARTNER")));
		sameInAnotherOrder.put("domains", List.of("SOCIAL_FRAGILITIES", "MOBILITY"));

		Answer same = put("/api/v1/partnerships/x1", sameInAnotherOrder);

		assertThat(same.status()).as(same.toString()).isEqualTo(200);
		assertThat(same.json().get("version").asLong()).isZero();
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(dataVersion()).isEqualTo(dataVersion);
	}

	@Test
	void shouldFilterPartnerships() {
		assertThat(post("/api/v1/partnerships", alliance()).status()).isEqualTo(201);
		Map<String, Object> grant = with(with(alliance(), "id", "x2"), "type", "GRANT");
		grant.put("start", "2020-01-01");
		grant.put("end", "2021-12-31");
		grant.put("description", "Subvention à l'alimentation durable");
		grant.put("members", List.of(member("a3", "LEAD"), member("a2", "FUNDER")));
		grant.put("supports", List.of("p2"));
		grant.put("domains", List.of("FOOD"));
		assertThat(post("/api/v1/partnerships", grant).status()).isEqualTo(201);
		Map<String, Object> gift = with(with(alliance(), "id", "x3"), "type", "PHILANTHROPY");
		gift.put("start", "2023-01-01");
		gift.put("end", "2024-12-31");
		gift.put("description", null);
		gift.put("members", List.of(member("a3", "FUNDER"), member("a4", "LEAD")));
		gift.put("supports", List.of());
		gift.put("domains", List.of("EDUCATION"));
		assertThat(post("/api/v1/partnerships", gift).status()).isEqualTo(201);

		assertThat(ids("/api/v1/partnerships")).containsExactly("x3", "x1", "x2");
		assertThat(ids("/api/v1/partnerships?territory=26")).as("a1 seated in Valence, a4 active in the Drôme")
			.containsExactly("x3", "x1");
		assertThat(ids("/api/v1/partnerships?territory=26362")).containsExactly("x1");
		assertThat(ids("/api/v1/partnerships?territory=69")).containsExactly("x1", "x2");
		assertThat(ids("/api/v1/partnerships?territory=R84")).containsExactly("x3", "x1", "x2");
		assertThat(ids("/api/v1/partnerships?territory=53")).containsExactly("x3", "x2");
		assertThat(ids("/api/v1/partnerships?type=GRANT")).containsExactly("x2");
		assertThat(ids("/api/v1/partnerships?domain=MOBILITY")).containsExactly("x1");
		assertThat(ids("/api/v1/partnerships?actor=a2")).containsExactly("x1", "x2");
		assertThat(ids("/api/v1/partnerships?actor=a4")).containsExactly("x3");
		assertThat(ids("/api/v1/partnerships?active=2021-06-01")).containsExactly("x2");
		assertThat(ids("/api/v1/partnerships?active=2021-12-31")).as("the end day counts").containsExactly("x2");
		assertThat(ids("/api/v1/partnerships?active=2023-06-01")).containsExactly("x3", "x1");
		assertThat(ids("/api/v1/partnerships?active=2025-01-01")).containsExactly("x1");
		assertThat(ids("/api/v1/partnerships?active=2019-12-31")).isEmpty();
		assertThat(ids("/api/v1/partnerships?q=ALIMENTATION")).containsExactly("x2");
		assertThat(ids("/api/v1/partnerships?q=x3")).containsExactly("x3");
		assertThat(ids("/api/v1/partnerships?territory=53&actor=a2&active=2020-06-01&type=GRANT&domain=FOOD"))
			.containsExactly("x2");
		assertThat(get("/api/v1/partnerships?active=demain").status()).isEqualTo(422);
	}

	/** The ids of the page, checked against its total. */
	private List<String> ids(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		answer.json().get("content").forEach(x -> ids.add(x.get("id").asString()));
		assertThat(answer.json().get("page").get("totalElements").asLong()).isEqualTo(ids.size());
		return ids;
	}
}
