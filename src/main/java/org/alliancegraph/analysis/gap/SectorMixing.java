package org.alliancegraph.analysis.gap;

import java.util.Map;

/**
 * The sector-mixing matrix of an actor graph (see {@link SectorMixingMatrix}).
 *
 * <p>Rows and columns are the sectors of the vocabulary together with any other sector found among the
 * actors, in lexicographic order; absent sectors have rows of zeros. Both matrices are symmetric.
 *
 * @param ties number of ties (edges) between an actor of the row sector and an actor of the column
 *     sector, each tie counted once; the diagonal counts the ties inside a sector
 * @param weights the same with the tie weights summed (number of shared partnerships and projects)
 * @param actors number of actors of each sector
 */
public record SectorMixing(Map<String, Map<String, Integer>> ties, Map<String, Map<String, Double>> weights,
		Map<String, Integer> actors) {
}
