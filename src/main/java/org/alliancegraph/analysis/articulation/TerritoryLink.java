package org.alliancegraph.analysis.articulation;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A link of the territory graph: two territories whose actors are tied (see {@link TerritoryLinks}).
 *
 * @param a the smaller territory code
 * @param b the larger territory code
 * @param weight the sum of the weights of the ties between an actor of a and an actor of b
 * @param carriers the ids of the actors having such a tie, sorted
 * @param vertexConnectivity the least number of actors whose removal leaves no path from a to b, or
 *     {@code null} when it was not computed
 */
public record TerritoryLink(String a, String b, double weight, List<String> carriers,
		@Nullable Integer vertexConnectivity) {

	public TerritoryLink {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		carriers = List.copyOf(Objects.requireNonNull(carriers, "carriers"));
	}
}
