package org.alliancegraph.neo4j;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two service instances on one Neo4j server in a process of its own, as behind a load balancer: a write through
 * one is seen by the other's next list and next analysis. Their caches are keyed by the data version kept in the
 * database, never by what an instance saw itself; import jobs, their lock and their journals are in the database too.
 *
 * <pre>
 * x ─ y ─ z in the Drôme: y lies on the only shortest path of {x, z}: betweenness 1, normalised by
 * 2 / ((n - 1)(n - 2)) = 1 for n = 3: 1.0; once x ─ z is tied too, nobody is between: 0.
 * </pre>
 */
class SeveralInstancesIntegrationTests {

	@TempDir
	static Path tmp;

	@Test
	void shouldSeeTheOtherInstancesWritesInItsNextListAndAnalysis() throws Exception {
		try (ExternalNeo4jProcess server = new ExternalNeo4jProcess(tmp.resolve("shared"))) {
			server.start();
			try (var first = ServiceClient.start(server, tmp.resolve("imports-1"), false, Map.of());
					var second = ServiceClient.start(server, tmp.resolve("imports-2"), false, Map.of())) {
				ServiceClient one = new ServiceClient(first);
				ServiceClient two = new ServiceClient(second);
				assertThat(one.post("/api/v1/territories", Map.of("code", "26", "name", "Drôme", "level", "DEPARTEMENT"))
					.status()).isEqualTo(201);
				for (String id : List.of("x", "y", "z")) {
					assertThat(one.post("/api/v1/actors", Map.of("id", id, "name", "Acteur " + id, "sector", "ASSOCIATION",
							"locatedIn", "26", "activeIn", List.of())).status()).isEqualTo(201);
				}
				tie(one, "p1", "x", "y");
				tie(one, "p2", "y", "z");

				JsonNode before = two.get("/api/v1/analysis/catalysts?territory=26").json();
				assertThat(before.get("tieCount").asInt()).isEqualTo(2);
				JsonNode broker = before.get("catalysts").get(0);
				assertThat(broker.get("id").asString()).isEqualTo("y");
				assertThat(broker.get("betweennessNormalized").asDouble()).isCloseTo(1.0, within(1e-9));
				assertThat(two.get("/api/v1/actors?territory=26").json().get("page").get("totalElements").asInt())
					.isEqualTo(3);

				// through the first instance only
				tie(one, "p3", "x", "z");
				assertThat(one.post("/api/v1/actors", Map.of("id", "w", "name", "Acteur w", "sector", "COMPANY",
						"locatedIn", "26", "activeIn", List.of())).status()).isEqualTo(201);

				JsonNode after = two.get("/api/v1/analysis/catalysts?territory=26").json();
				assertThat(after.get("actorCount").asInt()).isEqualTo(4);
				assertThat(after.get("tieCount").asInt()).isEqualTo(3);
				for (JsonNode catalyst : after.get("catalysts")) {
					assertThat(catalyst.get("betweenness").asDouble()).as(catalyst.toString()).isZero();
				}
				assertThat(two.get("/api/v1/actors?territory=26").json().get("page").get("totalElements").asInt())
					.isEqualTo(4);
				// and the other way round: a deletion through the second, seen by the first
				assertThat(two.delete("/api/v1/actors/w").status()).isEqualTo(204);
				assertThat(one.get("/api/v1/analysis/catalysts?territory=26").json().get("actorCount").asInt())
					.isEqualTo(3);
			}
		}
	}

