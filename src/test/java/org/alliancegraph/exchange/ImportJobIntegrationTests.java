package org.alliancegraph.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Large imports as jobs: 202 with the job's address, progress that only moves forward, all or nothing. */
class ImportJobIntegrationTests extends IntegrationTest {

	@Test
	void shouldRunALargeImportAsAJobWhoseProgressOnlyMovesForward() throws InterruptedException {
		Map<String, String> files = generated(3_000, 4_000);

		Multipart.Reply accepted = Multipart.post(port, "/api/v1/imports?async=true", Multipart.text(files), "editor",
				"editor-secret");

		assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
		assertThat(accepted.location()).startsWith("/api/v1/imports/jobs/");
		List<JsonNode> views = poll(accepted.location());
		JsonNode last = views.get(views.size() - 1);
		assertThat(last.get("state").asString()).as(last.toString()).isEqualTo("SUCCEEDED");
		List<Double> progress = views.stream().map(v -> v.get("progress").asDouble()).toList();
		assertThat(progress).isSorted();
		assertThat(progress.get(progress.size() - 1)).isEqualTo(1.0);
		List<Long> written = views.stream().map(v -> v.get("rowsWritten").asLong()).toList();
		assertThat(written).isSorted();
		int entities = 1 + 3_000 + 4_000;
		assertThat(last.get("rowsRead").asLong()).isEqualTo(1 + 3_000 + 4_000 + 2 * 4_000);
		assertThat(last.get("rowsValidated").asLong()).isEqualTo(entities);
		assertThat(last.get("rowsWritten").asLong()).isEqualTo(entities);
		assertThat(last.get("created").asInt()).isEqualTo(entities);
		assertThat(count("MATCH (:Actor)-[m:MEMBER_OF]->(:Partnership) RETURN count(m)")).isEqualTo(8_000);
	}

	@Test
	void shouldFailAJobWithItsErrorsAndWriteNothing() throws InterruptedException {
		Map<String, String> files = generated(50, 60);
		files.put("actors.csv", files.get("actors.csv").replace("a00006,Acteur 6,COMPANY", "a00006,Acteur 6,PIRATES"));
		String before = graphFingerprint();

		Multipart.Reply accepted = Multipart.post(port, "/api/v1/imports?async=true", Multipart.text(files), "editor",
				"editor-secret");
		List<JsonNode> views = poll(accepted.location());

		JsonNode last = views.get(views.size() - 1);
		assertThat(last.get("state").asString()).isEqualTo("FAILED");
		assertThat(last.get("errors").findValuesAsString("path")).containsExactly("actors.csv:8:sector");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer404ForAnUnknownJob() {
		assertThat(get("/api/v1/imports/jobs/nope").status()).isEqualTo(404);
	}

	@Test
	void shouldRunAJsonDocumentAsAJobOnRequest() throws InterruptedException {
		Answer accepted = post("/api/v1/imports?async=true", GraphExportIntegrationTests.DOCUMENT);

		assertThat(accepted.status()).isEqualTo(202);
		List<JsonNode> views = poll(accepted.location());
		assertThat(views.get(views.size() - 1).get("created").asInt()).isEqualTo(8);
	}

	/** The job's views until it ends. */
	private List<JsonNode> poll(String location) throws InterruptedException {
		List<JsonNode> views = new ArrayList<>();
		long deadline = System.currentTimeMillis() + 180_000;
		while (System.currentTimeMillis() < deadline) {
			JsonNode view = get(location).json();
			views.add(view);
			String state = view.get("state").asString();
			if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
				return views;
			}
			Thread.sleep(25);
		}
		throw new AssertionError("job still running: " + views.get(views.size() - 1));
	}

	/** One territory, {@code actors} actors, {@code partnerships} partnerships of two members each. */
	static Map<String, String> generated(int actors, int partnerships) {
		String[] sectors = { "ASSOCIATION", "COMPANY", "LOCAL_AUTHORITY", "SOCIAL_ECONOMY", "NETWORK" };
		StringBuilder actorRows = new StringBuilder("id,name,sector,locatedIn\n");
		for (int i = 0; i < actors; i++) {
			actorRows.append(String.format("a%05d,Acteur %d,%s,T1%n", i, i, sectors[i % sectors.length]));
		}
		StringBuilder partnershipRows = new StringBuilder("id,type,start,intensity\n");
		StringBuilder memberRows = new StringBuilder("partnership,actor,role\n");
		for (int i = 0; i < partnerships; i++) {
			partnershipRows.append(String.format("x%05d,SOCIETAL_INNOVATION,20%02d-0%d-01,%d%n", i, 18 + i % 8,
					1 + i % 9, 1 + i % 3));
			memberRows.append(String.format("x%05d,a%05d,LEAD%nx%05d,a%05d,PARTNER%n", i, i % actors, i,
					(i * 7 + 1) % actors == i % actors ? (i + 1) % actors : (i * 7 + 1) % actors));
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put("territories.csv", "code,name,level\nT1,Territoire test,CUSTOM\n");
		files.put("actors.csv", actorRows.toString());
		files.put("partnerships.csv", partnershipRows.toString());
		files.put("partnership_members.csv", memberRows.toString());
		return files;
	}
}
