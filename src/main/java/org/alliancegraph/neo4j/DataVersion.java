package org.alliancegraph.neo4j;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A counter in the database that every write increments, inside the writing transaction: caches of
 * projected graphs are keyed by it, so they are dropped by any change, whichever instance made it.
 */
@Component
public class DataVersion {

	private static final String BUMP = """
			MERGE (v:DataVersion {name: 'graph'})
			SET v.value = coalesce(v.value, 0) + 1""";

	private static final String CURRENT = """
			OPTIONAL MATCH (v:DataVersion {name: 'graph'}) RETURN coalesce(v.value, 0) AS value""";

	private final Neo4jClient neo4j;

	DataVersion(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Call inside the writing transaction. */
	public void bump() {
		neo4j.query(BUMP).run();
	}

	public long current() {
		return neo4j.query(CURRENT).fetchAs(Long.class).one().orElse(0L);
	}
}
