package org.alliancegraph.project;

import org.alliancegraph.neo4j.GraphPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

/**
 * Reads of projects with their targets and tags. Package-private: the service is the only door, and writes
 * go through its Cypher so that relationships are replaced exactly, never cascaded.
 */
interface ProjectRepository extends Neo4jRepository<Project, String> {

	/**
	 * The projects the filters keep, as {@code p}, each once, with the {@code score} of the search. Searched ({@code
	 * q}): the name full-text index's hits for {@code search} (see {@code NameSearch}), then kept in the territory by
	 * walking up from the territories each targets. An actor's: its few projects, reached from it (an index seek),
	 * then kept in the territory the same way. Listed: with a territory, its subtree is walked once, from the
	 * territory down its PART_OF links, and its projects are reached through their TARGETS links: no project is tested
	 * against the hierarchy one by one. Without one, a phase is an index seek, and only without either are all
	 * projects read; the {@code WITH ... WHERE} on parameters that leads each branch keeps it from running at all
	 * when it does not apply.
	 */
	String MATCHING = """
			CALL () {
			  WITH 1 AS searching WHERE $search IS NOT NULL
			  CALL db.index.fulltext.queryNodes('project_names', $search) YIELD node, score
			  RETURN node AS p, score
			  UNION
			  WITH 1 AS ofActor WHERE $q IS NULL AND $actor IS NOT NULL
			  MATCH (:Actor {id: $actor})-[:CONTRIBUTES_TO|FUNDS]->(p:Project)
			  RETURN DISTINCT p, 0.0 AS score
			  UNION
			  WITH 1 AS listing WHERE $q IS NULL AND $actor IS NULL
			  MATCH (root:Territory {code: $territory}) USING INDEX SEEK root:Territory(code)
			  MATCH\s""" + GraphPatterns.SUBTREE + """

			  WITH DISTINCT t
			  MATCH (p:Project)-[:TARGETS]->(t)
			  RETURN p, 0.0 AS score
			  UNION
			  WITH 1 AS anywhere WHERE $q IS NULL AND $actor IS NULL AND $territory IS NULL
			  MATCH (p:Project {phase: $phase})
			  RETURN p, 0.0 AS score
			  UNION
			  WITH 1 AS anywhere WHERE $q IS NULL AND $actor IS NULL AND $territory IS NULL AND $phase IS NULL
			  MATCH (p:Project)
			  RETURN p, 0.0 AS score
			}
			WITH p, max(score) AS score
			WHERE ($phase IS NULL OR p.phase = $phase)
			  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:CONTRIBUTES_TO|FUNDS]->(p) })
			  AND (($q IS NULL AND $actor IS NULL) OR $territory IS NULL OR EXISTS {
			    MATCH (root:Territory {code: $territory})
			    MATCH (p)-[:TARGETS]->(t)
			    MATCH\s""" + GraphPatterns.SUBTREE + """

			  })
			  AND ($domain IS NULL OR EXISTS { (p)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			  AND ($sdg IS NULL OR EXISTS { (p)-[:CONTRIBUTES_TO_SDG]->(:Sdg {code: $sdg}) })
			""";

	/**
	 * Ids of a page of projects matching the filters (any may be null), the best matches of a search first, then by
	 * name. {@code territory} matches projects that target it or any territory PART_OF it, at any depth; {@code actor}
	 * those it contributes to or funds, at any date; {@code q} those whose name has its words, whatever the accents and
	 * the case ({@code search}, its {@code NameSearch} query).
	 */
	@Query(value = MATCHING + """
			RETURN p.id
			ORDER BY score DESC, toLower(p.name), p.id
			SKIP $skip LIMIT $limit""", countQuery = MATCHING + """
			RETURN count(p)""")
	Page<String> findIds(@Nullable String territory, @Nullable String actor, @Nullable String domain,
			@Nullable String sdg, @Nullable String phase, @Nullable String q, @Nullable String search,
			Pageable pageable);
}
