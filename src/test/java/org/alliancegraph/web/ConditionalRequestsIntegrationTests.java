package org.alliancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTTP's conditional requests on the four resources: the ETag is the version, {@code If-Match} guards PUT and
 * DELETE with 412, {@code If-None-Match} answers 304 while nothing changed.
 */
class ConditionalRequestsIntegrationTests extends IntegrationTest {

	/** Valence in the Drôme, actors a1 and a2 seated there. */
	@BeforeEach
	void smallTerritory() {
		cypher("""
				CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})
				CREATE (v:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				WITH v
				UNWIND ['a1', 'a2'] AS id
				CREATE (a:Actor {id: id, name: 'Acteur ' + id, sector: 'ASSOCIATION', version: 0})-[:LOCATED_IN]->(v)
				""");
	}

	/** A resource, the key of a new entity of it, and its content with {@code field} set to a given text. */
	record Resource(String path, String key, String field, Map<String, Object> body) {

		Map<String, Object> with(String text) {
			Map<String, Object> b = new LinkedHashMap<>(body);
			b.put(field, text);
			return b;
		}

		@Override
		public String toString() {
			return path;
		}
	}

	static Stream<Resource> resources() {
		return Stream.of(
				new Resource("territories", "26100", "name",
						Map.of("code", "26100", "level", "COMMUNE", "partOf", List.of("26"))),
				new Resource("actors", "a9", "name", Map.of("id", "a9", "sector", "ASSOCIATION", "locatedIn", "26362")),
				new Resource("projects", "p9", "name",
						Map.of("id", "p9", "phase", "EXPERIMENTATION", "start", "2023-01-01")),
				new Resource("partnerships", "x9", "description",
						Map.of("id", "x9", "type", "SOCIETAL_INNOVATION", "start", "2022-05-01", "members",
								List.of(Map.of("actor", "a1", "role", "LEAD"), Map.of("actor", "a2", "role", "PARTNER")))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resources")
	void theVersionIsTheEntityTag(Resource resource) {
		String address = "/api/v1/" + resource.path() + "/" + resource.key();
		Answer created = post("/api/v1/" + resource.path(), resource.with("Premier"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.etag()).isEqualTo("\"0\"");

		Answer read = get(address);
		assertThat(read.etag()).isEqualTo("\"0\"");
		assertThat(sendWith("GET", address, null, Map.of("If-None-Match", "\"0\"")).status()).isEqualTo(304);

		Answer updated = sendWith("PUT", address, resource.with("Deuxième"), Map.of("If-Match", "\"0\""));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.etag()).isEqualTo("\"1\"");
		assertThat(sendWith("GET", address, null, Map.of("If-None-Match", "\"0\"")).status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resources")
	void aStaleIfMatchIsRefusedWith412AndChangesNothing(Resource resource) {
		String address = "/api/v1/" + resource.path() + "/" + resource.key();
		assertThat(post("/api/v1/" + resource.path(), resource.with("Premier")).status()).isEqualTo(201);
		assertThat(put(address, resource.with("Deuxième")).status()).isEqualTo(200);

		Answer stalePut = sendWith("PUT", address, resource.with("Perdu"), Map.of("If-Match", "\"0\""));
		Answer staleDelete = sendWith("DELETE", address, null, Map.of("If-Match", "\"0\""));

		for (Answer stale : List.of(stalePut, staleDelete)) {
			assertThat(stale.status()).isEqualTo(412);
			assertThat(stale.contentType()).startsWith("application/problem+json");
			assertThat(stale.json().get("detail").asString())
				.contains("« " + resource.key() + " » a été modifié entre-temps : If-Match attendait la version 0,"
						+ " version actuelle 1");
			assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
		}
		Answer stored = get(address);
		assertThat(stored.json().get(resource.field()).asString()).isEqualTo("Deuxième");
		assertThat(stored.etag()).isEqualTo("\"1\"");

		assertThat(sendWith("DELETE", address, null, Map.of("If-Match", "W/\"1\"")).status()).isEqualTo(204);
		assertThat(get(address).status()).isEqualTo(404);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resources")
	void anUnreadableIfMatchIsA400(Resource resource) {
		String address = "/api/v1/" + resource.path() + "/" + resource.key();
		assertThat(post("/api/v1/" + resource.path(), resource.with("Premier")).status()).isEqualTo(201);

		Answer answer = sendWith("PUT", address, resource.with("Deuxième"), Map.of("If-Match", "version 0"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("detail").asString()).startsWith("En-tête If-Match illisible");
		assertThat(answer.json().get("value").asString()).isEqualTo("version 0");
		assertThat(get(address).json().get(resource.field()).asString()).isEqualTo("Premier");
	}
}
