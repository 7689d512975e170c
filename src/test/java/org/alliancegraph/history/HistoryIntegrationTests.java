package org.alliancegraph.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The change records of API writes and restores, read through an entity's history and the activity feed, with the
 * expected records written out by hand from the requests sent.
 */
class HistoryIntegrationTests extends IntegrationTest {

	private static final String EDITOR = "editor";

	private static final String EDITOR_PASSWORD = "editor-secret";

	/** Valence in the Drôme and Privas in the Ardèche; actor a2 seated in Valence, written around the service. */
	@BeforeEach
	void territories() {
		cypher("""
				CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})
				CREATE (v:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				CREATE (a:Territory {code: '07', name: 'Ardèche', level: 'DEPARTEMENT', version: 0})
				CREATE (:Territory {code: '07186', name: 'Privas', level: 'COMMUNE', version: 0})-[:PART_OF]->(a)
				CREATE (:Actor {id: 'a2', name: 'Acteur deux', sector: 'COMPANY', version: 0})-[:LOCATED_IN]->(v)
				""");
	}

	@Test
	void shouldRecordCreateUpdatesDeleteAndRestoreOfAnActorNewestFirst() {
		assertThat(post("/api/v1/actors", actor("a1", "Acteur un", null)).status()).isEqualTo(201);
		assertThat(patch("admin", ADMIN_PASSWORD, "/api/v1/actors/a1", Map.of("name", "Acteur 1", "version", 0))
			.status()).isEqualTo(200);
		assertThat(put("/api/v1/actors/a1", versioned(actor("a1", "Acteur 1", "Tiers-lieu"), 1)).status())
			.isEqualTo(200);
		assertThat(asAdmin("DELETE", "/api/v1/actors/a1", null).status()).isEqualTo(204);
		Answer restored = post("/api/v1/actors/a1/restore?version=1", null);

		assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
		assertThat(restored.json().get("name").asString()).isEqualTo("Acteur 1");
		assertThat(absent(restored.json(), "description")).isTrue();
		assertThat(restored.json().get("version").asLong()).isEqualTo(4);
		assertThat(restored.etag()).isEqualTo("\"4\"");

		Answer history = get("/api/v1/actors/a1/history");
		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		List<JsonNode> records = content(history);
		assertThat(records).extracting(r -> r.get("operation").asString())
			.containsExactly("RESTORED", "DELETED", "UPDATED", "UPDATED", "CREATED");
		assertThat(records).extracting(r -> r.get("user").asString())
			.containsExactly(EDITOR, "admin", EDITOR, "admin", EDITOR);
		assertThat(records).extracting(r -> r.get("source").asString())
			.containsExactly("RESTORE", "API", "API", "API", "API");
		assertThat(records).extracting(r -> r.get("version").asLong()).containsExactly(4L, 3L, 2L, 1L, 0L);
		assertThat(records).allSatisfy(r -> {
			assertThat(r.get("kind").asString()).isEqualTo("actor");
			assertThat(r.get("key").asString()).isEqualTo("a1");
		});
		assertThat(history.json().get("page").get("totalElements").asLong()).isEqualTo(5);

		JsonNode created = records.get(4);
		assertThat(absent(created, "before")).isTrue();
		assertThat(created.get("after").get("name").asString()).isEqualTo("Acteur un");
		assertThat(created.get("after").get("locatedIn").asString()).isEqualTo("26362");
		assertThat(created.get("after").get("version")).as("content, not the client's version").isNull();
		assertThat(records.get(3).get("before").get("name").asString()).isEqualTo("Acteur un");
		assertThat(records.get(3).get("after").get("name").asString()).isEqualTo("Acteur 1");
		assertThat(records.get(2).get("after").get("description").asString()).isEqualTo("Tiers-lieu");
		assertThat(records.get(1).get("before")).isEqualTo(records.get(2).get("after"));
		assertThat(absent(records.get(1), "after")).isTrue();
		assertThat(absent(records.get(0), "before")).as("it was deleted").isTrue();
		assertThat(records.get(0).get("after")).isEqualTo(records.get(3).get("after"));

		assertThat(content(get("/api/v1/actors/a1/history?page=1&size=2")))
			.extracting(r -> r.get("operation").asString())
			.containsExactly("UPDATED", "UPDATED");
	}

