package org.alliancegraph.scopeanalysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param exactBetweennessMaxActors above this many actors, betweenness is estimated from sampled sources
 * @param betweennessSamples the number of sources sampled then
 * @param seed the seed of the sample, so that answers are reproducible
 * @param connectivityMaxLinks vertex connectivity is computed for at most this many territory links per answer
 *     (one max-flow each); beyond, ask for a pair with {@code between}
 * @param cachedWeight the analysis bundles kept, weighed by the actors plus the ties of their graphs
 */
@ConfigurationProperties("alliance.analysis")
public record AnalysisProperties(@DefaultValue("5000") int exactBetweennessMaxActors,
		@DefaultValue("1000") int betweennessSamples, @DefaultValue("17") long seed,
		@DefaultValue("200") int connectivityMaxLinks, @DefaultValue("2000000") long cachedWeight) {
}
