package org.alliancegraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j server, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDir its store and logs ({@code ALLIANCE_NEO4J_DATA_DIR}); survives restarts
 * @param boltPort the loopback Bolt port; 0 takes a free one
 * @param pageCacheMb the page cache size in MiB
 */
@ConfigurationProperties("alliance.neo4j")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("0") int boltPort,
		@DefaultValue("128") long pageCacheMb) {
}
