package org.alliancegraph.analysis.catalyst;

/**
 * The Gould–Fernandez brokerage roles of one vertex in an undirected graph: for each role, the number
 * of unordered pairs of its non-adjacent neighbours that it brokers in that role.
 *
 * @param coordinator the broker and both partners are in the same group
 * @param consultant both partners are in one group, the broker in another (also called itinerant)
 * @param boundarySpanner the broker shares its group with exactly one of the partners (gatekeeper and
 *     representative, which only direction tells apart, merged)
 * @param liaison the broker and the two partners are in three different groups
 */
public record BrokerageCounts(long coordinator, long consultant, long boundarySpanner, long liaison) {

	/** No brokerage at all. */
	public static final BrokerageCounts NONE = new BrokerageCounts(0, 0, 0, 0);

	public BrokerageCounts {
		if (coordinator < 0 || consultant < 0 || boundarySpanner < 0 || liaison < 0) {
			throw new IllegalArgumentException("Brokerage counts cannot be negative");
		}
	}

	/** @return the number of brokered pairs, all roles together */
	public long total() {
		return coordinator + consultant + boundarySpanner + liaison;
	}

	/**
	 * @return the pairs brokered between different groups of partners: {@code boundarySpanner + liaison}
	 *     (the consultant's partners share a group)
	 */
	public long betweenGroups() {
		return boundarySpanner + liaison;
	}
}
