package org.alliancegraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.alliancegraph.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts the whole service several times on one data folder: what must survive a restart does, schema files
 * run once, an edited schema file stops the start, and an external URI starts no embedded server.
 */
class DatabaseLifecycleTests {

	@TempDir
	Path tmp;

	private ConfigurableApplicationContext start(Map<String, Object> properties) {
		Map<String, Object> all = new java.util.HashMap<>(Map.of("server.port", 0, "alliance.demo-data", false,
				"alliance.security.admin-password", "x", "alliance.neo4j.data-dir", tmp.resolve("neo4j").toString(),
				"alliance.import.work-dir", tmp.resolve("imports").toString()));
		all.putAll(properties);
		// as command-line arguments: they win over application.properties, as a user's would
		return new SpringApplicationBuilder(Application.class)
			.run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	private static long single(ConfigurableApplicationContext context, String query) {
		try (var session = context.getBean(Driver.class).session()) {
			return session.executeRead(tx -> tx.run(query).single().get(0).asLong());
		}
	}

	@Test
	void shouldKeepDataAndApplySchemaFilesOnceAcrossRestarts() {
		try (var first = start(Map.of())) {
			assertThat(single(first, "MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(8);
			try (var session = first.getBean(Driver.class).session()) {
				session.executeWriteWithoutResult(
						tx -> tx.run("CREATE (:Territory {code: 'R84', name: 'ARA', level: 'REGION', version: 0})"));
			}
		}
		try (var second = start(Map.of())) {
			assertThat(second.getBean(SchemaMigrations.class).migrate()).isEmpty();
			assertThat(single(second, "MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(8);
			assertThat(single(second, "MATCH (t:Territory {code: 'R84'}) RETURN count(t)")).isEqualTo(1);
			assertThat(single(second, "MATCH (s:Sector) RETURN count(s)")).isEqualTo(10);
		}
	}

	@Test
	void shouldStopTheStartWhenAnAppliedSchemaFileChanged() throws Exception {
		Path schema = Files.createDirectories(tmp.resolve("cypher"));
		Files.writeString(schema.resolve("V001__test.cypher"), "CREATE CONSTRAINT t IF NOT EXISTS FOR (n:T) REQUIRE n.k IS UNIQUE;");
		String location = "file:" + schema + "/V*.cypher";
		start(Map.of("alliance.schema.location", location)).close();

		Files.writeString(schema.resolve("V001__test.cypher"), "MERGE (:T {k: 1});");

		assertThatThrownBy(() -> start(Map.of("alliance.schema.location", location)))
			.isInstanceOf(SchemaChecksumMismatchException.class)
			.hasMessageContaining("V001__test.cypher a déjà été appliqué");
	}

	@Test
	void shouldStartNoEmbeddedServerWhenAnExternalUriIsGiven() {
		DatabaseManagementService external = new DatabaseManagementServiceBuilder(tmp.resolve("external"))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		try {
			int port = ((GraphDatabaseAPI) external.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
				.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT)
				.getPort();
			try (var context = start(Map.of("spring.neo4j.uri", "bolt://127.0.0.1:" + port))) {
				assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
				assertThat(single(context, "MATCH (m:SchemaMigration) RETURN count(m)")).isEqualTo(8);
			}
			try (var tx = external.database("neo4j").beginTx()) {
				assertThat(tx.execute("MATCH (s:Sector) RETURN count(s) AS c").<Long>columnAs("c").next())
					.isEqualTo(10);
			}
			assertThat(tmp.resolve("neo4j")).doesNotExist();
		}
		finally {
			external.shutdown();
		}
	}
}
