package org.alliancegraph.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-process Neo4j Community server when no external one is configured, so that the service
 * runs on a machine with only Java and Maven.
 *
 * <p>The application still talks to it through Bolt on the loopback interface, exactly as to an external
 * server: what is tested is what runs in production. Bolt is bound to 127.0.0.1 and requires the password of
 * {@link EmbeddedNeo4jPassword} (given by configuration, or generated at the first start and kept with the data),
 * which the service's own driver uses; HTTP connectors are off; the page cache is kept small, since Neo4j would
 * otherwise claim half the free memory.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		Path home = properties.dataDir().toAbsolutePath();
		log.info("Démarrage du serveur Neo4j embarqué (données : {}) / starting embedded Neo4j", home);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(properties.pageCacheMb()))
			// Bolt waits 5 s + 5 s for clients by default; 1 s brings a stop from ~12 s to ~4 s.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
			.build();
		try {
			EmbeddedNeo4jPassword.apply(dbms, password(properties));
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
		return dbms;
	}

	private static String password(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4jPassword.resolve(properties.dataDir().toAbsolutePath(), properties.password());
	}

	/** The driver and Spring Data Neo4j connect to the embedded server like to any other. */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService embeddedNeo4j,
			EmbeddedNeo4jProperties properties) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
		log.info("Neo4j embarqué à l'écoute sur {} / embedded Neo4j listening on {}", uri, uri);
		AuthToken auth = AuthTokens.basic(EmbeddedNeo4jPassword.USER, password(properties));
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return auth;
			}
		};
	}
}
