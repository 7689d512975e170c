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
 * database, never by what an instance saw itself.
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
			try (var first = ServiceClient.start(server, tmp.resolve("imports-1"), false);
					var second = ServiceClient.start(server, tmp.resolve("imports-2"), false)) {
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

	private static void tie(ServiceClient client, String id, String a, String b) {
		ServiceClient.Answer created = client.post("/api/v1/partnerships", Map.of("id", id, "type", "GRANT", "start",
				"2020-01-01", "members", List.of(Map.of("actor", a, "role", "LEAD"), Map.of("actor", b, "role",
						"PARTNER"))));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}
}
