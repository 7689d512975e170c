package org.alliancegraph.neo4j;

/**
 * Data loaded at start-up once the schema is in place (the demo, a territory referential folder…),
 * before the service accepts requests; implementations are ordered with {@code @Order}.
 */
public interface InitialData {

	void load();
}
