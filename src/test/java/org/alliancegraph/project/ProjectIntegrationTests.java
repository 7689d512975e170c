package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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

class ProjectIntegrationTests extends IntegrationTest {

	@Autowired
	private ProjectService projects;

	/**
	 * Région 84 ⊃ Drôme 26 ⊃ Valence 26362; Rhône 69 ⊃ Lyon 69123 (in 84 too); Bretagne 53 apart. Actors a1
	 * (Valence), a2 (Lyon), a3 (Bretagne), created directly: the actor API belongs to another feature.
	 */
	@BeforeEach
	void territoriesAndActors() {
		cypher("""
				CREATE (r:Territory {code: 'R84', name: 'Auvergne-Rhône-Alpes', level: 'REGION', version: 0})
				CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
				CREATE (v:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				CREATE (rh:Territory {code: '69', name: 'Rhône', level: 'DEPARTEMENT', version: 0})-[:PART_OF]->(r)
				CREATE (l:Territory {code: '69123', name: 'Lyon', level: 'COMMUNE', version: 0})-[:PART_OF]->(rh)
				CREATE (:Territory {code: '53', name: 'Bretagne', level: 'REGION', version: 0})""");
		actor("a1", "Association A", "26362");
		actor("a2", "Entreprise B", "69123");
		actor("a3", "Fondation C", "53");
	}

	private void actor(String id, String name, String seat) {
		cypher("CREATE (:Actor {id: $id, name: $name, sector: 'ASSOCIATION', version: 0})", "id", id, "name", name);
		cypher("MATCH (a:Actor {id: $id}), (t:Territory {code: $seat}) CREATE (a)-[:LOCATED_IN]->(t)", "id", id,
				"seat", seat);
	}

	/** A valid project; tests change a field with {@link #with}. */
	private static Map<String, Object> mobility() {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("id", "p1");
		p.put("name", "Mobilité solidaire");
		p.put("description", "Covoiturage et transport à la demande");
		p.put("phase", "EXPERIMENTATION");
		p.put("start", "2023-01-01");
		p.put("end", "2025-12-31");
		p.put("targets", List.of("26362"));
		p.put("domains", List.of("SOCIAL_FRAGILITIES", "MOBILITY"));
		p.put("sdgs", List.of(11, 10));
		p.put("levers", List.of("KNOWLEDGE"));
		p.put("contributors", List.of(contributor("a2", "PARTNER", "2023-06-01", "2024-06-30"),
				contributor("a1", "LEAD", null, null)));
		p.put("funders", List.of(funder("a3", 25000.5, 2023, "PARTNERSHIP_INNOVATION"), funder("a3", 10000, 2024, null)));
		return p;
	}

