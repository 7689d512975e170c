package org.alliancegraph.exchange.importing;

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
 * {@code POST /api/v1/imports/{importId}/undo}: a finished import taken back to the exact state before it (the JSON
 * export compared byte for byte), refused with the list of others' later changes unless forced.
 */
class ImportUndoIntegrationTests extends IntegrationTest {

	private String before;

	/** Valence in the Drôme, actor a2 created through the API. */
	@BeforeEach
	void territory() {
		cypher("""
				CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})
				CREATE (:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				""");
		assertThat(post("/api/v1/actors", actor("a2", "Acteur deux")).status()).isEqualTo(201);
		before = export();
	}

	@Test
	void shouldTakeAnImportBackToTheExactStateBeforeIt() {
		String importId = importFourActors();
		assertThat(export()).isNotEqualTo(before);

		Answer undone = asAdmin("POST", "/api/v1/imports/" + importId + "/undo", null);

		assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
		assertThat(undone.json().get("deleted").asInt()).isEqualTo(3);
		assertThat(undone.json().get("restored").asInt()).isEqualTo(1);
		assertThat(export()).isEqualTo(before);
		assertThat(operations(get("/api/v1/actors/a2/history")))
			.containsExactly("RESTORED RESTORE admin " + importId, "UPDATED IMPORT editor " + importId,
					"CREATED API editor null");
		assertThat(operations(get("/api/v1/actors/a1/history")))
			.containsExactly("DELETED RESTORE admin " + importId, "CREATED IMPORT editor " + importId);

		Answer again = asAdmin("POST", "/api/v1/imports/" + importId + "/undo", null);
		assertThat(again.status()).as("an undo undone again changes nothing").isEqualTo(200);
		assertThat(again.json().get("deleted").asInt()).isZero();
		assertThat(again.json().get("restored").asInt()).isZero();
		assertThat(export()).isEqualTo(before);
	}

	@Test
	void shouldRefuseWhenSomeoneChangedAnEntityOfTheImportSinceUnlessForced() {
		String importId = importFourActors();
		Map<String, Object> corrected = actor("a3", "Acteur trois, corrigé");
		corrected.put("version", 0);
		assertThat(put("/api/v1/actors/a3", corrected).status()).isEqualTo(200);
		String afterEdit = export();

		Answer refused = asAdmin("POST", "/api/v1/imports/" + importId + "/undo", null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString())
			.isEqualTo("L'import « " + importId + " » ne peut pas être annulé : 1 changement(s) faits depuis par"
					+ " d'autres touchent ses entités (a3 par editor) ; ajoutez ?force=true pour l'annuler quand même.");
		JsonNode since = refused.json().get("changedSince").get(0);
		assertThat(since.get("kind").asString()).isEqualTo("actor");
		assertThat(since.get("key").asString()).isEqualTo("a3");
		assertThat(since.get("user").asString()).isEqualTo("editor");
		assertThat(since.get("operation").asString()).isEqualTo("UPDATED");
		assertThat(since.get("at").asString()).isNotBlank();
		assertThat(export()).isEqualTo(afterEdit);

		assertThat(send("POST", "/api/v1/imports/" + importId + "/undo?force=true", null, "editor", "editor-secret")
			.status()).as("an undo is for administrators").isEqualTo(403);
		assertThat(asAdmin("POST", "/api/v1/imports/" + importId + "/undo?force=true", null).status()).isEqualTo(200);
		assertThat(export()).isEqualTo(before);
	}

	@Test
	void shouldRefuseToDeleteWhatAnotherEntityNowUsesAndAnUnknownImport() {
		String importId = importFourActors();
		Map<String, Object> partnership = new LinkedHashMap<>();
		partnership.put("id", "x9");
		partnership.put("type", "SOCIETAL_INNOVATION");
		partnership.put("start", "2024-01-01");
		partnership.put("members", List.of(Map.of("actor", "a1", "role", "LEAD"), Map.of("actor", "a2", "role",
				"PARTNER")));
		assertThat(post("/api/v1/partnerships", partnership).status()).isEqualTo(201);
		String withPartnership = export();

		Answer refused = asAdmin("POST", "/api/v1/imports/" + importId + "/undo", null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).isEqualTo("L'import « " + importId + " » ne peut pas être"
				+ " annulé : « a1 », qu'il a créé, est utilisé depuis par d'autres données ; ajoutez ?force=true pour"
				+ " l'annuler quand même (ce qui l'utilise suit la suppression).");
		assertThat(export()).isEqualTo(withPartnership);
		Answer unknown = asAdmin("POST", "/api/v1/imports/inconnu/undo", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("detail").asString()).isEqualTo("L'import « inconnu » est introuvable.");
	}

	/** Creates a1, a3 and a4 and renames a2, as the editor; returns the import's id. */
	private String importFourActors() {
		Answer imported = post("/api/v1/imports", Map.of("actors", List.of(actor("a1", "Acteur un"),
				actor("a2", "Acteur deux (Valence)"), actor("a3", "Acteur trois"), actor("a4", "Acteur quatre"))));
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(3);
		assertThat(imported.json().get("updated").asInt()).isEqualTo(1);
		return imported.json().get("importId").asString();
	}

	private String export() {
		Answer export = get("/api/v1/exports?format=json");
		assertThat(export.status()).isEqualTo(200);
		return export.body();
	}

	private static List<String> operations(Answer history) {
		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		List<String> operations = new ArrayList<>();
		history.json().get("content").forEach(r -> operations.add(r.get("operation").asString() + " "
				+ r.get("source").asString() + " " + r.get("user").asString() + " "
				+ (r.get("importJob").isNull() ? "null" : r.get("importJob").asString())));
		return operations;
	}

	private static Map<String, Object> actor(String id, String name) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("id", id);
		actor.put("name", name);
		actor.put("sector", "ASSOCIATION");
		actor.put("locatedIn", "26362");
		return actor;
	}
}
