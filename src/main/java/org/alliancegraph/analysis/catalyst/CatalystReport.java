package org.alliancegraph.analysis.catalyst;

import java.util.List;
import java.util.Objects;

/**
 * The catalyst ranking of a graph of actors.
 *
 * @param actorCount the number of actors (vertices)
 * @param tieCount the number of ties (pairs of linked actors)
 * @param betweennessMethod {@value #EXACT} or {@value #SAMPLED}
 * @param sampledSources the number of sampled betweenness sources; 0 when exact
 * @param catalysts every actor (or the first ones, see {@link #top(int)}), by increasing rank
 */
public record CatalystReport(int actorCount, int tieCount, String betweennessMethod, int sampledSources,
		List<CatalystResult> catalysts) {

	/** Betweenness from every actor. */
	public static final String EXACT = "EXACT";

	/** Betweenness estimated from a sample of actors. */
	public static final String SAMPLED = "SAMPLED";

	public CatalystReport {
		Objects.requireNonNull(betweennessMethod, "betweennessMethod");
		catalysts = List.copyOf(catalysts);
	}

	/** @return a report with no actor */
	public static CatalystReport empty() {
		return new CatalystReport(0, 0, EXACT, 0, List.of());
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
		return new CatalystReport(actorCount, tieCount, betweennessMethod, sampledSources,
				catalysts.subList(0, limit));
	}
}