	private static Map<String, Object> contributor(String actor, String role, String since, String until) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("actor", actor);
		c.put("role", role);
		c.put("since", since);
		c.put("until", until);
		return c;
	}

	private static Map<String, Object> funder(String actor, Number amountEur, Integer year, String instrument) {
		Map<String, Object> f = new LinkedHashMap<>();
		f.put("actor", actor);
		f.put("amountEur", amountEur);
		f.put("year", year);
		f.put("instrument", instrument);
		return f;
	}

	private static Map<String, Object> with(Map<String, Object> project, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(project);
		changed.put(field, value);
		return changed;
	}

	private static List<String> errorPaths(Answer answer) {
		return StreamSupport.stream(answer.json().get("errors").spliterator(), false)
			.map(e -> e.get("path").asString())
			.toList();
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
	void shouldCreateReadUpdateAndDeleteAProject() {
		Answer created = post("/api/v1/projects", mobility());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/projects/p1");
		assertThat(created.json().get("version").asLong()).isZero();

		JsonNode read = get("/api/v1/projects/p1").json();
		assertThat(read.get("name").asString()).isEqualTo("Mobilité solidaire");
		assertThat(read.get("description").asString()).isEqualTo("Covoiturage et transport à la demande");
		assertThat(read.get("phase").asString()).isEqualTo("EXPERIMENTATION");
		assertThat(read.get("start").asString()).isEqualTo("2023-01-01");
		assertThat(read.get("end").asString()).isEqualTo("2025-12-31");
		assertThat(strings(read.get("targets"))).containsExactly("26362");
		assertThat(strings(read.get("domains"))).containsExactly("MOBILITY", "SOCIAL_FRAGILITIES");
		assertThat(strings(read.get("sdgs"))).containsExactly("10", "11");
		assertThat(strings(read.get("levers"))).containsExactly("KNOWLEDGE");
		JsonNode lead = read.get("contributors").get(0);
		assertThat(lead.get("actor").asString()).isEqualTo("a1");
		assertThat(lead.get("role").asString()).isEqualTo("LEAD");
		assertThat(lead.get("since").asString()).as("defaults to the project's start").isEqualTo("2023-01-01");
		assertThat(lead.get("until").isNull()).isTrue();
		JsonNode partner = read.get("contributors").get(1);
		assertThat(partner.get("actor").asString()).isEqualTo("a2");
		assertThat(partner.get("role").asString()).isEqualTo("PARTNER");
		assertThat(partner.get("since").asString()).isEqualTo("2023-06-01");
		assertThat(partner.get("until").asString()).isEqualTo("2024-06-30");
		JsonNode funders = read.get("funders");
		assertThat(funders.size()).isEqualTo(2);
		assertThat(funders.get(0).get("actor").asString()).isEqualTo("a3");
		assertThat(funders.get(0).get("amountEur").asDouble()).isEqualTo(25000.5);
		assertThat(funders.get(0).get("year").asInt()).isEqualTo(2023);
		assertThat(funders.get(0).get("instrument").asString()).isEqualTo("PARTNERSHIP_INNOVATION");
		assertThat(funders.get(1).get("amountEur").asDouble()).isEqualTo(10000);
		assertThat(funders.get(1).get("year").asInt()).isEqualTo(2024);
		assertThat(funders.get(1).get("instrument").isNull()).isTrue();
		assertThat(count("MATCH (:Actor {id: 'a2'})-[c:CONTRIBUTES_TO]->(:Project {id: 'p1'})"
				+ " WHERE c.since = date('2023-06-01') RETURN count(c)")).isEqualTo(1);

		Map<String, Object> changed = with(with(mobility(), "phase", "DEPLOYMENT"), "version", 0);
		changed.put("end", null);
		changed.put("funders", List.of());
		changed.put("contributors", List.of(contributor("a1", "LEAD", "2023-02-01", null)));
		Answer updated = put("/api/v1/projects/p1", changed);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).isEqualTo(1);
		assertThat(updated.json().get("phase").asString()).isEqualTo("DEPLOYMENT");
		assertThat(updated.json().get("end").isNull()).isTrue();
		assertThat(updated.json().get("funders").size()).isZero();
		assertThat(updated.json().get("contributors").size()).isEqualTo(1);
		assertThat(updated.json().get("contributors").get(0).get("since").asString()).isEqualTo("2023-02-01");
		assertThat(count("MATCH (:Actor)-[r:FUNDS|CONTRIBUTES_TO]->(:Project) RETURN count(r)")).isEqualTo(1);

		assertThat(delete("/api/v1/projects/p1").status()).isEqualTo(204);
		assertThat(get("/api/v1/projects/p1").status()).isEqualTo(404);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).as("actors stay").isEqualTo(3);
		assertThat(count("MATCH (t:Territory) RETURN count(t)")).as("territories stay").isEqualTo(6);
	}

	@Test
	void shouldIgnoreAVersionOnCreation() {
		Answer created = post("/api/v1/projects", with(mobility(), "version", 7));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().get("version").asLong()).isZero();
	}

	/** What an import does: a batch validated against keys it is about to create, then upserts. */
	@Test
	void shouldValidateABatchAgainstPendingKeysAndTellWhatEachUpsertDid() {
		ProjectRequest pending = new ProjectRequest("p9", "Tiers-lieu", null, "EMERGENCE", LocalDate.of(2024, 1, 1),
				null, List.of("QPV-1"), List.of("DIGITAL"), List.of(9), List.of(),
				List.of(new ContributorRequest("new-actor", "LEAD", null, null)), List.of(), null);
		ProjectRequest unknown = new ProjectRequest("p8", "Sans suite", null, "EMERGENCE", LocalDate.of(2024, 1, 1),
				null, List.of("QPV-2"), List.of(), List.of(), List.of(), List.of(), List.of(), null);
		InputErrors errors = new InputErrors();

		projects.validate(List.of(pending, unknown), new PendingKeys(Set.of("QPV-1"), Set.of("new-actor"), Set.of()),
				errors, i -> errors.at("projects[" + i + "]"));

		assertThat(errors.list()).extracting(InputError::path).containsExactly("projects[1].targets[0]");

		ProjectRequest stored = new ProjectRequest("p7", "Tiers-lieu", null, "EMERGENCE", LocalDate.of(2024, 1, 1),
				null, List.of("26362"), List.of(), List.of(9), List.of(),
				List.of(new ContributorRequest("a1", "LEAD", null, null)), List.of(), null);
		assertThat(projects.upsertAll(List.of(stored))).containsExactly(WriteOutcome.CREATED);
		assertThat(projects.upsertAll(List.of(stored))).containsExactly(WriteOutcome.UNCHANGED);
		assertThat(projects.upsertAll(List.of(new ProjectRequest("p7", "Tiers-lieu", null, "DEPLOYMENT", LocalDate.of(2024, 1, 1),
				null, List.of("26362"), List.of(), List.of(9), List.of(),
				List.of(new ContributorRequest("a1", "LEAD", null, null)), List.of(), null))))
			.containsExactly(WriteOutcome.UPDATED);
		assertThat(projects.get("p7").version()).isEqualTo(1);
	}

	@Test
	void shouldAnswer404ForAnUnknownProject() {
		Answer answer = get("/api/v1/projects/nope");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).isEqualTo("Le projet « nope » est introuvable.");
		assertThat(put("/api/v1/projects/nope", with(mobility(), "id", "nope")).status()).isEqualTo(404);
		assertThat(delete("/api/v1/projects/nope").status()).isEqualTo(404);
	}

	@Test
	void shouldRefuseToCreateAProjectTwice() {
		assertThat(post("/api/v1/projects", mobility()).status()).isEqualTo(201);
		String before = graphFingerprint();

		Answer again = post("/api/v1/projects", with(mobility(), "name", "Autre nom"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).contains("« p1 » existe déjà");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldNeedAWriterToCreate() {
		assertThat(send("POST", "/api/v1/projects", mobility(), null, null).status()).isEqualTo(401);
		assertThat(send("POST", "/api/v1/projects", mobility(), "viewer", "viewer-secret").status()).isEqualTo(403);
		assertThat(count("MATCH (p:Project) RETURN count(p)")).isZero();
	}

	static Stream<Arguments> badProjects() {
		Map<String, Object> p = mobility();
		return Stream.of(Arguments.of("id mal formé", with(p, "id", "p 1"), "id",
						"identifiant mal formé : de 1 à 100 lettres, chiffres ou « _ . : - »"),
				Arguments.of("nom manquant", with(p, "name", " "), "name",
						"le nom est obligatoire"),
				Arguments.of("phase inconnue", with(p, "phase", "PILOT"), "phase",
						"phase inconnue ; attendu : EMERGENCE, EXPERIMENTATION, DEPLOYMENT ou CAPITALISATION"),
				Arguments.of("début manquant", with(p, "start", null), "start",
						"la date de début est obligatoire"),
				Arguments.of("fin avant le début", with(p, "end", "2022-12-31"), "end",
						"la fin précède le début (2023-01-01)"),
				Arguments.of("territoire inconnu", with(p, "targets", List.of("26362", "99999")), "targets[1]",
						"territoire inconnu"),
				Arguments.of("domaine inconnu", with(p, "domains", List.of("MOBILITY", "SPACE")), "domains[1]",
						"domaine d'action inconnu ; voir /api/v1/reference/domains"),
				Arguments.of("levier inconnu", with(p, "levers", List.of("MAGIC")), "levers[0]",
						"levier inconnu ; voir /api/v1/reference/levers"),
				Arguments.of("ODD 18", with(p, "sdgs", List.of(11, 18)), "sdgs[1]",
						"ODD inconnu ; attendu : un numéro de 1 à 17"),
				Arguments.of("ODD 0", with(p, "sdgs", List.of(0)), "sdgs[0]",
						"ODD inconnu ; attendu : un numéro de 1 à 17"),
				Arguments.of("contributeur inconnu",
						with(p, "contributors", List.of(contributor("ghost", "LEAD", null, null))),
						"contributors[0].actor",
						"acteur inconnu"),
				Arguments.of("rôle inconnu", with(p, "contributors", List.of(contributor("a1", "BOSS", null, null))),
						"contributors[0].role",
						"rôle inconnu ; attendu : LEAD, PARTNER ou FUNDER"),
				Arguments.of("contributeur en double",
						with(p, "contributors",
								List.of(contributor("a1", "LEAD", null, null), contributor("a1", "PARTNER", null, null))),
						"contributors[1].actor",
						"acteur déjà cité parmi les contributeurs (contributors[0])"),
				Arguments.of("contribution avant le projet",
						with(p, "contributors", List.of(contributor("a1", "LEAD", "2022-01-01", null))),
						"contributors[0].since",
						"la contribution commence avant le début du projet (2023-01-01)"),
				Arguments.of("contribution finie avant d'avoir commencé",
						with(p, "contributors", List.of(contributor("a1", "LEAD", "2024-01-01", "2023-06-01"))),
						"contributors[0].until",
						"la fin de la contribution précède son début (2024-01-01)"),
				Arguments.of("contribution au-delà du projet",
						with(p, "contributors", List.of(contributor("a1", "LEAD", null, "2026-06-01"))),
						"contributors[0].until",
						"la contribution se termine après la fin du projet (2025-12-31)"),
				Arguments.of("financeur inconnu", with(p, "funders", List.of(funder("ghost", 10, 2023, null))),
						"funders[0].actor",
						"acteur inconnu"),
				Arguments.of("montant négatif", with(p, "funders", List.of(funder("a3", -1, 2023, null))),
						"funders[0].amountEur",
						"le montant doit être un nombre positif ou nul"),
				Arguments.of("année hors bornes", with(p, "funders", List.of(funder("a3", 10, 1989, null))),
						"funders[0].year",
						"l'année doit être comprise entre 1990 et 2100"),
				Arguments.of("instrument inconnu", with(p, "funders", List.of(funder("a3", 10, 2023, "LOAN"))),
						"funders[0].instrument",
						"instrument de financement inconnu ; voir /api/v1/reference/funding-instruments"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badProjects")
	void shouldRejectAnInvalidProjectAndWriteNothing(String why, Map<String, Object> project, String path,
			String message) {
		String before = graphFingerprint();
		long dataVersion = dataVersion();

		Answer answer = post("/api/v1/projects", project);

		assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(errorPaths(answer)).containsExactly(path);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("message").asString()).isEqualTo(message);
		assertThat(answer.json().get("detail").asString()).startsWith(path).endsWith(" : " + message);
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(dataVersion()).isEqualTo(dataVersion);
	}

	@Test
	void shouldNameTheFieldAndTheValueInFrench() {
		Answer answer = post("/api/v1/projects", with(mobility(), "end", "2022-12-31"));

		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("value").asString()).isEqualTo("2022-12-31");
		assertThat(error.get("message").asString()).isEqualTo("la fin précède le début (2023-01-01)");
		assertThat(answer.json().get("detail").asString())
			.isEqualTo("end = « 2022-12-31 » : la fin précède le début (2023-01-01)");
	}

	@Test
	void shouldRejectAnInvalidUpdateAndChangeNothing() {
		assertThat(post("/api/v1/projects", mobility()).status()).isEqualTo(201);
		String before = graphFingerprint();

		Answer answer = put("/api/v1/projects/p1", with(mobility(), "targets", List.of("99999")));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(errorPaths(answer)).containsExactly("targets[0]");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer400ToMalformedJson() {
		String before = graphFingerprint();

		Answer broken = post("/api/v1/projects", "{\"id\": \"p1\", \"name\": ");
		Answer badDate = post("/api/v1/projects", "{\"id\": \"p1\", \"start\": \"2023-13-45\"}");

		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.contentType()).startsWith("application/problem+json");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.contentType()).startsWith("application/problem+json");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRejectAStaleVersion() {
		assertThat(post("/api/v1/projects", mobility()).status()).isEqualTo(201);
		Answer first = put("/api/v1/projects/p1", with(with(mobility(), "name", "Premier"), "version", 0));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("version").asLong()).isEqualTo(1);
		String before = graphFingerprint();

		Answer second = put("/api/v1/projects/p1", with(with(mobility(), "name", "Second"), "version", 0));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.json().get("currentVersion").asLong()).isEqualTo(1);
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(get("/api/v1/projects/p1").json().get("name").asString()).isEqualTo("Premier");
	}

	@Test
	void shouldWriteNothingWhenAnUpdateChangesNothing() {
		assertThat(post("/api/v1/projects", mobility()).status()).isEqualTo(201);
		String before = graphFingerprint();
		long dataVersion = dataVersion();
		Map<String, Object> sameInAnotherOrder = with(with(mobility(), "version", 0), "domains",
				List.of("MOBILITY", "SOCIAL_FRAGILITIES", "MOBILITY"));
		sameInAnotherOrder.put("sdgs", List.of(10, 11));
		sameInAnotherOrder.put("contributors", List.of(contributor("a1", "LEAD", "2023-01-01", null),
				contributor("a2", "PARTNER", "2023-06-01", "2024-06-30")));

		Answer same = put("/api/v1/projects/p1", sameInAnotherOrder);

		assertThat(same.status()).as(same.toString()).isEqualTo(200);
		assertThat(same.json().get("version").asLong()).isZero();
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(dataVersion()).isEqualTo(dataVersion);
	}

	@Test
	void shouldRefuseToDeleteASupportedProjectUnlessAnAdminCascades() {
		assertThat(post("/api/v1/projects", mobility()).status()).isEqualTo(201);
		cypher("""
				MATCH (p:Project {id: 'p1'}), (a1:Actor {id: 'a1'}), (a2:Actor {id: 'a2'})
				CREATE (x:Partnership {id: 'x1', type: 'GRANT', start: date('2023-01-01'), version: 0})-[:SUPPORTS]->(p)
				CREATE (a1)-[:MEMBER_OF {role: 'LEAD'}]->(x), (a2)-[:MEMBER_OF {role: 'PARTNER'}]->(x)""");
		String before = graphFingerprint();

		Answer refused = delete("/api/v1/projects/p1");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(strings(refused.json().get("references").get("supportedBy"))).containsExactly("x1");
		assertThat(refused.json().get("detail").asString()).contains("x1").contains("?cascade=true");
		assertThat(graphFingerprint()).isEqualTo(before);

		assertThat(send("DELETE", "/api/v1/projects/p1?cascade=true", null, "editor", "editor-secret").status())
			.isEqualTo(403);
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(asAdmin("DELETE", "/api/v1/projects/p1?cascade=true", null).status()).isEqualTo(204);

		assertThat(count("MATCH (p:Project) RETURN count(p)")).isZero();
		assertThat(count("MATCH (x:Partnership {id: 'x1'}) WHERE NOT (x)-[:SUPPORTS]->() RETURN x.version"))
			.as("the partnership stays, one link less, and its version moves").isEqualTo(1);
		assertThat(count("MATCH (:Actor)-[m:MEMBER_OF]->(:Partnership) RETURN count(m)")).isEqualTo(2);
	}

	@Test
	void shouldFilterProjects() {
		post("/api/v1/projects", mobility());
		Map<String, Object> food = with(with(mobility(), "id", "p2"), "name", "Cantines bio");
		food.put("phase", "DEPLOYMENT");
		food.put("targets", List.of("69123"));
		food.put("domains", List.of("FOOD"));
		food.put("sdgs", List.of(2, 12));
		post("/api/v1/projects", food);
		Map<String, Object> coast = with(with(mobility(), "id", "p3"), "name", "Littoral vivant");
		coast.put("phase", "EMERGENCE");
		coast.put("targets", List.of("53"));
		coast.put("domains", List.of("ENVIRONMENT_BIODIVERSITY", "MOBILITY"));
		coast.put("sdgs", List.of(14));
		post("/api/v1/projects", coast);
		Map<String, Object> nowhere = with(with(mobility(), "id", "p4"), "name", "Mobilité numérique");
		nowhere.put("targets", List.of());
		nowhere.put("domains", List.of("DIGITAL"));
		post("/api/v1/projects", nowhere);
		assertThat(count("MATCH (p:Project) RETURN count(p)")).isEqualTo(4);

		assertThat(ids("/api/v1/projects")).containsExactly("p2", "p3", "p4", "p1");
		assertThat(ids("/api/v1/projects?territory=R84")).containsExactly("p2", "p1");
		assertThat(ids("/api/v1/projects?territory=26")).containsExactly("p1");
		assertThat(ids("/api/v1/projects?territory=26362")).containsExactly("p1");
		assertThat(ids("/api/v1/projects?territory=69")).containsExactly("p2");
		assertThat(ids("/api/v1/projects?domain=MOBILITY")).containsExactly("p3", "p1");
		assertThat(ids("/api/v1/projects?sdg=11")).containsExactly("p4", "p1");
		assertThat(ids("/api/v1/projects?sdg=14")).containsExactly("p3");
		assertThat(ids("/api/v1/projects?phase=EXPERIMENTATION")).containsExactly("p4", "p1");
		assertThat(ids("/api/v1/projects?q=mobilit")).containsExactly("p4", "p1");
		assertThat(ids("/api/v1/projects?q=MOBILIT&territory=R84&domain=SOCIAL_FRAGILITIES&sdg=10&phase=EXPERIMENTATION"))
			.containsExactly("p1");
		assertThat(ids("/api/v1/projects?territory=53&phase=DEPLOYMENT")).isEmpty();

		JsonNode page = get("/api/v1/projects?page=1&size=3").json();
		assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(4);
		assertThat(page.get("page").get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.get("content").size()).isEqualTo(1);
		assertThat(page.get("content").get(0).get("id").asString()).isEqualTo("p1");
		assertThat(get("/api/v1/projects?sdg=onze").status()).isEqualTo(422);
	}

	/**
	 * p1 (Valence): a2 contributed until mid-2024, a1 leads, a3 funds; p2 (Lyon): a2 alone; p3 (Bretagne): a1 alone;
	 * p4 (no target): a3 contributes. So a1 is in p3 and p1, a2 in p2 and p1 (its ended contribution counts), a3 in
	 * p4 (contributes) and p1 (funds), by name: Cantines bio p2, Littoral vivant p3, Mobilité numérique p4,
	 * Mobilité solidaire p1.
	 */
	@Test
	void shouldListTheProjectsAnActorContributesToOrFunds() {
		post("/api/v1/projects", mobility());
		Map<String, Object> food = with(with(mobility(), "id", "p2"), "name", "Cantines bio");
		food.put("targets", List.of("69123"));
		food.put("contributors", List.of(contributor("a2", "LEAD", null, null)));
		food.put("funders", List.of());
		post("/api/v1/projects", food);
		Map<String, Object> coast = with(with(mobility(), "id", "p3"), "name", "Littoral vivant");
		coast.put("phase", "EMERGENCE");
		coast.put("targets", List.of("53"));
		coast.put("sdgs", List.of(14));
		coast.put("contributors", List.of(contributor("a1", "LEAD", null, null)));
		coast.put("funders", List.of());
		post("/api/v1/projects", coast);
		Map<String, Object> nowhere = with(with(mobility(), "id", "p4"), "name", "Mobilité numérique");
		nowhere.put("targets", List.of());
		nowhere.put("contributors", List.of(contributor("a3", "PARTNER", null, null)));
		nowhere.put("funders", List.of());
		post("/api/v1/projects", nowhere);
		assertThat(count("MATCH (p:Project) RETURN count(p)")).isEqualTo(4);

		assertThat(ids("/api/v1/projects?actor=a1")).containsExactly("p3", "p1");
		assertThat(ids("/api/v1/projects?actor=a2")).containsExactly("p2", "p1");
		assertThat(ids("/api/v1/projects?actor=a3")).containsExactly("p4", "p1");
		assertThat(ids("/api/v1/projects?actor=a3&territory=R84")).containsExactly("p1");
		assertThat(ids("/api/v1/projects?actor=a1&territory=53")).containsExactly("p3");
		assertThat(ids("/api/v1/projects?actor=a2&territory=53")).isEmpty();
		assertThat(ids("/api/v1/projects?actor=a1&phase=EMERGENCE")).containsExactly("p3");
		assertThat(ids("/api/v1/projects?actor=a1&sdg=11")).containsExactly("p1");
		assertThat(ids("/api/v1/projects?actor=a2&q=cantines")).containsExactly("p2");
		assertThat(ids("/api/v1/projects?actor=a3&q=mobilite&territory=26")).containsExactly("p1");
		JsonNode second = get("/api/v1/projects?actor=a1&size=1&page=1").json();
		assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(2);
		assertThat(second.get("content").get(0).get("id").asString()).isEqualTo("p1");

		Answer unknown = get("/api/v1/projects?actor=ghost");
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
		JsonNode error = unknown.json().get("errors").get(0);
		assertThat(error.get("path").asString()).isEqualTo("actor");
		assertThat(error.get("value").asString()).isEqualTo("ghost");
		assertThat(error.get("message").asString()).isEqualTo("acteur inconnu");
	}

	/** The ids of the page, checked against its total. */
	private List<String> ids(String path) {
		Answer answer = get(path);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		answer.json().get("content").forEach(p -> ids.add(p.get("id").asString()));
		assertThat(answer.json().get("page").get("totalElements").asLong()).isEqualTo(ids.size());
		return ids;
	}
}
