package org.alliancegraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so the compose file is checked as data: it parses, runs
 * Neo4j 5.26 Community with a volume, points the service at it, and takes every password from the
 * environment.
 */
class DockerComposeTests {

	@SuppressWarnings("unchecked")
	@Test
	void shouldRunNeo4jCommunityAndTheServicePointedAtIt() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Object> services = (Map<String, Object>) compose.get("services");
		Map<String, Object> neo4j = (Map<String, Object>) services.get("neo4j");
		Map<String, Object> app = (Map<String, Object>) services.get("alliance-graph");

		assertThat(neo4j.get("image")).isEqualTo("neo4j:5.26-community");
		assertThat((List<String>) neo4j.get("volumes")).containsExactly("neo4j-data:/data");
		assertThat(((Map<String, Object>) compose.get("volumes"))).containsKey("neo4j-data");
		Map<String, Object> neo4jEnv = (Map<String, Object>) neo4j.get("environment");
		assertThat(neo4jEnv.get("NEO4J_AUTH")).isEqualTo("neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}");

		Map<String, Object> env = (Map<String, Object>) app.get("environment");
		assertThat(env.get("NEO4J_URI")).isEqualTo("bolt://neo4j:7687");
		assertThat(env.get("NEO4J_PASSWORD")).isEqualTo("${NEO4J_PASSWORD:?set NEO4J_PASSWORD}");
		assertThat(env.get("ALLIANCE_ADMIN_PASSWORD")).asString().startsWith("${ALLIANCE_ADMIN_PASSWORD");
		assertThat(((Map<String, Object>) app.get("depends_on"))).containsKey("neo4j");
	}
}