	@Test
	void shouldPatchWithAMergePatchThroughTheSameChecksAsAPut() {
		assertThat(post("/api/v1/actors", actor("a1", "Acteur un", "Tiers-lieu")).status()).isEqualTo(201);

		Answer patched = patch(EDITOR, EDITOR_PASSWORD, "/api/v1/actors/a1",
				"{\"id\": null, \"description\": null, \"activeIn\": [\"26\"]}");

		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(patched.etag()).isEqualTo("\"1\"");
		JsonNode actor = get("/api/v1/actors/a1").json();
		assertThat(absent(actor, "description")).as("null removes a member").isTrue();
		assertThat(actor.get("activeIn").get(0).asString()).isEqualTo("26");
		assertThat(actor.get("name").asString()).as("what the patch does not name is kept").isEqualTo("Acteur un");
		assertThat(actor.get("locatedIn").asString()).isEqualTo("26362");

		String before = graphFingerprint();
		Answer stale = patch(EDITOR, EDITOR_PASSWORD, "/api/v1/actors/a1", Map.of("name", "X", "version", 0));
		assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
		assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		Answer unknown = patch(EDITOR, EDITOR_PASSWORD, "/api/v1/actors/a1", Map.of("nom", "X"));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(unknown.body()).contains("nom").contains("champ inconnu");
		Answer invalid = patch(EDITOR, EDITOR_PASSWORD, "/api/v1/actors/a1", Map.of("sector", "NOPE"));
		assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
		assertThat(patch(EDITOR, EDITOR_PASSWORD, "/api/v1/actors/a1", "[]").status()).isEqualTo(400);
		assertThat(patch(EDITOR, EDITOR_PASSWORD, "/api/v1/actors/a9", Map.of("name", "X")).status()).isEqualTo(404);
		assertThat(send("PATCH", "/api/v1/actors/a1", Map.of("name", "X"), EDITOR, EDITOR_PASSWORD).status())
			.as("a merge patch says so").isEqualTo(415);
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(content(get("/api/v1/actors/a1/history"))).extracting(r -> r.get("operation").asString())
			.containsExactly("UPDATED", "CREATED");
	}

	@Test
	void shouldRefuseARestoreWhoseContentNamesADeletedActorAndAnUnknownVersion() {
		assertThat(post("/api/v1/actors", actor("a1", "Acteur un", null)).status()).isEqualTo(201);
		assertThat(post("/api/v1/actors", actor("a3", "Acteur trois", null)).status()).isEqualTo(201);
		assertThat(post("/api/v1/partnerships", partnership("x1", "a1", "a2", null)).status()).isEqualTo(201);
		assertThat(put("/api/v1/partnerships/x1", partnership("x1", "a1", "a3", 0L)).status()).isEqualTo(200);
		assertThat(delete("/api/v1/actors/a2").status()).isEqualTo(204);
		String before = graphFingerprint();

		Answer refused = post("/api/v1/partnerships/x1/restore?version=0", null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString())
			.startsWith("Le partenariat « x1 » ne peut pas revenir à sa version 0 : ")
			.contains("« a2 »");
		Answer unknown = post("/api/v1/partnerships/x1/restore?version=7", null);
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
		assertThat(unknown.json().get("detail").asString())
			.isEqualTo("Le partenariat « x1 » n'a pas de version 7 dans son historique.");
		assertThat(graphFingerprint()).isEqualTo(before);
		assertThat(content(get("/api/v1/partnerships/x1/history"))).extracting(r -> r.get("operation").asString())
			.containsExactly("UPDATED", "CREATED");
	}

