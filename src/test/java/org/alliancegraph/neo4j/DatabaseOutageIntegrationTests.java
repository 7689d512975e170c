package org.alliancegraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against an external Neo4j in a process of its own that is stopped and started again: while the
 * database is away, the service answers HTTP, health and readiness say 503 DOWN and the API 503 problem details in
 * French, each within seconds; when it comes back the service recovers by itself, also when the database was
 * missing from the start (it then initialises: schema, demo).
 */
class DatabaseOutageIntegrationTests {

	/** What "fails fast" means here: well under the driver's defaults (30 s, 60 s), with room for a busy machine. */
	private static final Duration FAST = Duration.ofSeconds(5);

	/** How long the service may take to notice the database is back (it tries every second here) and initialise. */
	private static final Duration RECOVERY = Duration.ofSeconds(90);

	@TempDir
	static Path tmp;

	private static final List<ExternalNeo4jProcess> servers = new ArrayList<>();

	@AfterAll
	static void stopServers() {
		servers.forEach(ExternalNeo4jProcess::close);
	}

	private static ExternalNeo4jProcess server(String name) {
		ExternalNeo4jProcess server = new ExternalNeo4jProcess(tmp.resolve(name));
		servers.add(server);
		return server;
	}

	private static ConfigurableApplicationContext start(ExternalNeo4jProcess server, boolean demo) {
		return ServiceClient.start(server, tmp.resolve("imports-" + demo), demo, Map.of());
	}

	@Test
	void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItselfWhenItIsBack() throws Exception {
		ExternalNeo4jProcess server = server("restarted");
		server.start();
		try (var app = start(server, false)) {
			ServiceClient client = new ServiceClient(app);
			assertUp(client);
			assertThat(client.post("/api/v1/territories", region("R84", "Auvergne-Rhône-Alpes")).status())
				.isEqualTo(201);

			server.stop();

			assertDown(ServiceClient.within(FAST, () -> client.get("/actuator/health")));
			assertDown(ServiceClient.within(FAST, () -> client.get("/actuator/health/readiness")));
			assertUnavailable(ServiceClient.within(FAST, () -> client.get("/api/v1/territories/R84")));
			assertUnavailable(ServiceClient.within(FAST, () -> client.post("/api/v1/territories", region("R93", "Provence"))));
			assertUnavailable(ServiceClient.within(FAST, () -> client.get("/api/v1/analysis/catalysts?territory=R84")));
			assertDown(ServiceClient.within(FAST, () -> client.get("/actuator/health/readiness")));
			assertThat(client.get("/actuator/health/liveness").status()).isEqualTo(200);

			server.start();

			client.awaitReadiness(RECOVERY);
			assertUp(client);
			assertThat(client.get("/api/v1/territories/R84").json().get("name").asString())
				.isEqualTo("Auvergne-Rhône-Alpes");
			assertThat(client.post("/api/v1/territories", region("R93", "Provence")).status()).isEqualTo(201);
		}
	}

	@Test
	void shouldStartWithoutTheDatabaseAndInitialiseItWhenItAppears() throws Exception {
		ExternalNeo4jProcess server = server("late");
		try (var app = start(server, true)) {
			ServiceClient client = new ServiceClient(app);
			assertDown(ServiceClient.within(FAST, () -> client.get("/actuator/health")));
			assertDown(ServiceClient.within(FAST, () -> client.get("/actuator/health/readiness")));
			ServiceClient.Answer list = ServiceClient.within(FAST, () -> client.get("/api/v1/territories"));
			assertUnavailable(list);
			assertThat(list.json().get("detail").asString()).contains("finit de démarrer");
			assertUnavailable(ServiceClient.within(FAST, () -> client.post("/api/v1/territories", region("R84", "ARA"))));
			assertThat(client.get("/").status()).isEqualTo(200);

			server.start();

			client.awaitReadiness(RECOVERY);
			assertUp(client);
			// cypher/V002's ten sectors and the demo's two départements: the whole initialisation ran
			assertThat(client.get("/api/v1/reference/sectors").json().size()).isEqualTo(10);
			JsonNode departements = client.get("/api/v1/territories?level=DEPARTEMENT").json().get("content");
			assertThat(departements.findValuesAsString("code")).containsExactlyInAnyOrder("07", "26");
		}
	}

	private static Map<String, Object> region(String code, String name) {
		return Map.of("code", code, "name", name, "level", "REGION");
	}

	private static void assertUp(ServiceClient client) {
		for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
			ServiceClient.Answer answer = client.get(path);
			assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
			assertThat(answer.json().get("status").asString()).isEqualTo("UP");
		}
		assertThat(client.get("/api/v1/territories").status()).isEqualTo(200);
	}

	private static void assertDown(ServiceClient.Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
		assertThat(answer.json().get("status").asString()).isEqualTo("DOWN");
	}

	private static void assertUnavailable(ServiceClient.Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.retryAfter()).isNotNull();
		JsonNode problem = answer.json();
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("title").asString()).isEqualTo("Base de données indisponible");
		assertThat(problem.get("detail").asString()).startsWith("Base de données indisponible, réessayez");
	}
}
