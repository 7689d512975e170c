package org.alliancegraph.scopeanalysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param exactBetweennessMaxActors above this many actors, betweenness is estimated from sampled pairs
 * @param betweennessEpsilon the largest error of an estimated normalised betweenness then
 * @param betweennessDelta the probability that some estimate errs by more than that
 * @param pastBetweennessEpsilon the same error for the past dates of a trajectory, of which only the three best
 *     catalysts are shown
 * @param seed the seed of the sample, so that answers are reproducible
 * @param connectivityMaxLinks vertex connectivity is computed for at most this many territory links per answer
 *     (one max-flow each); beyond, ask for a pair with {@code between}
 * @param cachedWeight the analysis bundles kept, weighed by the actors plus the ties of their graphs
 */
@ConfigurationProperties("alliance.analysis")
public record AnalysisProperties(@DefaultValue("5000") int exactBetweennessMaxActors,
		@DefaultValue("0.008") double betweennessEpsilon, @DefaultValue("0.1") double betweennessDelta,
		@DefaultValue("0.03") double pastBetweennessEpsilon, @DefaultValue("17") long seed,
		@DefaultValue("200") int connectivityMaxLinks,
		@DefaultValue("2000000") long cachedWeight) {
}
