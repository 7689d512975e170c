package org.alliancegraph.project;

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
	 * Ids of a page of projects matching the filters (any may be null), ordered by name. {@code territory}
	 * matches projects that target it or any territory PART_OF it, at any depth.
	 */
	@Query(value = """
			MATCH (p:Project)
			WHERE ($phase IS NULL OR p.phase = $phase)
			  AND ($territory IS NULL
			       OR EXISTS { (p)-[:TARGETS]->(:Territory)-[:PART_OF*0..]->(:Territory {code: $territory}) })
			  AND ($domain IS NULL OR EXISTS { (p)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			  AND ($sdg IS NULL OR EXISTS { (p)-[:CONTRIBUTES_TO_SDG]->(:Sdg {code: $sdg}) })
			  AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q))
			RETURN p.id
			ORDER BY toLower(p.name), p.id
			SKIP $skip LIMIT $limit""", countQuery = """
			MATCH (p:Project)
			WHERE ($phase IS NULL OR p.phase = $phase)
			  AND ($territory IS NULL
			       OR EXISTS { (p)-[:TARGETS]->(:Territory)-[:PART_OF*0..]->(:Territory {code: $territory}) })
			  AND ($domain IS NULL OR EXISTS { (p)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			  AND ($sdg IS NULL OR EXISTS { (p)-[:CONTRIBUTES_TO_SDG]->(:Sdg {code: $sdg}) })
			  AND ($q IS NULL OR toLower(p.name) CONTAINS toLower($q))
			RETURN count(p)""")
	Page<String> findIds(@Nullable String territory, @Nullable String domain, @Nullable String sdg,
			@Nullable String phase, @Nullable String q, Pageable pageable);
}
