package org.alliancegraph.neo4j;

/**
 * The Cypher fragments the domain rules are written in, once each, so that the lists, the history, the
 * projection and the counts of a report cannot drift apart (DOMAIN.md: "territory scope", "active at a date").
 * Constants, so that repository {@code @Query} annotations can use them; each names the variables it reads.
 */
public final class GraphPatterns {

	/**
	 * Territory {@code t} is {@code root} or lies under it, at any depth (PART_OF). Anchored on a bound
	 * {@code root}, it walks the subtree down once; with {@code t} bound, it climbs to the territories above it.
	 */
	public static final String SUBTREE = "(t:Territory)-[:PART_OF*0..]->(root)";

	/** Partnership or project {@code x} runs on the date {@code $at}: started, and not ended before. */
	public static final String ACTIVE = "x.start <= $at AND (x.end IS NULL OR x.end >= $at)";

	/**
	 * Contribution {@code c} to project {@code x} runs on {@code $at}: from its {@code since} (the project's start
	 * when absent) to its {@code until}. The project itself must be {@link #ACTIVE} too.
	 */
	public static final String CONTRIBUTING = "coalesce(c.since, x.start) <= $at AND (c.until IS NULL OR c.until >= $at)";

	private GraphPatterns() {
	}
}
