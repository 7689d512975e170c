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
	 * The projects the filters keep, as {@code p}, each once. With a territory, its subtree is walked once, from the
	 * territory down its PART_OF links, and its projects are reached through their TARGETS links: no project is
	 * tested against the hierarchy one by one. Without one, a phase is an index seek, and only without either are
	 * all projects read; the {@code WITH ... WHERE} on parameters that leads those two branches keeps them from
	 * running at all when they do not apply.
	 */
	String MATCHING = """
			CALL () {
			  MATCH (root:Territory {code: $territory}) USING INDEX SEEK root:Territory(code)
			  MATCH\s""" + GraphPatterns.SUBTREE + """

			  WITH DISTINCT t
			  MATCH (p:Project)-[:TARGETS]->(t)
			  WHERE $phase IS NULL OR p.phase = $phase
			  RETURN p
			  UNION
			  WITH 1 AS anywhere WHERE $territory IS NULL
			  MATCH (p:Project {phase: $phase})
			  RETURN p
			  UNION
			  WITH 1 AS anywhere WHERE $territory IS NULL AND $phase IS NULL
			  MATCH (p:Project)
			  RETURN p
			}
			WITH p
			WHERE ($domain IS NULL OR EXISTS { (p)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			  AND ($sdg IS NULL OR EXISTS { (p)-[:CONTRIBUTES_TO_SDG]->(:Sdg {code: $sdg}) })
			  AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q))
			""";

	/**
	 * Ids of a page of projects matching the filters (any may be null), ordered by name. {@code territory}
	 * matches projects that target it or any territory PART_OF it, at any depth.
	 */
	@Query(value = MATCHING + """
			RETURN p.id
			ORDER BY toLower(p.name), p.id
			SKIP $skip LIMIT $limit""", countQuery = MATCHING + """
			RETURN count(p)""")
	Page<String> findIds(@Nullable String territory, @Nullable String domain, @Nullable String sdg,
			@Nullable String phase, @Nullable String q, Pageable pageable);
}
