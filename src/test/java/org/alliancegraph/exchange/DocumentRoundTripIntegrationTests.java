package org.alliancegraph.exchange;

import java.io.IOException;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code json} and {@code csv} exports are the import document: export, import into an empty base, export. */
class DocumentRoundTripIntegrationTests extends IntegrationTest {

	/** The base class's reset, between the export and the import of one test. */
	private void emptyDatabase() {
		cypher("""
				MATCH (n) WHERE n:Territory OR n:Actor OR n:Project OR n:Partnership OR n:DataVersion
				DETACH DELETE n""");
	}

	@BeforeEach
	void importExample() throws IOException {
		Multipart.Reply reply = Multipart.post(port, "/api/v1/imports", Multipart.text(CsvImportIntegrationTests.example()),
				"editor", "editor-secret");
		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
	}

	@Test
	void shouldGiveTheSameJsonAfterAnImportIntoAnEmptyDatabase() {
		Answer exported = get("/api/v1/exports?format=json");
		assertThat(exported.status()).isEqualTo(200);
		JsonNode document = exported.json();
		assertThat(document.get("territories")).hasSize(2);
		assertThat(document.get("actors")).hasSize(3);
		assertThat(document.get("projects").get(0).get("funders")).hasSize(1);
		String fingerprint = graphFingerprint();

		emptyDatabase();
		assertThat(post("/api/v1/imports", exported.body()).status()).isEqualTo(200);

		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(exported.body());
		assertThat(graphFingerprint()).isEqualTo(fingerprint);
	}

	@Test
	void shouldGiveTheSameCsvFilesAfterAnImportIntoAnEmptyDatabase() throws IOException {
		Multipart.Reply exported = Multipart.get(port, "/api/v1/exports?format=csv");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("application/zip");
		Map<String, String> files = CsvImportIntegrationTests.unzip(exported.bytes());
		assertThat(files).hasSize(7);
		assertThat(files.get("partnership_members.csv").lines()).hasSize(1 + 4);
		String fingerprint = graphFingerprint();

		emptyDatabase();
		Multipart.Reply imported = Multipart.post(port, "/api/v1/imports", Map.of("export.zip", exported.bytes()),
				"editor", "editor-secret");
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);

		assertThat(Multipart.get(port, "/api/v1/exports?format=csv").bytes()).isEqualTo(exported.bytes());
		assertThat(graphFingerprint()).isEqualTo(fingerprint);
	}

	@Test
	void shouldExportTheDocumentOfATerritoryThatImportsOnItsOwn() {
		Answer exported = get("/api/v1/exports?format=json&territory=T2");
		JsonNode document = exported.json();
		// a2 is seated in T2, a1 active in it; x1 (a1, a2) stands on its own but supports p1, whose contributor a3 is outside
		assertThat(document.get("actors").findValuesAsString("id")).containsExactlyInAnyOrder("a1", "a2");
		assertThat(document.get("territories").findValuesAsString("code")).containsExactlyInAnyOrder("T1", "T2");
		assertThat(document.get("partnerships")).isEmpty();

		emptyDatabase();
		assertThat(post("/api/v1/imports", exported.body()).status()).isEqualTo(200);
	}
}
