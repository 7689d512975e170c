package org.alliancegraph.exchange.importing;

/** Told how far an import has gone; a job records it, a synchronous import ignores it. */
public interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
	};

	/** {@code rows} more rows (CSV) or entries (JSON) have been read. */
	default void read(long rows) {
	}

	/** The import has {@code entries} entries (territories, actors, projects, partnerships) in all. */
	default void counted(long entries) {
	}

	/** {@code rows} more have passed validation. */
	default void validated(long rows) {
	}

	/** {@code rows} more have been written (or found unchanged). */
	default void written(long rows) {
	}
}
