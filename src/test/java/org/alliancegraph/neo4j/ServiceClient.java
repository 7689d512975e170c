package org.alliancegraph.neo4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.alliancegraph.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP to a service started on an external Neo4j, writes as its {@code admin}. */
final class ServiceClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final int port;

	ServiceClient(ConfigurableApplicationContext app) {
		this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
	}

	/** The service on the external server, its work folder {@code imports}; {@code more}: more properties. */
	static ConfigurableApplicationContext start(ExternalNeo4jProcess server, Path imports, boolean demo,
			Map<String, Object> more) {
		Map<String, Object> properties = new HashMap<>(Map.of("server.port", 0, "alliance.demo-data", demo,
				"alliance.security.admin-password", "x", "alliance.import.work-dir", imports,
				"spring.neo4j.uri", server.uri(), "spring.neo4j.authentication.username", ExternalNeo4jProcess.USER,
				"spring.neo4j.authentication.password", ExternalNeo4jProcess.PASSWORD,
				"alliance.database.retry.max-delay", "1s"));
		properties.putAll(more);
		return new SpringApplicationBuilder(Application.class).run(
				properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	Answer get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Answer post(String path, Object body) {
		return send(asAdmin(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
	}

	Answer delete(String path) {
		return send(asAdmin(path).DELETE());
	}

	/** The answer, which must come within {@code limit}. */
	static Answer within(Duration limit, Supplier<Answer> call) {
		long start = System.nanoTime();
		Answer answer = call.get();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to answer " + answer).isLessThan(limit);
		return answer;
	}

	void awaitReadiness(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		Answer last = get("/actuator/health/readiness");
		while (last.status() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(250);
			last = get("/actuator/health/readiness");
		}
		assertThat(last.status()).as("readiness within " + limit + ": " + last).isEqualTo(200);
	}

	private HttpRequest.Builder asAdmin(String path) {
		String auth = Base64.getEncoder().encodeToString("admin:x".getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + auth);
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

	record Answer(int status, String contentType, String retryAfter, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + body;
		}
	}
}
