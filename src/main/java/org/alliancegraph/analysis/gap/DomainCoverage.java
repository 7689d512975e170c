package org.alliancegraph.analysis.gap;

import java.util.Objects;

/**
 * How much a territory's alliances cover one domain.
 *
 * @param domain the domain code
 * @param activeProjects number of active projects of the domain in the territory
 * @param actors number of actors taking part in them
 */
public record DomainCoverage(String domain, int activeProjects, int actors) {

	public DomainCoverage {
		Objects.requireNonNull(domain, "domain");
		if (activeProjects < 0 || actors < 0) {
			throw new IllegalArgumentException("counts must be >= 0: " + activeProjects + ", " + actors);
		}
	}
}
