package org.alliancegraph.neo4j;

import java.util.Set;

/**
 * Keys an import document is about to create: references to them are valid although they are not in the
 * database yet. A single write through the API has none. The sets are not copied: an import checked as it is read
 * adds the keys of each section as it goes.
 */
public record PendingKeys(Set<String> territories, Set<String> actors, Set<String> projects) {

	public static final PendingKeys NONE = new PendingKeys(Set.of(), Set.of(), Set.of());

}
