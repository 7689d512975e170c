package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/**
 * Change records as they are stored — each content once, territories as one string — and the migration that brings
 * the records of the version before (an {@code after} on each, territories as a list) to that form without changing
 * what the history shows.
 */
class ChangeRecordsMigrationIntegrationTests extends IntegrationTest {

	@Test
	void shouldStoreOnlyWhatAChangeReplacedAndTheTerritoriesAsOneString() {
		cypher("CREATE (:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})");
		assertThat(post("/api/v1/actors", Map.of("id", "a1", "name", "Acteur un", "sector", "COMPANY",
				"locatedIn", "26362")).status()).isEqualTo(201);
		assertThat(put("/api/v1/actors/a1", Map.of("id", "a1", "name", "Acteur 1", "sector", "COMPANY",
				"locatedIn", "26362", "version", 0)).status()).isEqualTo(200);

		assertThat(count("MATCH (c:Change) WHERE c.after IS NOT NULL RETURN count(c)")).isZero();
		assertThat(count("MATCH (c:Change {key: 'a1', operation: 'CREATED'}) WHERE c.before IS NULL"
				+ " AND c.territories = '26362' RETURN count(c)")).isEqualTo(1);
		assertThat(count("MATCH (c:Change {key: 'a1', operation: 'UPDATED'})"
				+ " WHERE c.before CONTAINS '\"name\":\"Acteur un\"' RETURN count(c)")).isEqualTo(1);
		List<JsonNode> history = records("/api/v1/actors/a1/history");
		assertThat(history.get(0).get("after").get("name").asString()).as("the actor as it is").isEqualTo("Acteur 1");
		assertThat(history.get(1).get("after").get("name").asString()).as("the update's before")
			.isEqualTo("Acteur un");
	}

	@Test
	void shouldMigrateRecordsOfTheVersionBeforeToTheHistoryTheyShowed() throws IOException {
		cypher("""
				CREATE (d:Territory {code: '07', name: 'Ardèche', level: 'DEPARTEMENT', version: 0})
				CREATE (p:Territory {code: '07186', name: 'Privas', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				CREATE (:Actor {id: 'b1', name: 'Nouveau nom', sector: 'COMPANY', version: 1})-[:LOCATED_IN]->(p)
				CREATE (:Change {seq: 1, at: datetime('2026-11-30T10:00:00Z'), user: 'admin', source: 'API',
				                 kind: 'actor', key: 'b1', operation: 'CREATED', version: 0, territories: ['07186'],
				                 after: '{"id":"b1","name":"Ancien nom","sector":"COMPANY","locatedIn":"07186"}'})
				CREATE (:Change {seq: 2, at: datetime('2026-12-01T10:00:00Z'), user: 'editor', source: 'API',
				                 kind: 'actor', key: 'b1', operation: 'UPDATED', version: 1, territories: ['07186', '07'],
				                 before: '{"id":"b1","name":"Ancien nom","sector":"COMPANY","locatedIn":"07186"}',
				                 after: '{"id":"b1","name":"Nouveau nom","sector":"COMPANY","locatedIn":"07186"}'})
				CREATE (:Change {seq: 3, at: datetime('2026-12-01T11:00:00Z'), user: 'admin', source: 'API',
				                 kind: 'actor', key: 'gone', operation: 'DELETED', version: 2, territories: [],
				                 before: '{"id":"gone","name":"Parti","sector":"COMPANY"}'})
				""");
		String script = new ClassPathResource("cypher/V005__compact_change_records.cypher")
			.getContentAsString(StandardCharsets.UTF_8);
		CypherScript.parse(script).statements().forEach(this::cypher);

		assertThat(count("MATCH (c:Change) WHERE c.after IS NOT NULL RETURN count(c)")).isZero();
		assertThat(count("MATCH (c:Change {seq: 1}) WHERE c.territories = '07186' RETURN count(c)")).isEqualTo(1);
		assertThat(count("MATCH (c:Change {seq: 2}) WHERE c.territories = '07186 07' RETURN count(c)")).isEqualTo(1);
		assertThat(count("MATCH (c:Change {seq: 3}) WHERE c.territories IS NULL RETURN count(c)")).isEqualTo(1);
		assertThat(count("SHOW INDEXES YIELD name WHERE name = 'change_at' RETURN count(*)")).isZero();
		assertThat(shown("/api/v1/actors/b1/history")).containsExactly("UPDATED Ancien nom -> Nouveau nom", "CREATED - -> Ancien nom");
		assertThat(records("/api/v1/changes?territory=07")).extracting(r -> r.get("seq").asLong())
			.containsExactly(2L, 1L);
	}

	/** Each record of a history as "OPERATION name before -> name after". */
	private List<String> shown(String path) {
		return records(path).stream()
			.map(r -> r.get("operation").asString() + " " + name(r.get("before")) + " -> " + name(r.get("after")))
			.toList();
	}

	private static String name(JsonNode content) {
		return content == null || content.isNull() ? "-" : content.get("name").asString();
	}

	private List<JsonNode> records(String path) {
		Answer page = get(path);
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		List<JsonNode> records = new ArrayList<>();
		page.json().get("content").forEach(records::add);
		return records;
	}
}
