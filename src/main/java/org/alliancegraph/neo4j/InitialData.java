package org.alliancegraph.neo4j;

/**
 * Data loaded at start-up once the schema is in place (the demo, a territory referential folder…),
 * before the service accepts requests; implementations are ordered with {@code @Order}. When the database stops
 * answering part-way, they all run again, in order, once it answers: each must be safe to run twice.
 */
public interface InitialData {

	void load();
}
