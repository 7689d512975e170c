package org.alliancegraph.history;

/** Where a change came from. */
public enum ChangeSource {
	/** A single write of the API. */
	API,
	/** A JSON or CSV import. */
	IMPORT,
	/** The territorial referential's import. */
	REFERENTIAL,
	/** A deletion that took dependent links or entities with it. */
	CASCADE,
	/** A restore of an earlier version. */
	RESTORE
}
