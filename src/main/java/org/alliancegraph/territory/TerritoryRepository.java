package org.alliancegraph.territory;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

/**
 * Reads of territories with their parents and indicators. Package-private: the service is the only door,
 * and writes go through its Cypher so that relationships are replaced exactly, never cascaded.
 */
interface TerritoryRepository extends Neo4jRepository<Territory, String> {

	/** Codes of a page of territories matching the filters (any may be null), ordered by level then name. */
	@Query(value = """
			MATCH (t:Territory)
			WHERE ($level IS NULL OR t.level = $level)
			  AND ($parent IS NULL OR EXISTS { (t)-[:PART_OF*1..]->(:Territory {code: $parent}) })
			  AND ($q IS NULL OR toLower(t.name) CONTAINS toLower($q) OR t.code STARTS WITH $q)
			RETURN t.code
			ORDER BY CASE t.level WHEN 'REGION' THEN 0 WHEN 'DEPARTEMENT' THEN 1 WHEN 'EPCI' THEN 2
			         WHEN 'COMMUNE' THEN 3 ELSE 4 END, t.name, t.code
			SKIP $skip LIMIT $limit""", countQuery = """
			MATCH (t:Territory)
			WHERE ($level IS NULL OR t.level = $level)
			  AND ($parent IS NULL OR EXISTS { (t)-[:PART_OF*1..]->(:Territory {code: $parent}) })
			  AND ($q IS NULL OR toLower(t.name) CONTAINS toLower($q) OR t.code STARTS WITH $q)
			RETURN count(t)""")
	Page<String> findCodes(@Nullable String level, @Nullable String parent, @Nullable String q, Pageable pageable);

	@Query("MATCH (t:Territory {code: $code})<-[:PART_OF]-(child:Territory) RETURN child.code ORDER BY child.code")
	List<String> childCodes(String code);
}
