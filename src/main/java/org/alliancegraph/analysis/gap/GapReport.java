package org.alliancegraph.analysis.gap;

import java.util.List;
import java.util.Objects;

/**
 * The gaps of a territory's alliances, as answered by {@code GET /api/v1/analysis/gaps}.
 *
 * @param sectorsAbsent the sectors of the vocabulary without any actor
 * @param sectorMixing the sector-mixing matrices
 * @param emptySectorPairs the pairs of present sectors without any tie
 * @param domainGaps the domains of high need and low coverage, most severe first
 * @param components the connected components, largest first
 * @param shareOutsideLargest the share of actors outside the largest component
 * @param isolatedActors the actors without any tie
 * @param communities the communities, largest first
 * @param modularity the weighted modularity of the communities
 * @param communityMethod how the communities were found
 */
public record GapReport(List<String> sectorsAbsent, SectorMixing sectorMixing, List<List<String>> emptySectorPairs,
		List<DomainGap> domainGaps, List<Component> components, double shareOutsideLargest,
		List<String> isolatedActors, List<Community> communities, double modularity,
		CommunityStructure.Method communityMethod) {

	public GapReport {
		sectorsAbsent = List.copyOf(sectorsAbsent);
		Objects.requireNonNull(sectorMixing, "sectorMixing");
		emptySectorPairs = List.copyOf(emptySectorPairs);
		domainGaps = List.copyOf(domainGaps);
		components = List.copyOf(components);
		isolatedActors = List.copyOf(isolatedActors);
		communities = List.copyOf(communities);
		Objects.requireNonNull(communityMethod, "communityMethod");
	}
}
