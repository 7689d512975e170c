package org.alliancegraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.alliancegraph.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's Bolt port is locked: a client with no or wrong credentials is refused, the service's own
 * driver gets in, and a generated password is kept with the data across restarts.
 */
class EmbeddedNeo4jAuthenticationTests {

	@TempDir
	Path tmp;

	private ConfigurableApplicationContext start(Map<String, Object> properties) {
		Map<String, Object> all = new java.util.HashMap<>(Map.of("server.port", 0, "alliance.demo-data", false,
				"alliance.security.admin-password", "x", "alliance.neo4j.data-dir", tmp.resolve("neo4j").toString(),
				"alliance.import.work-dir", tmp.resolve("imports").toString()));
		all.putAll(properties);
		return new SpringApplicationBuilder(Application.class)
			.run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	/** Runs a read with a driver of its own, as another local process would. */
	private static long countWith(ConfigurableApplicationContext context, AuthToken auth) {
		String uri = context.getBean(Neo4jConnectionDetails.class).getUri().toString();
		try (Driver driver = GraphDatabase.driver(uri, auth); var session = driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (s:Sector) RETURN count(s)").single().get(0).asLong());
		}
	}

	@Test
	void shouldRefuseBoltClientsWithoutTheGeneratedPasswordAndKeepItAcrossRestarts() throws Exception {
		Path file = tmp.resolve("neo4j").resolve(EmbeddedNeo4jPassword.FILE);
		String password;
		try (var first = start(Map.of())) {
			assertThat(file).exists();
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			password = Files.readString(file).strip();
			assertThat(password).hasSize(32);

			assertThatThrownBy(() -> countWith(first, AuthTokens.none())).isInstanceOf(SecurityException.class);
			assertThatThrownBy(() -> countWith(first, AuthTokens.basic("neo4j", "neo4j")))
				.isInstanceOf(SecurityException.class);
			assertThatThrownBy(() -> countWith(first, AuthTokens.basic("neo4j", password + "x")))
				.isInstanceOf(SecurityException.class);
			// the 10 sectors of cypher/V002: the service's migrations ran through its own authenticated driver
			assertThat(countWith(first, AuthTokens.basic("neo4j", password))).isEqualTo(10);
		}
		try (var second = start(Map.of())) {
			assertThat(Files.readString(file).strip()).isEqualTo(password);
			assertThat(countWith(second, AuthTokens.basic("neo4j", password))).isEqualTo(10);
			try (var session = second.getBean(Driver.class).session()) {
				long migrations = session
					.executeRead(tx -> tx.run("MATCH (m:SchemaMigration) RETURN count(m)").single().get(0).asLong());
				assertThat(migrations).isEqualTo(8);
			}
		}
	}

	@Test
	void shouldUseTheConfiguredPasswordAndWriteNoFile() {
		try (var context = start(Map.of("alliance.neo4j.password", "configured-secret-1"))) {
			assertThat(tmp.resolve("neo4j").resolve(EmbeddedNeo4jPassword.FILE)).doesNotExist();
			assertThat(countWith(context, AuthTokens.basic("neo4j", "configured-secret-1"))).isEqualTo(10);
			assertThatThrownBy(() -> countWith(context, AuthTokens.none())).isInstanceOf(SecurityException.class);
		}
	}
}
