package org.alliancegraph.projection;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What part of the alliance graph an analysis looks at: a territory and everything PART_OF it (or the whole
 * graph), a date, and optionally some sectors or domains only.
 *
 * @param territory the territory code; null for the whole graph
 * @param at the date the network is taken at
 * @param sectors only actors of these sectors (empty: all)
 * @param domains only ties of partnerships and projects in these domains (empty: all)
 */
public record Scope(@Nullable String territory, LocalDate at, Set<String> sectors, Set<String> domains) {

	public Scope {
		Objects.requireNonNull(at, "at");
		sectors = Set.copyOf(sectors);
		domains = Set.copyOf(domains);
	}

	public static Scope of(@Nullable String territory, LocalDate at) {
		return new Scope(territory, at, Set.of(), Set.of());
	}

	public Scope at(LocalDate date) {
		return new Scope(territory, date, sectors, domains);
	}
}
