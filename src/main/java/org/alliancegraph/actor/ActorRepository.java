package org.alliancegraph.actor;

import org.alliancegraph.neo4j.GraphPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

/**
 * Reads of actors with their seat and fields of activity. Package-private: the service is the only door,
 * and writes go through its Cypher so that relationships are replaced exactly, never cascaded.
 */
interface ActorRepository extends Neo4jRepository<Actor, String> {

	/**
	 * The actors the filters keep, as {@code a}, each once, with the {@code score} of the search. Searched ({@code
	 * q}): the name full-text index's hits for {@code search} (see {@code NameSearch}) and the actor whose id, SIREN,
	 * SIRET or RNA is {@code q}, each an index seek, then kept in the territory by walking up from each. Listed: with
	 * a territory, its subtree is walked once, from the territory down its PART_OF links, and its actors are reached
	 * through their LOCATED_IN and ACTIVE_IN links: no actor is tested against the hierarchy one by one. Without one,
	 * a sector is an index seek, and only without either are all actors read. The {@code WITH ... WHERE} on
	 * parameters that leads each branch keeps its seek or scan from running at all when it does not apply (the same
	 * test written after the {@code MATCH} would filter its rows, not stop it).
	 */
	String MATCHING = """
			CALL () {
			  WITH 1 AS searching WHERE $search IS NOT NULL
			  CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node, score
			  RETURN node AS a, score
			  UNION
			  WITH 1 AS searching WHERE $q IS NOT NULL
			  CALL (searching) {
			    MATCH (a:Actor {id: $q}) RETURN a
			    UNION
			    MATCH (a:Actor {siren: $q}) RETURN a
			    UNION
			    MATCH (a:Actor {siret: $q}) RETURN a
			    UNION
			    MATCH (a:Actor {rna: $q}) RETURN a
			  }
			  RETURN a, 1000.0 AS score
			  UNION
			  WITH 1 AS listing WHERE $q IS NULL
			  MATCH (root:Territory {code: $territory}) USING INDEX SEEK root:Territory(code)
			  MATCH\s""" + GraphPatterns.SUBTREE + """

			  WITH DISTINCT t
			  MATCH (a:Actor)-[:LOCATED_IN|ACTIVE_IN]->(t)
			  RETURN a, 0.0 AS score
			  UNION
			  WITH 1 AS anywhere WHERE $q IS NULL AND $territory IS NULL
			  MATCH (a:Actor {sector: $sector})
			  RETURN a, 0.0 AS score
			  UNION
			  WITH 1 AS anywhere WHERE $q IS NULL AND $territory IS NULL AND $sector IS NULL
			  MATCH (a:Actor)
			  RETURN a, 0.0 AS score
			}
			WITH a, max(score) AS score
			WHERE ($sector IS NULL OR a.sector = $sector)
			  AND ($q IS NULL OR $territory IS NULL OR EXISTS {
			    MATCH (root:Territory {code: $territory})
			    MATCH (a)-[:LOCATED_IN|ACTIVE_IN]->(t)
			    MATCH\s""" + GraphPatterns.SUBTREE + """

			  })
			  AND ($domain IS NULL
			       OR EXISTS { (a)-[:CONTRIBUTES_TO]->(:Project)-[:IN_DOMAIN]->(:Domain {code: $domain}) }
			       OR EXISTS { (a)-[:MEMBER_OF]->(:Partnership)-[:IN_DOMAIN]->(:Domain {code: $domain}) }
			       OR EXISTS { (a)-[:MEMBER_OF]->(:Partnership)-[:SUPPORTS]->(:Project)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			  AND ($sdg IS NULL OR EXISTS { (a)-[:CONTRIBUTES_TO]->(:Project)-[:CONTRIBUTES_TO_SDG]->(:Sdg {code: $sdg}) })
			""";

	/**
	 * Ids of a page of actors matching the filters (any may be null), ordered by name then id.
	 * <ul>
	 * <li>{@code territory}: located in or active in that territory or any territory PART_OF it, transitively;</li>
	 * <li>{@code sector}: of that sector;</li>
	 * <li>{@code domain}: contributing to a project IN_DOMAIN it, or member of a partnership that is IN_DOMAIN
	 * it or SUPPORTS such a project;</li>
	 * <li>{@code sdg}: contributing to a project CONTRIBUTES_TO_SDG it;</li>
	 * <li>{@code q}: its words begin words of the name, whatever the accents and the case ({@code search}, its
	 * {@code NameSearch} query), or id, SIREN, SIRET or RNA equals it; the best matches first.</li>
	 * </ul>
	 */
	@Query(value = MATCHING + """
			RETURN a.id
			ORDER BY score DESC, toLower(a.name), a.id
			SKIP $skip LIMIT $limit""", countQuery = MATCHING + """
			RETURN count(a)""")
	Page<String> findIds(@Nullable String territory, @Nullable String sector, @Nullable String domain,
			@Nullable String sdg, @Nullable String q, @Nullable String search, Pageable pageable);
}
