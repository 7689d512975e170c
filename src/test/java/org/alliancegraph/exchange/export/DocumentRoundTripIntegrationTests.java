package org.alliancegraph.exchange.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.alliancegraph.IntegrationTest;
import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.actor.ActorService;
import org.alliancegraph.exchange.Multipart;
import org.alliancegraph.exchange.csv.CsvImportIntegrationTests;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.partnership.PartnershipService;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.project.ProjectService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code json} and {@code csv} exports are the import document: export, import into an empty base, export. */
class DocumentRoundTripIntegrationTests extends IntegrationTest {

	@Autowired
	private ActorService actors;

	@Autowired
	private ProjectService projects;

	@Autowired
	private PartnershipService partnerships;

	/** The fingerprint of the graph with the change records set aside: they describe it, they are no part of it. */
	private String graphWithoutHistory() {
		cypher("MATCH (c:Change) DELETE c");
		return graphFingerprint();
	}

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
		String fingerprint = graphWithoutHistory();

		emptyDatabase();
		assertThat(post("/api/v1/imports", exported.body()).status()).isEqualTo(200);

		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(exported.body());
		assertThat(graphWithoutHistory()).isEqualTo(fingerprint);
	}

	@Test
	void shouldGiveTheSameCsvFilesAfterAnImportIntoAnEmptyDatabase() throws IOException {
		Multipart.Reply exported = Multipart.get(port, "/api/v1/exports?format=csv");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("application/zip");
		Map<String, String> files = CsvImportIntegrationTests.unzip(exported.bytes());
		assertThat(files).hasSize(7);
		assertThat(files.get("partnership_members.csv").lines()).hasSize(1 + 4);
		String fingerprint = graphWithoutHistory();

		emptyDatabase();
		Multipart.Reply imported = Multipart.post(port, "/api/v1/imports", Map.of("export.zip", exported.bytes()),
				"editor", "editor-secret");
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);

		assertThat(Multipart.get(port, "/api/v1/exports?format=csv").bytes()).isEqualTo(exported.bytes());
		assertThat(graphWithoutHistory()).isEqualTo(fingerprint);
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

	@Test
	void shouldExportEveryEntryOnceWhenTheGraphIsLargerThanAPage() {
		int n = 1_001;
		actors.upsertAll(IntStream.range(0, n)
			.mapToObj(i -> new ActorRequest("big-" + i, "Acteur " + i, "ASSOCIATION", "T1", null, null, null, null,
					null, null, null, null, null))
			.toList());
		projects.upsertAll(IntStream.range(0, n)
			.mapToObj(i -> new ProjectRequest("big-" + i, "Projet " + i, null, "EMERGENCE", LocalDate.of(2024, 1, 1),
					null, null, null, null, null, null, null, null))
			.toList());
		partnerships.upsertAll(IntStream.range(0, n)
			.mapToObj(i -> new PartnershipRequest("big-" + i, "GRANT", LocalDate.of(2024, 1, 1), null, null, null,
					List.of(new MemberRequest("big-" + i, "LEAD"), new MemberRequest("big-" + (i + 1) % n, "PARTNER")),
					null, null, null))
			.toList());

		JsonNode document = get("/api/v1/exports?format=json").json();

		for (String section : List.of("actors", "projects", "partnerships")) {
			List<String> ids = document.get(section).findValuesAsString("id");
			assertThat(ids).as(section).doesNotHaveDuplicates().isSorted();
			assertThat(ids).as(section).hasSizeGreaterThan(n);
		}
		assertThat(document.get("actors")).hasSize((int) count("MATCH (a:Actor) RETURN count(a)"));
		assertThat(document.get("projects")).hasSize((int) count("MATCH (p:Project) RETURN count(p)"));
		assertThat(document.get("partnerships")).hasSize((int) count("MATCH (x:Partnership) RETURN count(x)"));
	}
}
