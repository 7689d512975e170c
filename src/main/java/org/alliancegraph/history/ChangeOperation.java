package org.alliancegraph.history;

/** What a change did to its entity. */
public enum ChangeOperation {
	CREATED, UPDATED, DELETED, RESTORED
}
