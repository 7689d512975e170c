package org.alliancegraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the integration tests: the whole service on a random port, the embedded Neo4j over Bolt, real
 * HTTP. Every subclass shares one application context (same properties), so the server starts once per
 * test JVM. Each test starts from a database holding only the schema and reference vocabularies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"alliance.demo-data=false", "alliance.neo4j.data-dir=${java.io.tmpdir}/neo4j-it-${random.uuid}",
		"alliance.import.work-dir=${java.io.tmpdir}/imports-it-${random.uuid}",
		"alliance.import.single-transaction-entries=2000",
		"alliance.import.heartbeat=PT0.5S", "alliance.import.instance-lease=PT3S",
		"alliance.security.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
		"alliance.security.users[0].name=editor",
		"alliance.security.users[0].password-hash={bcrypt}$2a$10$44/nrYd7xyMkW71/1h/fIeGzrSoA1dQgDPdc8QGWplyXUxm0ZCULe",
		"alliance.security.users[0].roles=EDITOR", "alliance.security.users[1].name=viewer",
		"alliance.security.users[1].password-hash={bcrypt}$2a$10$5hWO/8jQAqIFs5D1UuXZ0u0ftsyYorTqdzHV9ByWHl2dbJgTGercq",
		"alliance.security.users[1].roles=VIEWER", "alliance.api.max-body-size=1MB", "alliance.warm-up=false" })
public abstract class IntegrationTest {

	protected static final String ADMIN_PASSWORD = "admin-secret";

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RESET = """
			MATCH (n)
			WHERE n:Territory OR n:Actor OR n:Project OR n:Partnership OR n:Change OR n:ImportJournal
			   OR n:ImportJournalChunk
			DETACH DELETE n""";

	/** The data version only grows, as in production, so no cached projection outlives a reset. */
	private static final String BUMP = """
			MERGE (v:DataVersion {name: 'graph'}) SET v.value = coalesce(v.value, 0) + 1""";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected Driver driver;

	@BeforeEach
	void resetDatabase() {
		cypher(RESET);
		cypher(BUMP);
	}

	protected void cypher(String query, Object... keysAndValues) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(query, parameters).consume());
		}
	}

	protected long count(String query) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(query).single().get(0).asLong());
		}
	}

	/**
	 * The whole content of the database, to prove that a rejected request changed nothing: every node with its
	 * labels and properties, every relationship with its type, properties and the keys of its ends (a territory's
	 * code, an entity's id, a change record's seq), one sorted line each. A changed value anywhere shows (a name,
	 * a territory's need figure, a project's funding, a partnership's member role, a version, a change record),
	 * not only a changed count. Read straight from the database, not through the export, so that it sees what
	 * the API does not show. The instances' coordination of imports (their heartbeats, the jobs' state, the lock)
	 * and the data version counter are not the graph, and move by themselves or are checked on their own
	 * ({@code dataVersion()}): they are left out.
	 */
	protected String graphFingerprint() {
		try (var session = driver.session()) {
			return session.executeRead(tx -> {
				List<String> lines = new ArrayList<>();
				tx.run("""
						MATCH (n) WHERE NOT (n:ServiceInstance OR n:ImportJob OR n:ImportLock OR n:DataVersion)
						RETURN labels(n) AS labels, properties(n) AS properties""")
					.forEachRemaining(r -> lines.add(labels(r.get("labels"))
							+ new TreeMap<>(r.get("properties").asMap())));
				tx.run("""
						MATCH (a)-[r]->(b)
						WHERE NOT (a:ServiceInstance OR a:ImportJob OR a:ImportLock OR a:DataVersion)
						  AND NOT (b:ServiceInstance OR b:ImportJob OR b:ImportLock OR b:DataVersion)
						RETURN labels(a) AS a, coalesce(a.code, a.id, a.seq, elementId(a)) AS aKey, type(r) AS type,
						       properties(r) AS properties, labels(b) AS b, coalesce(b.code, b.id, b.seq, elementId(b)) AS bKey""")
					.forEachRemaining(r -> lines.add(labels(r.get("a")) + r.get("aKey")
							+ " -[" + r.get("type").asString() + new TreeMap<>(r.get("properties").asMap()) + "]-> "
							+ labels(r.get("b")) + r.get("bKey")));
				Collections.sort(lines);
				return String.join("\n", lines);
			});
		}
	}

	private static String labels(Value labels) {
		return ":" + String.join(":", labels.asList(Value::asString).stream().sorted().toList());
	}

	protected Answer get(String path) {
		return send("GET", path, null, null, null);
	}

	protected Answer post(String path, Object body) {
		return send("POST", path, body, "editor", "editor-secret");
	}

	protected Answer put(String path, Object body) {
		return send("PUT", path, body, "editor", "editor-secret");
	}

	protected Answer delete(String path) {
		return send("DELETE", path, null, "editor", "editor-secret");
	}

	protected Answer asAdmin(String method, String path, Object body) {
		return send(method, path, body, "admin", ADMIN_PASSWORD);
	}

	/** A request; {@code body} is sent as JSON unless it is a String (then as is, as JSON). */
	protected Answer send(String method, String path, Object body, String user, String password) {
		return send(method, path, body, user, password, "application/json");
	}

	protected Answer send(String method, String path, Object body, String user, String password, String contentType) {
		return send(method, path, body, user, password, contentType, Map.of());
	}

	/** A request as an editor, with these headers. */
	protected Answer sendWith(String method, String path, Object body, Map<String, String> headers) {
		return send(method, path, body, "editor", "editor-secret", "application/json", headers);
	}

	private Answer send(String method, String path, Object body, String user, String password, String contentType,
			Map<String, String> headers) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
			headers.forEach(request::header);
			if (user != null) {
				request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
			}
			if (body == null) {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			else {
				String text = body instanceof String s ? s : JSON.writeValueAsString(body);
				request.header("Content-Type", contentType);
				request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
			}
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.headers().firstValue("ETag")
						.orElse(null), response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An HTTP answer; {@link #json()} parses the body. */
	protected record Answer(int status, String contentType, String location, String etag, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + body;
		}
	}
}
