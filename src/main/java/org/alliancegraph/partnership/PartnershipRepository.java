package org.alliancegraph.partnership;

import java.time.LocalDate;

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

	/**
	 * Ids of a page of partnerships matching the filters (any may be null), the most recent first.
	 * {@code territory} matches partnerships with a member located in or active in it or in a territory
	 * PART_OF it, at any depth; {@code active} those running on that day. Every partnership has a start; saying
	 * so lets the {@code partnership_start} index give the order, where a deep page would otherwise sort them all.
	 */
	@Query(value = """
			MATCH (x:Partnership)
			WHERE x.start IS NOT NULL AND ($type IS NULL OR x.type = $type)
			  AND ($active IS NULL OR (x.start <= $active AND (x.end IS NULL OR x.end >= $active)))
			  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:MEMBER_OF]->(x) })
			  AND ($domain IS NULL OR EXISTS { (x)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			  AND ($territory IS NULL OR EXISTS {
			        (x)<-[:MEMBER_OF]-(:Actor)-[:LOCATED_IN|ACTIVE_IN]->(:Territory)
			          -[:PART_OF*0..]->(:Territory {code: $territory}) })
			  AND ($q IS NULL OR toLower(x.id) CONTAINS toLower($q)
			       OR toLower(coalesce(x.description, '')) CONTAINS toLower($q))
			RETURN x.id
			ORDER BY x.start DESC, x.id
			SKIP $skip LIMIT $limit""", countQuery = """
			MATCH (x:Partnership)
			WHERE x.start IS NOT NULL AND ($type IS NULL OR x.type = $type)
			  AND ($active IS NULL OR (x.start <= $active AND (x.end IS NULL OR x.end >= $active)))
			  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:MEMBER_OF]->(x) })
			  AND ($domain IS NULL OR EXISTS { (x)-[:IN_DOMAIN]->(:Domain {code: $domain}) })
			  AND ($territory IS NULL OR EXISTS {
			        (x)<-[:MEMBER_OF]-(:Actor)-[:LOCATED_IN|ACTIVE_IN]->(:Territory)
			          -[:PART_OF*0..]->(:Territory {code: $territory}) })
			  AND ($q IS NULL OR toLower(x.id) CONTAINS toLower($q)
			       OR toLower(coalesce(x.description, '')) CONTAINS toLower($q))
			RETURN count(x)""")
	Page<String> findIds(@Nullable String territory, @Nullable String type, @Nullable String domain,
			@Nullable String actor, @Nullable LocalDate active, @Nullable String q, Pageable pageable);
}
