package org.alliancegraph.analysis.suggestion;

import java.util.List;
import java.util.Objects;

import org.alliancegraph.analysis.Reason;

/**
 * A suggested alliance between two actors that are not yet tied (see {@link AllianceSuggestions}).
 *
 * @param a the id of the first actor (the smaller id)
 * @param b the id of the second actor
 * @param score the combined score, in [0, 1]
 * @param indices the link-prediction indices of the pair
 * @param reasons why the alliance is suggested, in French
 * @param why the same as reasons, a code and its values each, to be said in any language (see {@link
 *     AllianceSuggestions})
 * @param aName the name of actor a
 * @param bName the name of actor b
 */
public record Suggestion(String a, String b, double score, Indices indices, List<String> reasons, List<Reason> why,
		String aName, String bName) {

	public Suggestion {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		Objects.requireNonNull(indices, "indices");
		reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
		why = List.copyOf(Objects.requireNonNull(why, "why"));
		Objects.requireNonNull(aName, "aName");
		Objects.requireNonNull(bName, "bName");
	}
}
