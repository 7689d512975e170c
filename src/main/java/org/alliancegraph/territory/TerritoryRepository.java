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
	 * The territories the filters keep, as {@code t}, with the {@code score} of the search. Searched ({@code q}):
	 * the name full-text index's hits for {@code search} (see {@link NameSearch}) and the codes starting with
	 * {@code q}, the same code first, then kept under the parent by walking up from each. Listed: under a parent,
	 * its subtree walked down once from it (the parent itself excluded), never every territory tested against the
	 * hierarchy. The leading {@code WITH ... WHERE} of each branch keeps it from running when it does not apply.
	 */
	String MATCHING = """
			CALL () {
			  WITH 1 AS searching WHERE $search IS NOT NULL
			  CALL db.index.fulltext.queryNodes('territory_names', $search) YIELD node, score
			  RETURN node AS t, score
			  UNION
			  WITH 1 AS searching WHERE $q IS NOT NULL
			  MATCH (t:Territory) WHERE t.code STARTS WITH $q
			  RETURN t, CASE t.code WHEN $q THEN 2000.0 ELSE 1000.0 END AS score
			  UNION
			  WITH 1 AS listing WHERE $q IS NULL
			  MATCH (root:Territory {code: $parent}) USING INDEX SEEK root:Territory(code)
			  MATCH\s""" + GraphPatterns.SUBTREE + """

			  WHERE t <> root
			  RETURN t, 0.0 AS score
			  UNION
			  WITH 1 AS anywhere WHERE $q IS NULL AND $parent IS NULL
			  MATCH (t:Territory)
			  RETURN t, 0.0 AS score
			}
			WITH t, max(score) AS score
			WHERE ($level IS NULL OR t.level = $level)
			  AND ($q IS NULL OR $parent IS NULL OR EXISTS {
			    MATCH (root:Territory {code: $parent})
			    MATCH\s""" + GraphPatterns.SUBTREE + """

			    WHERE t <> root
			  })
			""";

	/**
	 * Codes of a page of territories matching the filters (any may be null), the best match of a search first, then
	 * by level then name.
	 */
	@Query(value = MATCHING + """
			RETURN t.code
			ORDER BY score DESC, CASE t.level WHEN 'REGION' THEN 0 WHEN 'DEPARTEMENT' THEN 1 WHEN 'EPCI' THEN 2
			         WHEN 'COMMUNE' THEN 3 ELSE 4 END, t.name, t.code
			SKIP $skip LIMIT $limit""", countQuery = MATCHING + "RETURN count(t)")
	Page<String> findCodes(@Nullable String level, @Nullable String parent, @Nullable String q,
			@Nullable String search, Pageable pageable);

	@Query("MATCH (t:Territory {code: $code})<-[:PART_OF]-(child:Territory) RETURN child.code ORDER BY child.code")
	List<String> childCodes(String code);
}
