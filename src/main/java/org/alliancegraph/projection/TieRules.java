package org.alliancegraph.projection;

/**
 * The tie rule of the actor graph (DOMAIN.md), as the Cypher the projection and the tie history share: which
 * partnerships and projects make ties under a domain filter {@code $domains} (empty: all). A partnership is in a
 * domain directly or through a project it supports.
 */
final class TieRules {

	/** Partnership {@code x} is kept by the domain filter. */
	static final String PARTNERSHIP_IN_DOMAINS = """
			(size($domains) = 0
			 OR EXISTS { (x)-[:IN_DOMAIN]->(d) WHERE d.code IN $domains }
			 OR EXISTS { (x)-[:SUPPORTS]->()-[:IN_DOMAIN]->(d) WHERE d.code IN $domains })""";

	/** Project {@code x} is kept by the domain filter. */
	static final String PROJECT_IN_DOMAINS = """
			(size($domains) = 0 OR EXISTS { (x)-[:IN_DOMAIN]->(d) WHERE d.code IN $domains })""";

	private TieRules() {
	}
}
