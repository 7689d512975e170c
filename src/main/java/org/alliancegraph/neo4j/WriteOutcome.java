package org.alliancegraph.neo4j;

/** What an upsert did: the counts of an import are made of these. */
public enum WriteOutcome {
	CREATED, UPDATED, UNCHANGED
}
