package org.alliancegraph.analysis.articulation;

import java.util.Objects;

/**
 * What the departure of one actor alone does to the actor graph (see {@link DepartureImpact}).
 *
 * @param id the actor's id
 * @param name the actor's name
 * @param sector the actor's sector code
 * @param territory the territory the actor is grouped by
 * @param cutOff the actors of the largest component, the actor excepted, that are outside the largest component
 *     once it has left
 * @param componentsAfter the number of connected components of the graph without it
 * @param territoryLinksLost the pairs of territories linked by some tie with it and by none without it
 */
public record Departure(String id, String name, String sector, String territory, int cutOff, int componentsAfter,
		int territoryLinksLost) {

	public Departure {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(territory, "territory");
	}
}
