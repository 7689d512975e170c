package org.alliancegraph.analysis;

import java.util.Objects;
import java.util.Set;

/**
 * A vertex of the actor graph: one actor with the attributes the analyses read.
 *
 * <p>Identity is the actor's {@code id} alone, so that two projections of the same actor are the same
 * vertex whatever their attributes; this also keeps hashing cheap in the JGraphT maps.
 *
 * @param id the actor's stable identifier
 * @param name its display name
 * @param sector its sector code (see the {@code Sector} vocabulary)
 * @param territory the territory the analyses group it by: the seat's ancestor at the level just
 *     below the analysed scope, or the seat itself when there is none
 * @param seat the code of the territory it is located in
 * @param domains the domains of the projects and partnerships it takes part in
 */
public record ActorNode(String id, String name, String sector, String territory, String seat, Set<String> domains) {

	public ActorNode {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(territory, "territory");
		Objects.requireNonNull(seat, "seat");
		domains = Set.copyOf(domains);
	}

	/** Convenience for tests and generators: the seat is the grouping territory, no domains. */
	public static ActorNode of(String id, String sector, String territory) {
		return new ActorNode(id, id, sector, territory, territory, Set.of());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ActorNode that && id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return id;
	}
}
