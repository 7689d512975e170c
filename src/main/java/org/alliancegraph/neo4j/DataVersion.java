package org.alliancegraph.neo4j;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A counter in the database that every write increments, inside the writing transaction: caches of
 * projected graphs are keyed by it, so they are dropped by any change, whichever instance made it.
 * Writes made around the service (Neo4j Browser, a script) do not bump it, so the {@link #stamp()} also
 * carries the node and relationship counts (constant-time reads of Neo4j's count store): adding or
 * deleting data by hand invalidates caches too; editing a property by hand needs a bump (see README).
 */
@Component
public class DataVersion {

	private static final String BUMP = """
			MERGE (v:DataVersion {name: 'graph'})
			SET v.value = coalesce(v.value, 0) + 1""";

	private static final String STAMP = """
			OPTIONAL MATCH (v:DataVersion {name: 'graph'})
			RETURN coalesce(v.value, 0) + ':' + COUNT { MATCH (n) } + ':' + COUNT { MATCH ()-[r]->() } AS stamp""";

	private final Neo4jClient neo4j;

	DataVersion(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Call inside the writing transaction. */
	public void bump() {
		neo4j.query(BUMP).run();
	}

	/** What identifies the current state of the data for caching. */
	public String stamp() {
		return neo4j.query(STAMP).fetchAs(String.class).one().orElse("");
	}
}
