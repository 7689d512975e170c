package org.alliancegraph.analysis.catalyst;

import java.util.List;
import java.util.Objects;

import org.alliancegraph.analysis.Reason;

import org.jspecify.annotations.Nullable;

/**
 * One actor's catalyst figures, as {@link CatalystAnalysis} defines them.
 *
 * @param id the actor's id
 * @param name the actor's name
 * @param sector the actor's sector code
 * @param score the composite catalyst score in [0, 1] (see {@link CatalystAnalysis})
 * @param rank 1 for the highest score; equal scores ordered by id
 * @param betweenness raw betweenness, each unordered pair of other actors counted once (estimated when
 *     the report's method is {@code SAMPLED})
 * @param betweennessNormalized betweenness times {@code 2 / ((n - 1)(n - 2))}, in [0, 1]
 * @param constraint Burt's constraint, null for an actor without partner (undefined)
 * @param effectiveSize Burt's effective size, null for an actor without partner (undefined)
 * @param brokerage Gould–Fernandez brokerage counts with the sector as group
 * @param sectorDiversity the number of distinct sectors among the actor's partners (its own sector
 *     not counted unless a partner shares it)
 * @param territorySpan the number of distinct territories among the actor and its partners (1 for an
 *     actor without partner)
 * @param explanation a French sentence saying why the actor ranks where it does
 * @param why the same as reasons, a code and its values each, to be said in any language (see {@link
 *     CatalystExplanation})
 * @param percentiles the rank percentile of each figure
 */
public record CatalystResult(String id, String name, String sector, double score, int rank, double betweenness,
		double betweennessNormalized, @Nullable Double constraint, @Nullable Double effectiveSize,
		BrokerageCounts brokerage, int sectorDiversity, int territorySpan, String explanation, List<Reason> why,
		CatalystPercentiles percentiles) {

	public CatalystResult {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(brokerage, "brokerage");
		Objects.requireNonNull(explanation, "explanation");
		why = List.copyOf(why);
		Objects.requireNonNull(percentiles, "percentiles");
	}
}
