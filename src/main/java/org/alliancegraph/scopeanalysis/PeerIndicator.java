package org.alliancegraph.scopeanalysis;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.gap.SectorMixingMatrix;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jspecify.annotations.Nullable;

/**
 * The headline indicators a territory is benchmarked on, each read from its analysis bundle: the actor graph of
 * the territory's scope on the date (README, "Benchmark"). A territory without any actor has none of them.
 */
enum PeerIndicator {

	/** Ties over possible ties, {@code 2m / (n (n - 1))}; 0 below two actors. */
	DENSITY,
	/** Actors per 10,000 inhabitants; null when the population is unknown or 0. */
	ACTORS_PER_10K_INHABITANTS,
	/** Sectors with at least one actor. */
	SECTORS_PRESENT,
	/**
	 * The empty sector pairs of the gaps over every pair that could have a tie: pairs [s, t] of present sectors,
	 * [s, s] only when s has two actors; null when there is no such pair (one actor).
	 */
	EMPTY_SECTOR_PAIRS_SHARE,
	/** The share of actors outside the largest component. */
	OUTSIDE_LARGEST_SHARE,
	/** The three highest betweenness values of the catalysts over their sum; 0 when the sum is 0. */
	TOP3_BETWEENNESS_SHARE,
	/**
	 * Ties whose two actors are grouped in different territories (the scope's group level: the communes of an
	 * EPCI…) over all ties, each tie counted once whatever its weight; null without tie.
	 */
	CROSS_TERRITORY_TIES_SHARE,
	/** Partnerships active on the date with a member in the scope, per actor. */
	PARTNERSHIPS_PER_ACTOR;

	/** The catalysts whose betweenness is summed. */
	static final int TOP = 3;

	/** @param population the territory's inhabitants, when known */
	@Nullable Double of(AnalysisBundle bundle, @Nullable Long population) {
		Graph<ActorNode, DefaultWeightedEdge> actors = bundle.graph().actors();
		int n = actors.vertexSet().size();
		if (n == 0) {
			return null;
		}
		return switch (this) {
			case DENSITY -> bundle.density();
			case ACTORS_PER_10K_INHABITANTS -> population == null || population == 0 ? null
					: 10_000.0 * n / population;
			case SECTORS_PRESENT -> (double) bundle.sectorMixing().sectorsPresent().size();
			case EMPTY_SECTOR_PAIRS_SHARE -> emptySectorPairsShare(bundle.sectorMixing());
			case OUTSIDE_LARGEST_SHARE -> bundle.fragmentation().shareOutsideLargest();
			case TOP3_BETWEENNESS_SHARE -> bundle.topBetweennessShare(TOP);
			case CROSS_TERRITORY_TIES_SHARE -> crossTerritoryShare(actors);
			case PARTNERSHIPS_PER_ACTOR -> (double) bundle.graph().partnerships().size() / n;
		};
	}

	private static @Nullable Double emptySectorPairsShare(SectorMixingMatrix<DefaultWeightedEdge> sectors) {
		int present = sectors.sectorsPresent().size();
		long withTwo = sectors.mixing().actors().values().stream().filter(count -> count >= 2).count();
		long possible = (long) present * (present - 1) / 2 + withTwo;
		return possible == 0 ? null : (double) sectors.emptySectorPairs().size() / possible;
	}

	private static @Nullable Double crossTerritoryShare(Graph<ActorNode, DefaultWeightedEdge> actors) {
		int ties = actors.edgeSet().size();
		if (ties == 0) {
			return null;
		}
		long cross = actors.edgeSet().stream()
			.filter(e -> !actors.getEdgeSource(e).territory().equals(actors.getEdgeTarget(e).territory()))
			.count();
		return (double) cross / ties;
	}
}
