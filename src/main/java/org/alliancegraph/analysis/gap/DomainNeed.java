package org.alliancegraph.analysis.gap;

import java.util.List;
import java.util.Objects;

/**
 * The need of a territory in one domain, from its fragility indicators.
 *
 * @param domain the domain code
 * @param needIndex the need relative to the national reference level: 1.0 is the reference, above 1 a
 *     higher need (1.4 = 40 % above the reference)
 * @param indicators the French labels of the indicators behind the index ("taux de pauvreté")
 */
public record DomainNeed(String domain, double needIndex, List<String> indicators) {

	public DomainNeed {
		Objects.requireNonNull(domain, "domain");
		if (!(needIndex >= 0.0) || Double.isInfinite(needIndex)) {
			throw new IllegalArgumentException("needIndex must be a finite number >= 0: " + needIndex);
		}
		indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
	}
}
