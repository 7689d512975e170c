package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The hot queries of the import and history paths are anchored on indexed keys, so that their plans hold whatever
 * the statistics: planned on an empty database (where scanning a label costs nothing, the trap a first import falls
 * into, its plans being cached) and on a full one, none scans a label or all nodes, and none makes a cartesian
 * product. The queries are read from the code as it runs them.
 */
class QueryPlanIntegrationTests extends IntegrationTest {

	/** Operators whose cost grows with the whole database rather than with what a query asks for. */
	private static final List<String> UNBOUNDED = List.of("AllNodesScan", "NodeByLabelScan", "CartesianProduct",
			"NodeIndexScan", "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan");

	@Autowired
	ApplicationContext context;

	@Test
	void shouldAnchorTheHotQueriesOnIndexesOnAnEmptyAndAFullDatabase() throws ReflectiveOperationException {
		Map<String, String> queries = hotQueries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(19);
		assertThat(unbounded(queries)).as("on an empty database").isEmpty();

		cypher("""
				UNWIND range(1, 2000) AS i
				CREATE (t:Territory {code: 'T' + i, name: 'Territoire ' + i, level: 'CUSTOM', version: 0})
				WITH t, i
				UNWIND range(1, 3) AS j
				CREATE (a:Actor {id: 'a' + i + '-' + j, name: 'Acteur', sector: 'COMPANY', version: 0})-[:LOCATED_IN]->(t)
				CREATE (p:Partnership {id: 'x' + i + '-' + j, version: 0})
				CREATE (a)-[:MEMBER_OF]->(p)
				CREATE (:Change {seq: i * 10 + j, at: datetime(), user: 'admin', source: 'IMPORT', importJob: 'job' + i,
				                 kind: 'actor', key: a.id, operation: 'CREATED', version: 0})
				""");
		assertThat(unbounded(queries)).as("on a database of 2,000 territories and 6,000 actors").isEmpty();
	}

	/** Each query by where it is written, with the plan operators of those that scan. */
	private Map<String, List<String>> unbounded(Map<String, String> queries) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		queries.forEach((name, query) -> {
			List<String> operators = new ArrayList<>();
			try (var session = driver.session()) {
				collect(session.run("EXPLAIN " + query).consume().plan(), operators);
			}
			List<String> scans = operators.stream()
				.filter(op -> UNBOUNDED.stream().anyMatch(op::startsWith))
				.toList();
			if (!scans.isEmpty()) {
				found.put(name, scans);
			}
		});
		return found;
	}

	/** Operators with what they read; the data-version node, alone under its label, may be found by it. */
	private static void collect(Plan plan, List<String> operators) {
		String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
		if (!details.contains(":DataVersion")) {
			operators.add(plan.operatorType() + " " + details);
		}
		plan.children().forEach(child -> collect(child, operators));
	}

	/**
	 * The queries, by class and constant (the graphs are package-private: they are named); {@code A+B} is a query
	 * the code assembles from two constants.
	 */
	private Map<String, String> hotQueries() throws ReflectiveOperationException {
		Map<String, List<String>> constants = new LinkedHashMap<>();
		constants.put("exchange.referential.ReferentialImportService",
				List.of("STORED", "WRITE_TERRITORIES", "WRITE_OFFICIAL_PARENTS"));
		constants.put("territory.TerritoryGraph", List.of("STORED", "WRITE_NODES", "WRITE_LINKS"));
		constants.put("actor.ActorGraph", List.of("WRITE"));
		constants.put("project.ProjectGraph", List.of("WRITE"));
		constants.put("partnership.PartnershipGraph", List.of("CREATE", "UPDATE"));
		constants.put("history.ChangeLog", List.of("APPEND", "CONTENT_AT", "LAST_VERSION"));
		constants.put("history.ChangeFeed", List.of("ENTITY+PAGE"));
		constants.put("exchange.importing.ImportUndo", List.of("CHANGES", "CHANGED_SINCE"));
		Map<String, String> queries = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> owner : constants.entrySet()) {
			Class<?> type = Class.forName("org.alliancegraph." + owner.getKey());
			for (String name : owner.getValue()) {
				StringBuilder query = new StringBuilder();
				for (String part : name.split("\\+")) {
					query.append(field(type, part, null));
				}
				queries.put(type.getSimpleName() + "." + name, query.toString());
			}
		}
		for (String graph : List.of("actor.ActorGraph", "project.ProjectGraph", "partnership.PartnershipGraph")) {
			Class<?> type = Class.forName("org.alliancegraph." + graph);
			Object reader = field(type, "reader", context.getBean(type));
			queries.put(type.getSimpleName() + " stored", (String) field(reader.getClass(), "byIds", reader));
		}
		return queries;
	}

	private static Object field(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
		Field field = owner.getDeclaredField(name);
		field.setAccessible(true);
		return field.get(target);
	}
}
