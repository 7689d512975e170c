package org.alliancegraph.exchange.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.alliancegraph.exchange.Multipart;
import org.alliancegraph.exchange.export.GraphExportIntegrationTests;
import org.alliancegraph.exchange.importing.ImportProperties;
import org.alliancegraph.exchange.importing.ServiceInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Large imports as jobs: 202 with the job's address, progress that only moves forward, all or nothing. */
class ImportJobIntegrationTests extends IntegrationTest {

	@Autowired
	ImportProperties properties;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	ServiceInstance instance;

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

	/**
	 * A first load is committed chunk by chunk; a chunk that fails (here a stale version, which only the write
	 * checks) makes the job delete what it had created.
	 */
	@Test
	void shouldUndoAFirstLoadThatFailsHalfWay() throws InterruptedException {
		StringBuilder actors = new StringBuilder();
		for (int i = 0; i < 6_000; i++) {
			actors.append(i == 0 ? "" : ",").append("{\"id\": \"a").append(i)
				.append("\", \"name\": \"Acteur\", \"sector\": \"ASSOCIATION\", \"locatedIn\": \"T1\"")
				.append(i == 5_500 ? ", \"version\": 3}" : "}");
		}
		String document = "{\"territories\": [{\"code\": \"T1\", \"name\": \"Test\", \"level\": \"CUSTOM\"}],"
				+ " \"actors\": [" + actors + "]}";

		Answer accepted = post("/api/v1/imports?async=true", document);
		List<JsonNode> views = poll(accepted.location());

		JsonNode last = views.get(views.size() - 1);
		assertThat(last.get("state").asString()).isEqualTo("FAILED");
		assertThat(last.get("rowsWritten").asLong()).isEqualTo(1 + 5_000);
		assertThat(count("MATCH (n) WHERE n:Actor OR n:Territory RETURN count(n)")).isZero();
	}

	@Test
	void shouldAnswer404ForAnUnknownJob() {
		assertThat(get("/api/v1/imports/jobs/nope").status()).isEqualTo(404);
		assertThat(get("/api/v1/imports/jobs/..passwd").status()).isEqualTo(404);
	}

	/**
	 * A job's state is in the database: a finished one reads the same from a new registry (a restart, or another
	 * instance); one that this instance's stop cut short reads as failed, with why, after its start-up (its writes are
	 * undone by its journal, see {@link org.alliancegraph.exchange.importing.ImportJournalIntegrationTests}).
	 */
	@Test
	void shouldShowJobsAfterARestartAndThoseCutShortAsFailed() throws Exception {
		Answer accepted = post("/api/v1/imports?async=true", GraphExportIntegrationTests.DOCUMENT);
		List<JsonNode> views = poll(accepted.location());
		String id = views.get(views.size() - 1).get("id").asString();
		ImportJobs restarted = new ImportJobs(properties, neo4j, instance, JSON);

		assertThat(restarted.find(id).orElseThrow().state()).isEqualTo(ImportJob.State.SUCCEEDED);
		assertThat(restarted.find(id).orElseThrow().created()).isEqualTo(8);

		cutShort(id, instance.id());
		restarted.load();

		ImportJob.View cut = new ImportJobs(properties, neo4j, instance, JSON).find(id).orElseThrow();
		assertThat(cut.state()).isEqualTo(ImportJob.State.FAILED);
		assertThat(cut.errors().toString()).contains("interrompu par un arrêt du service");
	}

	/**
	 * The running job of another instance is its own while that instance beats; once it is silent past the lease
	 * (here 3 s), the next heartbeat here records the job as failed.
	 */
	@Test
	void shouldFailTheRunningJobOfAnInstanceThatStoppedAndOnlyThen() throws Exception {
		cypher("MERGE (i:ServiceInstance {id: 'alive-instance'}) SET i.heartbeat = timestamp() + 3600000");
		cypher("MERGE (i:ServiceInstance {id: 'gone-instance'}) SET i.heartbeat = timestamp() - 3001");
		String alive = jobOf("alive-instance");
		String gone = jobOf("gone-instance");

		long deadline = System.currentTimeMillis() + 30_000;
		while (!"FAILED".equals(get("/api/v1/imports/jobs/" + gone).json().get("state").asString())
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}

		JsonNode failed = get("/api/v1/imports/jobs/" + gone).json();
		assertThat(failed.get("state").asString()).isEqualTo("FAILED");
		assertThat(failed.get("errors").toString()).contains("interrompu par un arrêt du service");
		assertThat(get("/api/v1/imports/jobs/" + alive).json().get("state").asString()).isEqualTo("RUNNING");
	}

	/**
	 * A finished job's record, made to read as running on {@code owner}; returns its id. The job reads as finished
	 * a little before its thread saves it for the last time: the record is changed once the job has let go of the
	 * import lock, its thread's last step.
	 */
	private String jobOf(String owner) throws InterruptedException {
		Answer accepted = post("/api/v1/imports?async=true", GraphExportIntegrationTests.DOCUMENT);
		List<JsonNode> views = poll(accepted.location());
		String id = views.get(views.size() - 1).get("id").asString();
		long deadline = System.currentTimeMillis() + 30_000;
		while (count("MATCH (l:ImportLock) WHERE l.job = '" + id + "' RETURN count(l)") > 0
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		cutShort(id, owner);
		return id;
	}

	/** What the database holds of a job a stop of {@code owner} cut short while it ran. */
	private void cutShort(String id, String owner) {
		cypher("""
				MATCH (j:ImportJob {id: $id})
				SET j.owner = $owner, j.state = 'RUNNING', j.finishedAt = null,
				    j.view = replace(j.view, '"SUCCEEDED"', '"RUNNING"')""", "id", id, "owner", owner);
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
