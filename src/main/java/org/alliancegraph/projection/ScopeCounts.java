package org.alliancegraph.projection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.alliancegraph.neo4j.GraphPatterns;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The counts of the diagnostic that no analysis answers: partnerships by type, projects by phase, SDGs and levers
 * of the projects, for a territory and everything PART_OF it, on a date. Two parameterised reads.
 */
@Component
public class ScopeCounts {

	/** Partnerships active on the date with at least one member located or active in the territory. */
	private static final String PARTNERSHIPS = """
			MATCH (root:Territory {code: $code}) USING INDEX SEEK root:Territory(code)
			MATCH\s""" + GraphPatterns.SUBTREE + """

			MATCH (a)-[:LOCATED_IN|ACTIVE_IN]->(t)
			WITH DISTINCT a
			MATCH (a)-[:MEMBER_OF]->(x)
			WHERE\s""" + GraphPatterns.ACTIVE + """

			WITH DISTINCT x
			RETURN x.type AS code, count(x) AS count""";

	/** Projects active on the date that target the territory (as the gap analysis counts them). */
	private static final String PROJECTS = """
			MATCH (root:Territory {code: $code}) USING INDEX SEEK root:Territory(code)
			MATCH\s""" + GraphPatterns.SUBTREE + """

			MATCH (x:Project)-[:TARGETS]->(t)
			WITH DISTINCT x
			WHERE\s""" + GraphPatterns.ACTIVE + """

			RETURN x.phase AS phase,
			       COLLECT { MATCH (x)-[:CONTRIBUTES_TO_SDG]->(s) RETURN s.code } AS sdgs,
			       COLLECT { MATCH (x)-[:USES_LEVER]->(l) RETURN l.code } AS levers""";

	private final Neo4jClient neo4j;

	ScopeCounts(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param partnershipsByType active partnerships per type code
	 * @param projectsByPhase active projects per phase
	 * @param projectsBySdg active projects per SDG code
	 * @param projectsByLever active projects per lever code
	 * @param projects active projects
	 */
	public record Counts(Map<String, Long> partnershipsByType, Map<String, Long> projectsByPhase,
			Map<String, Long> projectsBySdg, Map<String, Long> projectsByLever, long projects) {
	}

	public Counts read(String code, LocalDate at) {
		Map<String, Object> parameters = Map.of("code", code, "at", at);
		Map<String, Long> types = new HashMap<>();
		neo4j.query(PARTNERSHIPS).bindAll(parameters).fetch().all()
			.forEach(row -> types.put(String.valueOf(row.get("code")), ((Number) row.get("count")).longValue()));
		Map<String, Long> phases = new HashMap<>();
		Map<String, Long> sdgs = new HashMap<>();
		Map<String, Long> levers = new HashMap<>();
		long[] projects = { 0 };
		neo4j.query(PROJECTS).bindAll(parameters).fetch().all().forEach(row -> {
			projects[0]++;
			phases.merge(String.valueOf(row.get("phase")), 1L, Long::sum);
			((Collection<?>) row.get("sdgs")).forEach(s -> sdgs.merge(String.valueOf(s), 1L, Long::sum));
			((Collection<?>) row.get("levers")).forEach(l -> levers.merge(String.valueOf(l), 1L, Long::sum));
		});
		return new Counts(Map.copyOf(types), Map.copyOf(phases), Map.copyOf(sdgs), Map.copyOf(levers), projects[0]);
	}
}
