package org.alliancegraph.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.alliancegraph.Application;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
		Map<String, Object> properties = new HashMap<>(Map.of("server.port", 0, "alliance.demo-data", demo,
				"alliance.security.admin-password", "x", "alliance.import.work-dir", tmp.resolve("imports-" + demo),
				"spring.neo4j.uri", server.uri(), "spring.neo4j.authentication.username", ExternalNeo4jProcess.USER,
				"spring.neo4j.authentication.password", ExternalNeo4jProcess.PASSWORD,
				"alliance.database.retry.max-delay", "1s"));
		return new SpringApplicationBuilder(Application.class).run(
				properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	@Test
	void shouldAnswer503WhileTheDatabaseIsDownAndRecoverByItselfWhenItIsBack() throws Exception {
		ExternalNeo4jProcess server = server("restarted");
		server.start();
		try (var app = start(server, false)) {
			Client client = new Client(app);
			assertUp(client);
			assertThat(client.post("/api/v1/territories", region("R84", "Auvergne-Rhône-Alpes")).status())
				.isEqualTo(201);

			server.stop();

			assertDown(client.fast(() -> client.get("/actuator/health")));
			assertDown(client.fast(() -> client.get("/actuator/health/readiness")));
			assertUnavailable(client.fast(() -> client.get("/api/v1/territories/R84")));
			assertUnavailable(client.fast(() -> client.post("/api/v1/territories", region("R93", "Provence"))));
			assertUnavailable(client.fast(() -> client.get("/api/v1/analysis/catalysts?territory=R84")));
			assertDown(client.fast(() -> client.get("/actuator/health/readiness")));
			assertThat(client.get("/actuator/health/liveness").status()).isEqualTo(200);

			server.start();

			client.awaitReadiness();
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
			Client client = new Client(app);
			assertDown(client.fast(() -> client.get("/actuator/health")));
			assertDown(client.fast(() -> client.get("/actuator/health/readiness")));
			Answer list = client.fast(() -> client.get("/api/v1/territories"));
			assertUnavailable(list);
			assertThat(list.json().get("detail").asString()).contains("finit de démarrer");
			assertUnavailable(client.fast(() -> client.post("/api/v1/territories", region("R84", "ARA"))));
			assertThat(client.get("/").status()).isEqualTo(200);

			server.start();

			client.awaitReadiness();
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

	private static void assertUp(Client client) {
		for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
			Answer answer = client.get(path);
			assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
			assertThat(answer.json().get("status").asString()).isEqualTo("UP");
		}
		assertThat(client.get("/api/v1/territories").status()).isEqualTo(200);
	}

	private static void assertDown(Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
		assertThat(answer.json().get("status").asString()).isEqualTo("DOWN");
	}

	private static void assertUnavailable(Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.retryAfter()).isNotNull();
		JsonNode problem = answer.json();
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("title").asString()).isEqualTo("Base de données indisponible");
		assertThat(problem.get("detail").asString()).startsWith("Base de données indisponible, réessayez");
	}

	/** HTTP to the service, writes as its {@code admin}. */
	private static final class Client {

		private final int port;

		Client(ConfigurableApplicationContext app) {
			this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
		}

		Answer get(String path) {
			return send(HttpRequest.newBuilder(uri(path)).GET());
		}

		Answer post(String path, Object body) {
			String auth = Base64.getEncoder().encodeToString("admin:x".getBytes(StandardCharsets.UTF_8));
			return send(HttpRequest.newBuilder(uri(path))
				.header("Authorization", "Basic " + auth)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
		}

		/** The answer, which must come within {@link #FAST}. */
		Answer fast(Supplier<Answer> call) {
			long start = System.nanoTime();
			Answer answer = call.get();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to answer " + answer).isLessThan(FAST);
			return answer;
		}

		void awaitReadiness() throws InterruptedException {
			long deadline = System.nanoTime() + RECOVERY.toNanos();
			Answer last = get("/actuator/health/readiness");
			while (last.status() != 200 && System.nanoTime() < deadline) {
				Thread.sleep(250);
				last = get("/actuator/health/readiness");
			}
			assertThat(last.status()).as("readiness " + RECOVERY + " after the database came back: " + last)
				.isEqualTo(200);
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		private static Answer send(HttpRequest.Builder request) {
			try {
				HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
						response.headers().firstValue("Retry-After").orElse(null), response.body());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private record Answer(int status, String contentType, String retryAfter, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + body;
		}
	}
}
