package org.alliancegraph.analysis.catalyst;

import java.util.List;
import java.util.Objects;

/**
 * The catalyst ranking of a graph of actors.
 *
 * @param actorCount the number of actors (vertices)
 * @param tieCount the number of ties (pairs of linked actors)
 * @param betweennessMethod {@value #EXACT} or {@value #SAMPLED}
 * @param samples the number of betweenness samples (pairs of actors) used; 0 when exact
 * @param epsilon the largest error of a normalised betweenness that the estimate guarantees; 0 when
 *     exact (0 rather than NaN: it is the error bound of an exact figure, and JSON has no NaN)
 * @param delta the probability with which some error may exceed epsilon; 0 when exact
 * @param catalysts every actor (or the first ones, see {@link #top(int)}), by increasing rank
 */
public record CatalystReport(int actorCount, int tieCount, String betweennessMethod, int samples, double epsilon,
		double delta, List<CatalystResult> catalysts) {

	/** Betweenness from every actor. */
	public static final String EXACT = "EXACT";

	/** Betweenness estimated from a sample of pairs of actors, within epsilon with probability 1 - delta. */
	public static final String SAMPLED = "SAMPLED";

	public CatalystReport {
		Objects.requireNonNull(betweennessMethod, "betweennessMethod");
		if (samples < 0 || !(epsilon >= 0 && epsilon < 1) || !(delta >= 0 && delta < 1)) {
			throw new IllegalArgumentException(
					"samples, epsilon, delta out of range: " + samples + ", " + epsilon + ", " + delta);
		}
		catalysts = List.copyOf(catalysts);
	}

	/** @return a report with no actor */
	public static CatalystReport empty() {
		return new CatalystReport(0, 0, EXACT, 0, 0, 0, List.of());
	}

	/**
	 * @param limit the number of catalysts to keep, at least 0
	 * @return the same report with only the {@code limit} best-ranked catalysts
	 */
	public CatalystReport top(int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("limit must be at least 0, was " + limit);
		}
		if (limit >= catalysts.size()) {
			return this;
		}
		return new CatalystReport(actorCount, tieCount, betweennessMethod, samples, epsilon, delta,
				catalysts.subList(0, limit));
	}
}