	/**
	 * Import jobs across two instances: a large import submitted to the first is read, with its progress, from the
	 * second; the second refuses to undo it while it runs (409); the second's restart in the middle of it leaves it
	 * alone (its journal is the first's); and an import submitted to the second meanwhile waits for the database's
	 * import lock: small as it is, it ends after the large one.
	 */
	@Test
	void shouldRunImportJobsOneAtATimeReadableFromBothAndSafeAcrossTheOthersRestart() throws Exception {
		Map<String, Object> chunked = Map.of("alliance.import.single-transaction-entries", 2_000,
				"alliance.import.heartbeat", "PT0.5S", "alliance.import.instance-lease", "PT5S");
		try (ExternalNeo4jProcess server = new ExternalNeo4jProcess(tmp.resolve("jobs"))) {
			server.start();
			try (var first = ServiceClient.start(server, tmp.resolve("jobs-1"), false, chunked)) {
				ServiceClient one = new ServiceClient(first);
				var second = ServiceClient.start(server, tmp.resolve("jobs-2"), false, chunked);
				try {
					ServiceClient two = new ServiceClient(second);
					String large = submitted(one, document("a", 40_000));
					JsonNode seen = awaitWriting(two, large);
					assertThat(seen.get("progress").asDouble()).isGreaterThan(0.5);
					ServiceClient.Answer undo = two.post("/api/v1/imports/" + large + "/undo", Map.of());
					assertThat(undo.status()).as(undo.toString()).isEqualTo(409);
					assertThat(undo.body()).contains("est en cours");

					second.close();
					second = ServiceClient.start(server, tmp.resolve("jobs-2"), false, chunked);
					two = new ServiceClient(second);
					assertThat(two.get("/api/v1/imports/jobs/" + large).json().get("state").asString())
						.as("the second instance must have restarted while the import ran").isEqualTo("RUNNING");
					String small = submitted(two, document("b", 3));

					JsonNode largeDone = finished(one, large);
					JsonNode smallDone = finished(two, small);
					assertThat(largeDone.get("state").asString()).as(largeDone.toString()).isEqualTo("SUCCEEDED");
					assertThat(largeDone.get("created").asInt()).isEqualTo(1 + 40_000);
					assertThat(smallDone.get("state").asString()).isEqualTo("SUCCEEDED");
					assertThat(java.time.Instant.parse(smallDone.get("finishedAt").asString()))
						.isAfter(java.time.Instant.parse(largeDone.get("finishedAt").asString()));
					assertThat(two.get("/api/v1/imports/jobs/" + large).json()).isEqualTo(largeDone);
					assertThat(one.get("/api/v1/imports/jobs/" + small).json()).isEqualTo(smallDone);
					assertThat(two.get("/api/v1/actors?territory=T-a").json().get("page").get("totalElements").asInt())
						.isEqualTo(40_000);
				}
				finally {
					second.close();
				}
			}
		}
	}

	/** Territory T-{@code name} and {@code actors} actors in it. */
	private static Map<String, Object> document(String name, int actors) {
		List<Map<String, Object>> list = new java.util.ArrayList<>();
		for (int i = 0; i < actors; i++) {
			list.add(Map.of("id", name + i, "name", "Acteur " + i, "sector", "ASSOCIATION", "locatedIn", "T-" + name));
		}
		return Map.of("territories", List.of(Map.of("code", "T-" + name, "name", "Territoire " + name, "level",
				"CUSTOM")), "actors", list);
	}

	private static String submitted(ServiceClient client, Map<String, Object> document) {
		ServiceClient.Answer accepted = client.post("/api/v1/imports?async=true", document);
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		return accepted.json().get("id").asString();
	}

	/** The job's view once it is writing, as {@code client} reads it. */
	private static JsonNode awaitWriting(ServiceClient client, String id) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 120_000;
		JsonNode view = client.get("/api/v1/imports/jobs/" + id).json();
		while (view.get("rowsWritten").asLong() == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			view = client.get("/api/v1/imports/jobs/" + id).json();
		}
		assertThat(view.get("state").asString()).as(view.toString()).isEqualTo("RUNNING");
		return view;
	}

	private static JsonNode finished(ServiceClient client, String id) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 300_000;
		JsonNode view = client.get("/api/v1/imports/jobs/" + id).json();
		while (!view.get("state").asString().matches("SUCCEEDED|FAILED") && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
			view = client.get("/api/v1/imports/jobs/" + id).json();
		}
		return view;
	}

	private static void tie(ServiceClient client, String id, String a, String b) {
		ServiceClient.Answer created = client.post("/api/v1/partnerships", Map.of("id", id, "type", "GRANT", "start",
				"2020-01-01", "members", List.of(Map.of("actor", a, "role", "LEAD"), Map.of("actor", b, "role",
						"PARTNER"))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}
}