	@Test
	void shouldRecordWhatACascadeDeletionTookWithItAndChanged() {
		assertThat(post("/api/v1/actors", actor("a1", "Acteur un", null)).status()).isEqualTo(201);
		assertThat(post("/api/v1/actors", actor("a3", "Acteur trois", null)).status()).isEqualTo(201);
		assertThat(post("/api/v1/partnerships", partnership("x1", "a1", "a2", null)).status()).isEqualTo(201);
		Map<String, Object> trio = partnership("x2", "a1", "a2", null);
		trio.put("members", List.of(Map.of("actor", "a1", "role", "LEAD"), Map.of("actor", "a2", "role", "PARTNER"),
				Map.of("actor", "a3", "role", "PARTNER")));
		assertThat(post("/api/v1/partnerships", trio).status()).isEqualTo(201);

		Answer deleted = asAdmin("DELETE", "/api/v1/actors/a1?cascade=true", null);
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);

		List<JsonNode> x1 = content(get("/api/v1/partnerships/x1/history"));
		assertThat(x1).extracting(r -> r.get("operation").asString() + " " + r.get("source").asString() + " "
				+ r.get("user").asString() + " v" + r.get("version").asLong())
			.containsExactly("DELETED CASCADE admin v1", "CREATED API editor v0");
		List<JsonNode> x2 = content(get("/api/v1/partnerships/x2/history"));
		assertThat(x2).extracting(r -> r.get("operation").asString() + " " + r.get("source").asString() + " v"
				+ r.get("version").asLong())
			.containsExactly("UPDATED CASCADE v1", "CREATED API v0");
		assertThat(x2.get(0).get("after").get("members")).extracting(m -> m.get("actor").asString())
			.containsExactly("a2", "a3");
		assertThat(content(get("/api/v1/actors/a2/history"))).as("a2 itself is unchanged").isEmpty();
		assertThat(keys(get("/api/v1/changes?source=CASCADE"))).containsExactlyInAnyOrder("x1", "x2");
	}

	@Test
	void shouldRecordAnImportUnderItsIdAndNothingWhenItChangesNothing() {
		Map<String, Object> renamed = actor("a2", "Acteur deux (Valence)", null);
		renamed.put("sector", "COMPANY");
		Map<String, Object> document = Map.of("actors", List.of(actor("a1", "Acteur un", null),
				actor("a3", "Acteur trois", null), actor("a4", "Acteur quatre", null), renamed));

		Answer imported = post("/api/v1/imports", document);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		String importId = imported.json().get("importId").asString();
		assertThat(importId).isNotBlank();
		List<JsonNode> records = content(get("/api/v1/changes?importJob=" + importId));
		assertThat(records).extracting(r -> r.get("key").asString() + " " + r.get("operation").asString() + " v"
				+ r.get("version").asLong() + " " + r.get("source").asString() + " " + r.get("user").asString())
			.containsExactlyInAnyOrder("a1 CREATED v0 IMPORT editor", "a3 CREATED v0 IMPORT editor",
					"a4 CREATED v0 IMPORT editor", "a2 UPDATED v1 IMPORT editor");
		JsonNode a2 = records.stream().filter(r -> r.get("key").asString().equals("a2")).findFirst().orElseThrow();
		assertThat(a2.get("before").get("name").asString()).isEqualTo("Acteur deux");
		assertThat(a2.get("after").get("name").asString()).isEqualTo("Acteur deux (Valence)");

		Answer again = post("/api/v1/imports", document);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("unchanged").asInt()).isEqualTo(4);
		assertThat(get("/api/v1/changes").json().get("page").get("totalElements").asLong())
			.as("an unchanged re-import writes no record").isEqualTo(4);
		Answer dry = post("/api/v1/imports?dryRun=true", Map.of("actors", List.of(actor("a5", "Acteur cinq", null))));
		assertThat(dry.status()).isEqualTo(200);
		assertThat(absent(dry.json(), "importId")).isTrue();
		assertThat(get("/api/v1/changes").json().get("page").get("totalElements").asLong()).isEqualTo(4);
	}

	@Test
	void shouldLeaveNoRecordOfARejectedWrite() {
		assertThat(post("/api/v1/actors", actor("a1", "", null)).status()).isEqualTo(422);
		assertThat(put("/api/v1/actors/a2", versioned(actor("a2", "Acteur deux", null), 5)).status()).isEqualTo(409);
		assertThat(send("POST", "/api/v1/actors/a2/restore?version=0", null, "viewer", "viewer-secret").status())
			.isEqualTo(403);

		assertThat(get("/api/v1/changes").json().get("page").get("totalElements").asLong()).isZero();
	}

	@Test
	void shouldFilterTheActivityFeed() {
		assertThat(post("/api/v1/actors", actor("a1", "Acteur un", null)).status()).isEqualTo(201);
		Map<String, Object> inPrivas = actor("b1", "Acteur ardéchois", null);
		inPrivas.put("locatedIn", "07186");
		assertThat(asAdmin("POST", "/api/v1/actors", inPrivas).status()).isEqualTo(201);
		assertThat(post("/api/v1/partnerships", partnership("x1", "a1", "b1", null)).status()).isEqualTo(201);

		assertThat(keys(get("/api/v1/changes"))).containsExactly("x1", "b1", "a1");
		assertThat(keys(get("/api/v1/changes?user=admin"))).containsExactly("b1");
		assertThat(keys(get("/api/v1/changes?kind=partnership"))).containsExactly("x1");
		assertThat(keys(get("/api/v1/changes?territory=07"))).as("b1, and x1 through its member b1")
			.containsExactly("x1", "b1");
		assertThat(keys(get("/api/v1/changes?territory=26&kind=actor"))).containsExactly("a1");
		assertThat(keys(get("/api/v1/changes?source=RESTORE"))).isEmpty();
		assertThat(keys(get("/api/v1/changes?since=2999-01-01T00:00:00Z"))).isEmpty();
		assertThat(keys(get("/api/v1/changes?until=2000-01-01T00:00:00Z"))).isEmpty();
		assertThat(keys(get("/api/v1/changes?since=2000-01-01T00:00:00Z&size=1"))).containsExactly("x1");

		Answer badKind = get("/api/v1/changes?kind=actors");
		assertThat(badKind.status()).as(badKind.toString()).isEqualTo(422);
		assertThat(badKind.body()).contains("type d'entité inconnu");
		assertThat(get("/api/v1/changes?territory=99").status()).isEqualTo(422);
		assertThat(get("/api/v1/changes?source=api").status()).isEqualTo(422);
	}

	private Answer patch(String user, String password, String path, Object body) {
		return send("PATCH", path, body, user, password, "application/merge-patch+json");
	}

	private static boolean absent(JsonNode object, String field) {
		JsonNode value = object.get(field);
		return value == null || value.isNull();
	}

	private static List<String> keys(Answer page) {
		return content(page).stream().map(r -> r.get("key").asString()).toList();
	}

	private static List<JsonNode> content(Answer page) {
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		List<JsonNode> records = new ArrayList<>();
		page.json().get("content").forEach(records::add);
		return records;
	}

	private static Map<String, Object> actor(String id, String name, String description) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("id", id);
		actor.put("name", name);
		actor.put("sector", "ASSOCIATION");
		actor.put("locatedIn", "26362");
		if (description != null) {
			actor.put("description", description);
		}
		return actor;
	}

	private static Map<String, Object> versioned(Map<String, Object> body, long version) {
		body.put("version", version);
		return body;
	}

	private static Map<String, Object> partnership(String id, String first, String second, Long version) {
		Map<String, Object> partnership = new LinkedHashMap<>();
		partnership.put("id", id);
		partnership.put("type", "SOCIETAL_INNOVATION");
		partnership.put("start", "2022-05-01");
		partnership.put("members", List.of(Map.of("actor", first, "role", "LEAD"), Map.of("actor", second, "role",
				"PARTNER")));
		if (version != null) {
			partnership.put("version", version);
		}
		return partnership;
	}
}
