package org.alliancegraph.partnership;

import java.time.LocalDate;

import org.alliancegraph.neo4j.GraphPatterns;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;

/**
 * Reads of partnerships with their domains. Package-private: the service is the only door, and writes go
 * through its Cypher so that relationships are replaced exactly, never cascaded.
 */
interface PartnershipRepository extends Neo4jRepository<Partnership, String> {

	/** The filters other than the territory, on a partnership {@code x}. */
	String FILTERS = """
			WHERE x.start IS NOT NULL AND ($type IS NULL OR x.type = $type)
			  AND ($at IS NULL OR (""" + GraphPatterns.ACTIVE + """
			))
			  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:MEMBER_OF]->(x) })
			  AND ($domain IS NULL OR EXISTS { (x)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			""";

	/**
	 * A search ({@code q}): the description and id full-text index's hits for {@code search} (see {@code
	 * NameSearch}) and the partnership whose id is {@code q}, first, then kept in the territory by walking up from
	 * the seats of its members; the other filters as listed.
	 */
	String SEARCHED = """
			CALL () {
			  WITH 1 AS searching WHERE $search IS NOT NULL
			  CALL db.index.fulltext.queryNodes('partnership_texts', $search) YIELD node, score
			  RETURN node AS x, score
			  UNION
			  MATCH (x:Partnership {id: $q})
			  RETURN x, 1000.0 AS score
			}
			WITH x, max(score) AS score
			""" + FILTERS + """
			  AND ($territory IS NULL OR EXISTS {
			    MATCH (root:Territory {code: $territory})
			    MATCH (x)<-[:MEMBER_OF]-(:Actor)-[:LOCATED_IN|ACTIVE_IN]->(t)
			    MATCH\s""" + GraphPatterns.SUBTREE + """

			  })
			""";

	/**
	 * The partnerships of a territory: its subtree is walked once, from the territory down its PART_OF links, and
	 * the partnerships are reached from the actors located or active there; none is tested against the hierarchy
	 * one by one.
	 */
	String IN_TERRITORY = """
			WITH 1 AS listing WHERE $q IS NULL
			MATCH (root:Territory {code: $territory}) USING INDEX SEEK root:Territory(code)
			MATCH\s""" + GraphPatterns.SUBTREE + """

			WITH DISTINCT t
			MATCH (t)<-[:LOCATED_IN|ACTIVE_IN]-(:Actor)-[:MEMBER_OF]->(x:Partnership)
			WITH DISTINCT x
			""";

	/**
	 * Every partnership when there is no territory, in the order of the {@code partnership_start} index. The
	 * leading {@code WITH ... WHERE} on a parameter keeps that scan from running at all when there is one (the same
	 * test written after the {@code MATCH} would filter its rows, not stop it).
	 */
	String ANYWHERE = """
			WITH 1 AS anywhere WHERE $q IS NULL AND $territory IS NULL
			MATCH (x:Partnership)
			""";

	/**
	 * Ids of a page of partnerships matching the filters (any may be null), the most recent first.
	 * {@code territory} matches partnerships with a member located in or active in it or in a territory
	 * PART_OF it, at any depth; {@code at} those running on that day (the list's {@code active} filter). Every partnership has a start; saying
	 * so lets the {@code partnership_start} index give the order, where a deep page would otherwise sort them all:
	 * each branch keeps only its first {@code skip + limit}, so the index order holds without a territory.
	 */
	@Query(value = """
			CALL () {
			""" + IN_TERRITORY + FILTERS + """
			RETURN x, 0.0 AS score ORDER BY x.start DESC, x.id LIMIT $skip + $limit
			UNION
			""" + ANYWHERE + FILTERS + """
			RETURN x, 0.0 AS score ORDER BY x.start DESC, x.id LIMIT $skip + $limit
			UNION
			WITH 1 AS searching WHERE $q IS NOT NULL
			""" + SEARCHED + """
			RETURN x, score
			}
			RETURN x.id
			ORDER BY score DESC, x.start DESC, x.id
			SKIP $skip LIMIT $limit""", countQuery = """
			CALL () {
			""" + IN_TERRITORY + FILTERS + """
			RETURN x
			UNION
			""" + ANYWHERE + FILTERS + """
			RETURN x
			UNION
			WITH 1 AS searching WHERE $q IS NOT NULL
			""" + SEARCHED + """
			RETURN x
			}
			RETURN count(x)""")
	Page<String> findIds(@Nullable String territory, @Nullable String type, @Nullable String domain,
			@Nullable String actor, @Nullable LocalDate at, @Nullable String q, @Nullable String search,
			Pageable pageable);
}
