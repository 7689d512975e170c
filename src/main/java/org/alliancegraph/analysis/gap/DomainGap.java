package org.alliancegraph.analysis.gap;

import java.util.List;
import java.util.Objects;

/**
 * A domain whose need is high and whose coverage is low (see {@link DomainGaps}).
 *
 * @param domain the domain code
 * @param needIndex the need relative to the national reference (1.0)
 * @param activeProjects number of active projects of the domain
 * @param actors number of actors taking part in them
 * @param severity the severity score the gaps are ranked by, in [0, needIndex - 1]
 * @param indicators the indicators behind the need
 * @param reason why it is a gap, in French
 */
public record DomainGap(String domain, double needIndex, int activeProjects, int actors, double severity,
		List<String> indicators, String reason) {

	public DomainGap {
		Objects.requireNonNull(domain, "domain");
		indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
		Objects.requireNonNull(reason, "reason");
	}
}
