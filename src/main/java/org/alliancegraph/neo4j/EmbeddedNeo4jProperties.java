package org.alliancegraph.neo4j;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j server, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDir its store and logs ({@code ALLIANCE_NEO4J_DATA_DIR}); survives restarts
 * @param boltPort the loopback Bolt port; 0 takes a free one
 * @param pageCacheMb the page cache size in MiB
 * @param password the Bolt password of user {@code neo4j} ({@code ALLIANCE_NEO4J_PASSWORD}); unset, one is
 *     generated at the first start and kept in {@code bolt-password} in the data folder
 */
@ConfigurationProperties("alliance.neo4j")
public record EmbeddedNeo4jProperties(@DefaultValue("./data/neo4j") Path dataDir, @DefaultValue("0") int boltPort,
		@DefaultValue("128") long pageCacheMb, @Nullable String password) {
}
