package org.alliancegraph.history;

import java.util.Collection;
import java.util.Map;

/**
 * The contents entities have now, as requests of their kind: the {@code after} of each one's newest change record,
 * which the record does not store (the graph holds it).
 */
public interface CurrentContents {

	/** The stored entities among {@code keys} of {@code kind} ({@code actor}…), by key; the missing are left out. */
	Map<String, Object> of(String kind, Collection<String> keys);
}
