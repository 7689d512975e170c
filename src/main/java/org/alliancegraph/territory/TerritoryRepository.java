package org.alliancegraph.territory;

import java.util.List;

import org.alliancegraph.neo4j.GraphPatterns;
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

	/**
	 * The territories the filters keep, as {@code t}: under a parent, its subtree walked down once from it (the
	 * parent itself excluded), never every territory tested against the hierarchy; the leading
	 * {@code WITH ... WHERE} keeps the scan of all territories from running when there is a parent.
	 */
	String MATCHING = """
			CALL () {
			  MATCH (root:Territory {code: $parent}) USING INDEX SEEK root:Territory(code)
			  MATCH\s""" + GraphPatterns.SUBTREE + """

			  WHERE t <> root
			  RETURN t
			  UNION
			  WITH 1 AS anywhere WHERE $parent IS NULL
			  MATCH (t:Territory)
			  RETURN t
			}
			WITH t
			WHERE ($level IS NULL OR t.level = $level)
			  AND ($q IS NULL OR toLower(t.name) CONTAINS toLower($q) OR t.code STARTS WITH $q)
			""";

	/** Codes of a page of territories matching the filters (any may be null), ordered by level then name. */
	@Query(value = MATCHING + """
			RETURN t.code
			ORDER BY CASE t.level WHEN 'REGION' THEN 0 WHEN 'DEPARTEMENT' THEN 1 WHEN 'EPCI' THEN 2
			         WHEN 'COMMUNE' THEN 3 ELSE 4 END, t.name, t.code
			SKIP $skip LIMIT $limit""", countQuery = MATCHING + "RETURN count(t)")
	Page<String> findCodes(@Nullable String level, @Nullable String parent, @Nullable String q, Pageable pageable);

	@Query("MATCH (t:Territory {code: $code})<-[:PART_OF]-(child:Territory) RETURN child.code ORDER BY child.code")
	List<String> childCodes(String code);
}
