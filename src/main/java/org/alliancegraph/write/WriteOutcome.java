package org.alliancegraph.write;

/** What an upsert did: the counts of an import are made of these. */
public enum WriteOutcome {
	CREATED, UPDATED, UNCHANGED
}
