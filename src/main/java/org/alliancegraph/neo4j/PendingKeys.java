package org.alliancegraph.neo4j;

import java.util.Set;

/**
 * Keys an import document is about to create: references to them are valid although they are not in the
 * database yet. A single write through the API has none.
 */
public record PendingKeys(Set<String> territories, Set<String> actors, Set<String> projects) {

	public static final PendingKeys NONE = new PendingKeys(Set.of(), Set.of(), Set.of());

	public PendingKeys {
		territories = Set.copyOf(territories);
		actors = Set.copyOf(actors);
		projects = Set.copyOf(projects);
	}
}
