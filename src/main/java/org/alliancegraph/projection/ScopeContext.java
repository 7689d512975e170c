package org.alliancegraph.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.neo4j.GraphPatterns;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * What some analyses need besides the actor graph, read for a scope: the territory's need indicators,
 * the active projects per domain, the hierarchy around the grouping territories, and the levels each actor
 * and project spans.
 */
@Service
public class ScopeContext {

	private static final String INDICATORS = """
			MATCH (:Territory {code: $code})-[r:HAS_INDICATOR]->(i:Indicator)-[:MEASURES_NEED_IN]->(d:Domain)
			RETURN i.code AS indicator, d.code AS domain, r.value AS value, i.reference AS reference,
			       i.higherIsWorse AS higherIsWorse""";

	private static final String ACTIVE_PROJECTS_BY_DOMAIN = """
			CALL () {
			  MATCH (root:Territory {code: $code}) USING INDEX SEEK root:Territory(code)
			  MATCH\s""" + GraphPatterns.SUBTREE + """

			  MATCH (x:Project)-[:TARGETS]->(t)
			  RETURN DISTINCT x
			  UNION
			  WITH 1 AS anywhere WHERE $code IS NULL
			  MATCH (x:Project)
			  RETURN x
			}
			WITH x WHERE\s""" + GraphPatterns.ACTIVE + """

			MATCH (x)-[:IN_DOMAIN]->(d)
			RETURN d.code AS domain, count(x) AS projects""";

	private static final String PARENTS = """
			UNWIND $codes AS c
			MATCH (t:Territory {code: c})-[:PART_OF]->(p:Territory)
			RETURN c AS code, collect(p.code) AS parents""";

	private static final String ACTOR_LEVELS = """
			UNWIND $ids AS id
			MATCH (a:Actor {id: id}) USING INDEX SEEK a:Actor(id)
			RETURN id, COLLECT {
			  MATCH (a)-[:LOCATED_IN|ACTIVE_IN]->(t:Territory) RETURN t.level AS level
			  UNION MATCH (a)-[c:CONTRIBUTES_TO]->(x)-[:TARGETS]->(t)
			        WHERE\s""" + GraphPatterns.CONTRIBUTING + """

			        RETURN t.level AS level
			} AS levels""";

	private static final String PROJECT_LEVELS = """
			UNWIND $ids AS id
			MATCH (x:Project {id: id}) USING INDEX SEEK x:Project(id)
			WHERE\s""" + GraphPatterns.ACTIVE + """

			RETURN id, x.name AS name, COLLECT { MATCH (x)-[:TARGETS]->(t) RETURN DISTINCT t.level } AS levels""";

	private final Driver driver;

	ScopeContext(Driver driver) {
		this.driver = driver;
	}

	/** A measured indicator of the scope's territory against its national reference. */
	public record Indicator(String code, String domain, double value, double reference, boolean higherIsWorse) {

		/** 1 = the national level; above 1 = more need, whichever way the indicator points. */
		public double needIndex() {
			if (value <= 0 || reference <= 0) {
				return higherIsWorse ? 0 : Double.POSITIVE_INFINITY;
			}
			return higherIsWorse ? value / reference : reference / value;
		}
	}

	public List<Indicator> indicators(Scope scope) {
		if (scope.territory() == null) {
			return List.of();
		}
		return read(INDICATORS, Map.of("code", scope.territory()), r -> new Indicator(r.get("indicator").asString(),
				r.get("domain").asString(), r.get("value").asDouble(), r.get("reference").asDouble(),
				r.get("higherIsWorse").asBoolean()));
	}

	/** Active projects per domain among those targeting the scope. */
	public Map<String, Integer> activeProjectsByDomain(Scope scope) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("code", scope.territory());
		parameters.put("at", scope.at());
		Map<String, Integer> counts = new HashMap<>();
		read(ACTIVE_PROJECTS_BY_DOMAIN, parameters, r -> counts.put(r.get("domain").asString(),
				r.get("projects").asInt()));
		return counts;
	}

	/** Parent codes of each of the given territories. */
	public Map<String, Set<String>> parents(Set<String> codes) {
		Map<String, Set<String>> parents = new HashMap<>();
		read(PARENTS, Map.of("codes", List.copyOf(codes)),
				r -> parents.put(r.get("code").asString(), Set.copyOf(r.get("parents").asList(Value::asString))));
		return parents;
	}

	/** The levels (COMMUNE, EPCI…) each actor is located or active in, or targets through its projects. */
	public Map<String, Set<String>> actorLevels(Scope scope, Set<String> actorIds) {
		Map<String, Set<String>> levels = new HashMap<>();
		read(ACTOR_LEVELS, Map.of("ids", List.copyOf(actorIds), "at", scope.at()),
				r -> levels.put(r.get("id").asString(), Set.copyOf(r.get("levels").asList(Value::asString))));
		return levels;
	}

	/** The levels each active project of the given ones targets. */
	public Map<String, Set<String>> projectLevels(Scope scope, Set<String> projectIds) {
		Map<String, Set<String>> levels = new HashMap<>();
		read(PROJECT_LEVELS, Map.of("ids", List.copyOf(projectIds), "at", scope.at()),
				r -> levels.put(r.get("id").asString(), Set.copyOf(r.get("levels").asList(Value::asString))));
		return levels;
	}

	private <T> List<T> read(String query, Map<String, Object> parameters,
			java.util.function.Function<org.neo4j.driver.Record, T> mapper) {
		try (Session session = driver.session()) {
			return session.executeRead(tx -> tx.run(query, parameters).list(mapper::apply));
		}
	}
}
