package org.alliancegraph.write;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Keys an import document is about to create: references to them are valid although they are not in the
 * database yet. A single write through the API has none. The sets are not copied: an import checked as it is read
 * adds the keys of each section as it goes.
 */
public record PendingKeys(Set<String> territories, Set<String> actors, Set<String> projects) {

	public static final PendingKeys NONE = new PendingKeys(Set.of(), Set.of(), Set.of());

	/**
	 * Of the {@code referenced} keys, those that are known: pending, or in the database, which {@code existing} is
	 * asked about for the others only (a first load finds everything pending and asks nothing).
	 */
	public static Set<String> known(Set<String> referenced, Set<String> pending,
			Function<Collection<String>, Set<String>> existing) {
		Set<String> known = new HashSet<>();
		Set<String> ask = new HashSet<>();
		for (String key : referenced) {
			(pending.contains(key) ? known : ask).add(key);
		}
		if (!ask.isEmpty()) {
			known.addAll(existing.apply(ask));
		}
		return known;
	}

}
