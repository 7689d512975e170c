package org.alliancegraph.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.alliancegraph.IntegrationTest;
import org.alliancegraph.write.PendingKeys;
import org.alliancegraph.write.WriteOutcome;
import org.alliancegraph.web.InputErrors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ActorIntegrationTests extends IntegrationTest {

	/** Auvergne-Rhône-Alpes ⊃ Drôme ⊃ Valence Romans Agglo ⊃ Valence; Île-de-France ⊃ Paris. */
	private static final String TERRITORIES = """
			CREATE (r:Territory {code: 'R84', name: 'Auvergne-Rhône-Alpes', level: 'REGION', version: 0})
			CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
			CREATE (e:Territory {code: '200068781', name: 'Valence Romans Agglo', level: 'EPCI', version: 0})
			       -[:PART_OF]->(d)
			CREATE (:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(e)
			CREATE (idf:Territory {code: '11', name: 'Île-de-France', level: 'REGION', version: 0})
			CREATE (:Territory {code: '75056', name: 'Paris', level: 'COMMUNE', version: 0})-[:PART_OF]->(idf)""";

	@Autowired
	private ActorService actors;

	@BeforeEach
	void territories() {
		cypher(TERRITORIES);
	}

	/** A valid actor with only the required fields; mutable so that a test can change or remove fields. */
	private static Map<String, Object> actor(String id, String name, String sector, String locatedIn,
			String... activeIn) {
		Map<String, Object> actor = new HashMap<>();
		actor.put("id", id);
		actor.put("name", name);
		actor.put("sector", sector);
		actor.put("locatedIn", locatedIn);
		actor.put("activeIn", List.of(activeIn));
		return actor;
	}

	/** A territorial catalyst of the Drôme, with every field given. */
	private static Map<String, Object> catalyseurDrome() {
		Map<String, Object> actor = actor("catalyseur-drome", "Catalyseur Drôme", "NETWORK", "26362", "26",
				"200068781");
		actor.put("siren", "732829320");
		actor.put("siret", "73282932000074");
		actor.put("rna", "W261000123");
		actor.put("size", "SMALL");
		actor.put("website", "https://catalyseur-drome.example.fr");
		actor.put("description", "Tête de réseau des coopérations drômoises");
		actor.put("missions", List.of("TERRITORIAL_DIALOGUE", "SUPPORT", "SUPPORT"));
		return actor;
	}

	private static Map<String, Object> with(Map<String, Object> actor, Consumer<Map<String, Object>> change) {
		Map<String, Object> copy = new HashMap<>(actor);
		change.accept(copy);
		return copy;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			values.add(array.get(i).asString());
		}
		return values;
	}

	/** The {@code errors} of a 422 answer as "path: message". */
	private static List<String> errors(Answer answer) {
		JsonNode errors = answer.json().get("errors");
		List<String> list = new ArrayList<>();
		for (int i = 0; i < errors.size(); i++) {
			list.add(errors.get(i).get("path").asString() + ": " + errors.get(i).get("message").asString());
		}
		return list;
	}

	private static boolean isAbsent(JsonNode actor, String field) {
		return actor.get(field) == null || actor.get(field).isNull();
	}

	private static long total(Answer page) {
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		return page.json().get("page").get("totalElements").asLong();
	}

	@Test
	void shouldCreateReadUpdateAndDeleteAnActor() {
		Answer created = post("/api/v1/actors", catalyseurDrome());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/actors/catalyseur-drome");
		JsonNode body = created.json();
		assertThat(body.get("id").asString()).isEqualTo("catalyseur-drome");
		assertThat(body.get("name").asString()).isEqualTo("Catalyseur Drôme");
		assertThat(body.get("sector").asString()).isEqualTo("NETWORK");
		assertThat(body.get("locatedIn").asString()).isEqualTo("26362");
		assertThat(strings(body.get("activeIn"))).containsExactly("200068781", "26");
		assertThat(body.get("siren").asString()).isEqualTo("732829320");
		assertThat(body.get("siret").asString()).isEqualTo("73282932000074");
		assertThat(body.get("rna").asString()).isEqualTo("W261000123");
		assertThat(body.get("size").asString()).isEqualTo("SMALL");
		assertThat(body.get("website").asString()).isEqualTo("https://catalyseur-drome.example.fr");
		assertThat(body.get("description").asString()).isEqualTo("Tête de réseau des coopérations drômoises");
		assertThat(strings(body.get("missions"))).containsExactly("SUPPORT", "TERRITORIAL_DIALOGUE");
		assertThat(body.get("version").asLong()).isZero();
		assertThat(get("/api/v1/actors/catalyseur-drome").json()).isEqualTo(body);
		assertThat(count("MATCH (:Actor {id: 'catalyseur-drome'})-[:LOCATED_IN]->(:Territory {code: '26362'})"
				+ " RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:Actor {id: 'catalyseur-drome'})-[:ACTIVE_IN]->(t:Territory) RETURN count(t)"))
			.isEqualTo(2);

		Map<String, Object> replacement = actor("catalyseur-drome", "Catalyseur de la Drôme", "ASSOCIATION", "26",
				"26362");
		replacement.put("siren", "732829320");
		replacement.put("website", "  ");
		replacement.put("version", 0);
		Answer updated = put("/api/v1/actors/catalyseur-drome", replacement);

		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		JsonNode after = updated.json();
		assertThat(after.get("name").asString()).isEqualTo("Catalyseur de la Drôme");
		assertThat(after.get("sector").asString()).isEqualTo("ASSOCIATION");
		assertThat(after.get("locatedIn").asString()).isEqualTo("26");
		assertThat(strings(after.get("activeIn"))).containsExactly("26362");
		assertThat(after.get("siren").asString()).isEqualTo("732829320");
		for (String removed : List.of("siret", "rna", "size", "website", "description")) {
			assertThat(isAbsent(after, removed)).as(removed).isTrue();
		}
		assertThat(after.get("missions").size()).isZero();
		assertThat(after.get("version").asLong()).isEqualTo(1);
		assertThat(count("MATCH (a:Actor {id: 'catalyseur-drome'})-[r]->() RETURN count(r)")).isEqualTo(2);

		String beforeSamePut = graphFingerprint();
		Answer same = put("/api/v1/actors/catalyseur-drome", with(replacement, a -> a.remove("version")));
		assertThat(same.status()).isEqualTo(200);
		assertThat(same.json().get("version").asLong()).as("nothing written").isEqualTo(1);
		assertThat(graphFingerprint()).isEqualTo(beforeSamePut);

		assertThat(delete("/api/v1/actors/catalyseur-drome").status()).isEqualTo(204);
		assertThat(get("/api/v1/actors/catalyseur-drome").status()).isEqualTo(404);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isZero();
		assertThat(count("MATCH (t:Territory) RETURN count(t)")).isEqualTo(6);
	}

	@Test
	void shouldAcceptIdsWithDotsAndColonsInTheAddress() {
		Answer created = post("/api/v1/actors", actor("rna:W261000123.v2", "Association v2", "ASSOCIATION", "26"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/actors/rna:W261000123.v2");
		assertThat(get(created.location()).json().get("id").asString()).isEqualTo("rna:W261000123.v2");
		assertThat(put(created.location(), actor("rna:W261000123.v2", "Association v3", "ASSOCIATION", "26"))
			.json()
			.get("version")
			.asLong()).isEqualTo(1);
		assertThat(delete(created.location()).status()).isEqualTo(204);
	}

	@Test
	void shouldAdoptAnActorWrittenWithoutVersionAsAnUpdate() {
		cypher("""
				MATCH (t:Territory {code: '26'})
				CREATE (:Actor {id: 'legacy', name: 'Ancien', sector: 'ASSOCIATION'})-[:LOCATED_IN]->(t)""");

		assertThat(actors.upsertAll(List.of(new ActorRequest("legacy", "Renommé", "ASSOCIATION", "26", null, null, null, null,
				null, null, null, null, null)))).containsExactly(WriteOutcome.UPDATED);
		assertThat(actors.get("legacy").version()).isZero();
	}

	static Stream<Arguments> badActors() {
		Map<String, Object> valid = catalyseurDrome();
		return Stream.of(
				arguments("secteur inconnu", with(valid, a -> a.put("sector", "CHARITY")), "sector", "CHARITY",
						"secteur inconnu ; voir /api/v1/reference/sectors"),
				arguments("clé Luhn du SIREN fausse", with(valid, a -> {
					a.put("siren", "732829321");
					a.remove("siret");
				}), "siren", "732829321", "SIREN invalide : la clé de contrôle (Luhn) ne correspond pas"),
				arguments("SIREN mal formé", with(valid, a -> a.put("siren", "732 829 320")), "siren", "732 829 320",
						"SIREN mal formé : 9 chiffres attendus"),
				arguments("RNA mal formé", with(valid, a -> a.put("rna", "W12345")), "rna", "W12345",
						"numéro RNA mal formé : « W » suivi de 9 chiffres"),
				arguments("clé Luhn du SIRET fausse", with(valid, a -> a.put("siret", "73282932000075")), "siret",
						"73282932000075", "SIRET invalide : la clé de contrôle (Luhn) ne correspond pas"),
				arguments("SIRET d'un autre SIREN", with(valid, a -> a.put("siret", "35600000000048")), "siret",
						"35600000000048", "le SIRET doit commencer par le SIREN de l'acteur (732829320)"),
				arguments("siège inconnu", with(valid, a -> a.put("locatedIn", "99999")), "locatedIn", "99999",
						"territoire inconnu"),
				arguments("siège absent", with(valid, a -> a.remove("locatedIn")), "locatedIn", null,
						"le territoire du siège est obligatoire"),
				arguments("territoire d'action inconnu", with(valid, a -> a.put("activeIn", List.of("XX", "26"))),
						"activeIn[1]", "XX", "territoire inconnu"),
				arguments("missions d'un acteur hors NETWORK", with(valid, a -> a.put("sector", "ASSOCIATION")),
						"missions", null, "ne concernent que les acteurs du secteur NETWORK"),
				arguments("mission inconnue", with(valid, a -> a.put("missions", List.of("LOBBYING"))), "missions[0]",
						"LOBBYING", "mission de catalyseur inconnue ; voir /api/v1/reference/catalyst-missions"),
				arguments("identifiant mal formé", with(valid, a -> a.put("id", "catalyseur drôme")), "id",
						"catalyseur drôme", "identifiant mal formé"),
				arguments("nom absent", with(valid, a -> a.put("name", " ")), "name", " ", "le nom est obligatoire"),
				arguments("taille inconnue", with(valid, a -> a.put("size", "HUGE")), "size", "HUGE",
						"taille inconnue ; attendu : MICRO, SMALL, MEDIUM ou LARGE"),
				arguments("site hors http(s)", with(valid, a -> a.put("website", "ftp://exemple.fr")), "website",
						"ftp://exemple.fr", "une URL complète en http:// ou https://"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badActors")
	void shouldRejectAnInvalidActorAndChangeNothing(String label, Map<String, Object> body, String path,
			String value, String message) {
		post("/api/v1/actors", actor("voisin", "Un voisin", "ASSOCIATION", "26"));
		String before = graphFingerprint();

		Answer rejected = post("/api/v1/actors", body);

		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(422);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(errors(rejected)).as(rejected.toString()).hasSize(1);
		JsonNode error = rejected.json().get("errors").get(0);
		assertThat(error.get("path").asString()).isEqualTo(path);
		if (value != null) {
			assertThat(error.get("value").asString()).isEqualTo(value);
		}
		assertThat(error.get("message").asString()).contains(message);
		// a missing value is not shown as « null »
		boolean shown = error.get("value") != null && !error.get("value").isNull();
		assertThat(rejected.json().get("detail").asString()).startsWith(shown ? path + " = « " : path + " : ")
			.contains(message);
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldReportEveryErrorOfOneActorAtOnce() {
		Map<String, Object> body = with(catalyseurDrome(), a -> {
			a.put("sector", "CHARITY");
			a.put("siren", "732829321");
			a.put("rna", "123");
			a.put("activeIn", List.of("26", "XX"));
		});

		Answer rejected = post("/api/v1/actors", body);

		assertThat(rejected.status()).isEqualTo(422);
		assertThat(errors(rejected)).containsExactlyInAnyOrder(
				"sector: secteur inconnu ; voir /api/v1/reference/sectors",
				"siren: SIREN invalide : la clé de contrôle (Luhn) ne correspond pas",
				"rna: numéro RNA mal formé : « W » suivi de 9 chiffres attendu (ex. W751234567)",
				"activeIn[1]: territoire inconnu");
		assertThat(rejected.json().get("detail").asString()).startsWith("4 erreurs, dont : ");
	}

	@Test
	void shouldRejectASirenHeldByAnotherActorAndChangeNothing() {
		Map<String, Object> holder = actor("holder", "Détenteur", "COMPANY", "26362");
		holder.put("siren", "732829320");
		holder.put("rna", "W261000123");
		assertThat(post("/api/v1/actors", holder).status()).isEqualTo(201);
		String before = graphFingerprint();

		Map<String, Object> other = actor("other", "Autre", "COMPANY", "26");
		other.put("siren", "732829320");
		other.put("siret", "73282932000074");
		other.put("rna", "W261000123");
		Answer rejected = post("/api/v1/actors", other);

		assertThat(rejected.status()).isEqualTo(422);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(errors(rejected)).containsExactlyInAnyOrder(
				"siren: SIREN déjà utilisé par l'acteur « holder »",
				"rna: numéro RNA déjà utilisé par l'acteur « holder »");
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(put("/api/v1/actors/holder", holder).status()).as("its own SIREN is no conflict").isEqualTo(200);
	}

	@Test
	void shouldAnswer400ToMalformedJsonAndChangeNothing() {
		String before = graphFingerprint();

		Answer rejected = post("/api/v1/actors", "{\"id\": \"a1\", \"name\": ");

		assertThat(rejected.status()).isEqualTo(400);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(rejected.json().get("detail").asString()).startsWith("(corps) : JSON mal formé à la ligne 1");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer415ToAnotherContentTypeAndChangeNothing() {
		String before = graphFingerprint();

		Answer rejected = send("POST", "/api/v1/actors", "id=a1", "editor", "editor-secret", "text/plain");

		assertThat(rejected.status()).isEqualTo(415);
		assertThat(rejected.contentType()).startsWith("application/problem+json");
		assertThat(rejected.json().get("detail").asString()).contains("text/plain").contains("non pris en charge");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer409ToACreationOfAnExistingId() {
		post("/api/v1/actors", actor("a1", "Acteur 1", "ASSOCIATION", "26"));
		String before = graphFingerprint();

		Answer conflict = post("/api/v1/actors", actor("a1", "Autre acteur 1", "COMPANY", "26"));

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("detail").asString()).contains("« a1 » existe déjà");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRejectAStaleVersion() {
		post("/api/v1/actors", actor("a1", "Acteur 1", "ASSOCIATION", "26"));
		Map<String, Object> first = with(actor("a1", "Acteur un", "ASSOCIATION", "26"), a -> a.put("version", 0));
		Map<String, Object> second = with(actor("a1", "Acteur premier", "ASSOCIATION", "26"), a -> a.put("version", 0));

		assertThat(put("/api/v1/actors/a1", first).status()).isEqualTo(200);
		String before = graphFingerprint();
		Answer stale = put("/api/v1/actors/a1", second);

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("detail").asString()).contains("version 0 attendue, version actuelle 1");
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(get("/api/v1/actors/a1").json().get("name").asString()).isEqualTo("Acteur un");
	}

	@Test
	void shouldRejectAnUpdateWhoseBodyNamesAnotherActor() {
		post("/api/v1/actors", actor("a1", "Acteur 1", "ASSOCIATION", "26"));

		Answer rejected = put("/api/v1/actors/a1", actor("a2", "Acteur 1", "ASSOCIATION", "26"));

		assertThat(rejected.status()).isEqualTo(422);
		assertThat(errors(rejected)).containsExactly(
				"id: la clé du corps diffère de celle de l'adresse (a1) ; une clé ne se modifie pas");
		assertThat(put("/api/v1/actors/nobody", actor("nobody", "Personne", "ASSOCIATION", "26")).status())
			.isEqualTo(404);
	}

	@Test
	void shouldRefuseToDeleteAReferencedActorUnlessAnAdminCascades() {
		for (String id : List.of("a1", "a2", "a3")) {
			post("/api/v1/actors", actor(id, "Acteur " + id, "ASSOCIATION", "26"));
		}
		cypher("""
				MATCH (a1:Actor {id: 'a1'}), (a2:Actor {id: 'a2'}), (a3:Actor {id: 'a3'})
				CREATE (x1:Partnership {id: 'x1'}), (x2:Partnership {id: 'x2'}), (p1:Project {id: 'p1'}),
				       (p2:Project {id: 'p2'})
				CREATE (a1)-[:MEMBER_OF {role: 'LEAD'}]->(x1), (a2)-[:MEMBER_OF {role: 'PARTNER'}]->(x1),
				       (a1)-[:MEMBER_OF {role: 'PARTNER'}]->(x2), (a2)-[:MEMBER_OF {role: 'LEAD'}]->(x2),
				       (a3)-[:MEMBER_OF {role: 'PARTNER'}]->(x2),
				       (a1)-[:CONTRIBUTES_TO {role: 'LEAD'}]->(p1), (a1)-[:FUNDS {amountEur: 5000}]->(p2),
				       (x1)-[:SUPPORTS]->(p1)""");
		String before = graphFingerprint();

		Answer refused = delete("/api/v1/actors/a1");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(strings(refused.json().get("references").get("partnerships"))).containsExactly("x1", "x2");
		assertThat(strings(refused.json().get("references").get("projects"))).containsExactly("p1", "p2");
		assertThat(refused.json().get("detail").asString()).contains("« a1 » est encore référencé");
		assertThat(graphFingerprint()).isEqualTo(before);

		assertThat(send("DELETE", "/api/v1/actors/a1?cascade=true", null, "editor", "editor-secret").status())
			.isEqualTo(403);
		assertThat(graphFingerprint()).isEqualTo(before);

		Answer cascaded = asAdmin("DELETE", "/api/v1/actors/a1?cascade=true", null);

		assertThat(cascaded.status()).as(cascaded.toString()).isEqualTo(200);
		assertThat(cascaded.json().get("id").asString()).isEqualTo("a1");
		assertThat(strings(cascaded.json().get("deletedPartnerships"))).containsExactly("x1");
		assertThat(get("/api/v1/actors/a1").status()).isEqualTo(404);
		assertThat(count("MATCH (p:Partnership) RETURN count(p)")).isEqualTo(1);
		assertThat(count("MATCH (:Actor)-[m:MEMBER_OF]->(:Partnership {id: 'x2'}) RETURN count(m)")).isEqualTo(2);
		assertThat(count("MATCH (p:Project) RETURN count(p)")).as("projects stay").isEqualTo(2);
		assertThat(count("MATCH ()-[r:SUPPORTS]->() RETURN count(r)")).isZero();
	}

	@Test
	void shouldFilterByTerritorySubtreeSectorAndText() {
		Map<String, Object> company = actor("entreprise-drome", "Entreprise drômoise", "COMPANY", "200068781");
		company.put("siren", "552081317");
		for (Map<String, Object> a : List.of(actor("asso-valence", "Association Valence Solidaire", "ASSOCIATION",
				"26362"), actor("mairie-paris", "Mairie de Paris", "LOCAL_AUTHORITY", "75056", "26"), company,
				actor("reseau-idf", "Réseau Île-de-France", "NETWORK", "11"),
				actor("region-aura", "Région AURA", "LOCAL_AUTHORITY", "R84"))) {
			assertThat(post("/api/v1/actors", a).status()).isEqualTo(201);
		}

		assertThat(total(get("/api/v1/actors"))).isEqualTo(5);
		assertThat(total(get("/api/v1/actors?territory=R84"))).as("seated in the subtree or active in it")
			.isEqualTo(4);
		assertThat(total(get("/api/v1/actors?territory=26"))).isEqualTo(3);
		assertThat(total(get("/api/v1/actors?territory=26362"))).isEqualTo(1);
		assertThat(total(get("/api/v1/actors?territory=11"))).isEqualTo(2);
		assertThat(total(get("/api/v1/actors?sector=LOCAL_AUTHORITY"))).isEqualTo(2);
		assertThat(total(get("/api/v1/actors?territory=26&sector=LOCAL_AUTHORITY"))).isEqualTo(1);
		assertThat(total(get("/api/v1/actors?q=VALENCE"))).isEqualTo(1);
		assertThat(total(get("/api/v1/actors?q=mairie-paris"))).as("by id").isEqualTo(1);
		assertThat(total(get("/api/v1/actors?q=552081317"))).as("by SIREN").isEqualTo(1);
		// words beginning with "r", accents folded: Réseau, Région (not the r inside a word)
		assertThat(total(get("/api/v1/actors?q=r"))).isEqualTo(2);

		Answer page = get("/api/v1/actors?territory=R84&size=2&page=0");
		assertThat(page.json().get("page").get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.json().get("content").size()).isEqualTo(2);
		assertThat(page.json().get("content").get(0).get("id").asString()).isEqualTo("asso-valence");
		assertThat(page.json().get("content").get(1).get("id").asString()).isEqualTo("entreprise-drome");
		Answer second = get("/api/v1/actors?territory=R84&size=2&page=1");
		assertThat(second.json().get("content").get(0).get("id").asString()).isEqualTo("mairie-paris");
		assertThat(second.json().get("content").get(1).get("locatedIn").asString()).isEqualTo("R84");
	}

	@Test
	void shouldFilterByDomainAndSdgThroughProjectsAndPartnerships() {
		for (String id : List.of("contributor", "supporter", "member", "outsider")) {
			post("/api/v1/actors", actor(id, "Acteur " + id, "ASSOCIATION", "26"));
		}
		cypher("""
				MATCH (c:Actor {id: 'contributor'}), (s:Actor {id: 'supporter'}), (m:Actor {id: 'member'}),
				      (mobility:Domain {code: 'MOBILITY'}), (food:Domain {code: 'FOOD'}), (sdg11:Sdg {code: '11'})
				CREATE (p:Project {id: 'p1'})-[:IN_DOMAIN]->(mobility), (p)-[:CONTRIBUTES_TO_SDG]->(sdg11),
				       (c)-[:CONTRIBUTES_TO]->(p),
				       (s)-[:MEMBER_OF]->(:Partnership {id: 'x-supports'})-[:SUPPORTS]->(p),
				       (m)-[:MEMBER_OF]->(:Partnership {id: 'x-food'})-[:IN_DOMAIN]->(food)""");

		assertThat(total(get("/api/v1/actors?domain=MOBILITY"))).isEqualTo(2);
		assertThat(total(get("/api/v1/actors?domain=FOOD"))).isEqualTo(1);
		assertThat(total(get("/api/v1/actors?domain=HEALTH"))).isZero();
		assertThat(total(get("/api/v1/actors?sdg=11"))).isEqualTo(1);
		assertThat(total(get("/api/v1/actors?sdg=11&domain=MOBILITY"))).isEqualTo(1);
	}

	@Test
	void shouldRejectUnknownFilterValues() {
		Answer rejected = get("/api/v1/actors?sector=CHARITY&sdg=18&territory=99999");

		assertThat(rejected.status()).isEqualTo(422);
		assertThat(errors(rejected)).containsExactlyInAnyOrder(
				"sector: secteur inconnu ; voir /api/v1/reference/sectors", "sdg: ODD inconnu ; voir /api/v1/reference/sdgs",
				"territory: territoire inconnu");
	}

	@Test
	void shouldRequireAnEditorToWriteButNobodyToRead() {
		String before = graphFingerprint();
		Map<String, Object> body = actor("a1", "Acteur 1", "ASSOCIATION", "26");

		Answer anonymous = send("POST", "/api/v1/actors", body, null, null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		Answer viewer = send("POST", "/api/v1/actors", body, "viewer", "viewer-secret");
		assertThat(viewer.status()).isEqualTo(403);
		assertThat(viewer.contentType()).startsWith("application/problem+json");
		assertThat(graphFingerprint()).isEqualTo(before);

		assertThat(get("/api/v1/actors").status()).isEqualTo(200);
		assertThat(post("/api/v1/actors", body).status()).isEqualTo(201);
		assertThat(get("/api/v1/actors/a1").status()).isEqualTo(200);
	}

	@Test
	void shouldValidateABatchAgainstItselfAndPendingTerritories() {
		post("/api/v1/actors", with(actor("stored", "Stocké", "COMPANY", "26"), a -> a.put("siren", "552081317")));
		List<ActorRequest> batch = List.of(
				new ActorRequest("b1", "B1", "COMPANY", "NEW-AREA", List.of(), "732829320", null, "W261000123", null,
						null, null, null, null),
				new ActorRequest("b2", "B2", "COMPANY", "26", List.of("NEW-AREA", "GONE"), "732829320", null,
						"W261000123", null, null, null, null, null),
				new ActorRequest("b1", "B1 bis", "COMPANY", "26", null, "552081317", null, null, null, null, null,
						null, null));
		InputErrors errors = new InputErrors();

		actors.validate(batch, new PendingKeys(Set.of("NEW-AREA"), Set.of(), Set.of()), errors,
				i -> errors.at("actors[" + i + "]"));

		assertThat(errors.list()).extracting(e -> e.path() + " = " + e.value() + " : " + e.message())
			.containsExactlyInAnyOrder("actors[1].activeIn[0] = GONE : territoire inconnu",
					"actors[1].siren = 732829320 : SIREN déjà utilisé par l'acteur « b1 » dans ce même lot",
					"actors[1].rna = W261000123 : numéro RNA déjà utilisé par l'acteur « b1 » dans ce même lot",
					"actors[2].id = b1 : identifiant en double dans ce lot : déjà donné à l'acteur n° 1",
					"actors[2].siren = 552081317 : SIREN déjà utilisé par l'acteur « stored »");
	}

	@Test
	void shouldUpsertABatchInOneGoAndTellWhatChanged() {
		post("/api/v1/actors", actor("kept", "Inchangé", "ASSOCIATION", "26"));
		post("/api/v1/actors", actor("renamed", "Ancien nom", "ASSOCIATION", "26"));
		List<ActorRequest> batch = List.of(
				new ActorRequest("kept", "Inchangé", "ASSOCIATION", "26", List.of(), null, null, " ", null, null, "",
						List.of(), null),
				new ActorRequest("renamed", "Nouveau nom", "ASSOCIATION", "26", null, null, null, null, null, null,
						null, null, null),
				new ActorRequest("new", "Nouveau", "FOUNDATION", "R84", List.of("26", "11", "26"), null, null, null,
						null, null, null, null, null));

		assertThat(actors.upsertAll(batch)).containsExactly(WriteOutcome.UNCHANGED, WriteOutcome.UPDATED,
				WriteOutcome.CREATED);
		String after = graphFingerprint();
		assertThat(actors.upsertAll(batch)).as("idempotent").containsOnly(WriteOutcome.UNCHANGED);
		assertThat(graphFingerprint()).isEqualTo(after);

		assertThat(actors.get("kept").version()).isZero();
		assertThat(actors.get("renamed").version()).isEqualTo(1);
		assertThat(actors.get("new").activeIn()).containsExactly("11", "26");
	}

	@Test
	void shouldFindAnActorWrittenAgainAsItIsUnchangedWithEveryFieldOrNone() {
		assertThat(post("/api/v1/actors", catalyseurDrome()).status()).isEqualTo(201);
		List<ActorRequest> again = List.of(
				new ActorRequest("catalyseur-drome", "Catalyseur Drôme", "NETWORK", "26362",
						List.of("26", "200068781"), "732829320", "73282932000074", "W261000123", "SMALL",
						"https://catalyseur-drome.example.fr", "Tête de réseau des coopérations drômoises",
						List.of("TERRITORIAL_DIALOGUE", "SUPPORT"), null),
				new ActorRequest("bare", "Sans rien", "ASSOCIATION", "26", null, null, null, null, null, null, null,
						null, null));

		assertThat(actors.upsertAll(again)).containsExactly(WriteOutcome.UNCHANGED, WriteOutcome.CREATED);
		assertThat(actors.upsertAll(again)).containsOnly(WriteOutcome.UNCHANGED);
		assertThat(actors.get("bare")).isEqualTo(new ActorResponse("bare", "Sans rien", "ASSOCIATION", "26", List.of(),
				null, null, null, null, null, null, List.of(), 0L));
	}

	@Test
	void shouldListEveryActorOnceByKeysetPagesInIdOrder() {
		actors.upsertAll(Stream.of("c", "a", "e", "b", "d")
			.map(id -> new ActorRequest(id, "Acteur " + id, "ASSOCIATION", "26", null, null, null, null, null, null,
					null, null, null))
			.toList());

		assertThat(actors.listAfter("", 2)).extracting(ActorResponse::id).containsExactly("a", "b");
		assertThat(actors.listAfter("b", 2)).extracting(ActorResponse::id).containsExactly("c", "d");
		assertThat(actors.listAfter("d", 2)).extracting(ActorResponse::id).containsExactly("e");
		assertThat(actors.listAfter("e", 2)).isEmpty();
		assertThat(actors.listAfter("", 10).get(0)).isEqualTo(actors.get("a"));
	}
}
