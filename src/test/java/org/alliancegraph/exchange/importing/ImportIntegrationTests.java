package org.alliancegraph.exchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The import document of API.md: all or nothing, idempotent, dry run, errors with their paths. */
class ImportIntegrationTests extends IntegrationTest {

	private static final String DOCUMENT = """
			{
			  "territories": [
			    {"code": "T2", "name": "Sous-bassin", "level": "CUSTOM", "partOf": ["T1"]},
			    {"code": "T1", "name": "Test", "level": "CUSTOM", "partOf": []}
			  ],
			  "actors": [
			    {"id": "a1", "name": "Association A", "sector": "ASSOCIATION", "locatedIn": "T1", "activeIn": ["T1"],
			     "siren": null, "rna": "W261002345"},
			    {"id": "a2", "name": "Entreprise B", "sector": "COMPANY", "locatedIn": "T2", "activeIn": [],
			     "siren": "732829320"}
			  ],
			  "projects": [
			    {"id": "p1", "name": "Mobilité solidaire", "phase": "EXPERIMENTATION", "start": "2023-01-01",
			     "end": null, "targets": ["T1"], "domains": ["MOBILITY"], "sdgs": [11, 17], "levers": ["KNOWLEDGE"],
			     "contributors": [{"actor": "a1", "role": "LEAD", "since": "2023-01-01"},
			                      {"actor": "a2", "role": "PARTNER", "since": "2023-03-01"}]}
			  ],
			  "partnerships": [
			    {"id": "x1", "type": "SOCIETAL_INNOVATION", "start": "2022-05-01", "end": null, "intensity": 2,
			     "members": [{"actor": "a1", "role": "LEAD"}, {"actor": "a2", "role": "PARTNER"}],
			     "supports": ["p1"]}
			  ]
			}""";

	@Test
	void shouldCreateEverythingThenChangeNothingTheSecondTime() {
		Answer first = post("/api/v1/imports", DOCUMENT);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("created").asInt()).isEqualTo(6);
		assertThat(first.json().get("updated").asInt()).isZero();
		String after = graphFingerprint();

		Answer second = post("/api/v1/imports", DOCUMENT);

		assertThat(second.json().get("created").asInt()).isZero();
		assertThat(second.json().get("updated").asInt()).isZero();
		assertThat(second.json().get("unchanged").asInt()).isEqualTo(6);
		assertThat(graphFingerprint()).isEqualTo(after);
		assertThat(get("/api/v1/territories/T2").json().get("partOf").get(0).asString()).isEqualTo("T1");
		assertThat(get("/api/v1/partnerships/x1").json().get("members")).hasSize(2);
		assertThat(get("/api/v1/projects/p1").json().get("contributors")).hasSize(2);
	}

	@Test
	void shouldCountAChangedEntityAsUpdated() {
		post("/api/v1/imports", DOCUMENT);

		Answer changed = post("/api/v1/imports", DOCUMENT.replace("Entreprise B", "Entreprise B (Valence)"));

		assertThat(changed.json().get("updated").asInt()).isEqualTo(1);
		assertThat(changed.json().get("unchanged").asInt()).isEqualTo(5);
		assertThat(get("/api/v1/actors/a2").json().get("version").asInt()).isEqualTo(1);
	}

	@Test
	void shouldWriteNothingOnADryRunButCountExactly() {
		String before = graphFingerprint();

		Answer dry = post("/api/v1/imports?dryRun=true", DOCUMENT);

		assertThat(dry.status()).isEqualTo(200);
		assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
		assertThat(dry.json().get("created").asInt()).isEqualTo(6);
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRejectTheWholeDocumentWithEveryErrorAndItsPath() {
		String before = graphFingerprint();
		String broken = DOCUMENT.replace("\"sector\": \"COMPANY\"", "\"sector\": \"PIRATES\"")
			.replace("\"siren\": \"732829320\"", "\"siren\": \"732829321\"")
			.replace("{\"actor\": \"a2\", \"role\": \"PARTNER\"}]", "{\"actor\": \"ghost\", \"role\": \"PARTNER\"}]")
			.replace("\"partOf\": [\"T1\"]", "\"partOf\": [\"T2\"]");

		Answer answer = post("/api/v1/imports", broken);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode errors = answer.json().get("errors");
		assertThat(errors.findValuesAsString("path")).contains("actors[1].sector", "actors[1].siren",
				"partnerships[0].members[1].actor");
		assertThat(errors.toString()).contains("PIRATES").contains("732829321").contains("ghost").contains("cycle");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRejectAKeyGivenTwice() {
		String twice = DOCUMENT.replace("\"id\": \"a2\"", "\"id\": \"a1\"");

		Answer answer = post("/api/v1/imports", twice);

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().get("errors").findValuesAsString("path")).contains("actors[1].id");
	}

	@Test
	void shouldImportTheDemoDocumentIdempotently() throws IOException {
		String demo;
		try (InputStream in = getClass().getResourceAsStream("/demo/demo-alliances.json")) {
			demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		// 735 territories, 159 actors, 40 projects, 200 partnerships (demo/README.md)
		Answer first = post("/api/v1/imports", demo);
		assertThat(first.json().get("created").asInt()).isEqualTo(735 + 159 + 40 + 200);

		Answer second = post("/api/v1/imports", demo);
		assertThat(second.json().get("created").asInt()).isZero();
		assertThat(second.json().get("updated").asInt()).isZero();
		assertThat(count("MATCH (t:Territory {level: 'COMMUNE'}) RETURN count(t)")).isEqualTo(697);
		assertThat(count("MATCH (t:Territory {code: '200073096'})-[:PART_OF]->(d:Territory {level: 'DEPARTEMENT'})"
				+ " RETURN count(d)")).isEqualTo(2);
	}
}
