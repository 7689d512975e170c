package org.alliancegraph.analysis.catalyst;

/**
 * The rank percentiles of one actor's figures among the actors of the same analysis, each in [0, 1],
 * 1 for the best. The percentile of a value is the share of the other actors whose value is lower,
 * actors with an equal value counting for half ({@code (below + (equal - 1) / 2) / (n - 1)}; 0.5 for a
 * lone actor); undefined values ({@code NaN} constraint or effective size of an isolated actor) rank
 * below every defined one.
 *
 * @param betweenness of the normalised betweenness
 * @param effectiveSize of Burt's effective size
 * @param lowConstraint of Burt's constraint, reversed: 1 for the least constrained actor
 * @param brokerage of the number of pairs brokered between different sectors (boundary spanner plus
 *     liaison)
 * @param sectorDiversity of the number of sectors among the partners
 * @param territorySpan of the number of territories of the actor and its partners
 */
public record CatalystPercentiles(double betweenness, double effectiveSize, double lowConstraint,
		double brokerage, double sectorDiversity, double territorySpan) {
}
