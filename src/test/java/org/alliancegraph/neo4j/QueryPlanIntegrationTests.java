package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.neo4j.repository.query.Query;

/**
 * The hot queries of the import, history, projection and list paths are anchored on indexed keys, so that their plans hold whatever
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
		assertThat(queries).hasSizeGreaterThanOrEqualTo(19 + 15);
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

	/**
	 * The reads of one territory — its projection, its report's counts, its ties' history, the lists filtered by
	 * it — run (PROFILE) on a database of 2,000 territories: none reads a label, an index or a relationship type
	 * whole; the branches meant for no territory at all produce nothing. The list queries are read from their
	 * repository's {@code @Query}.
	 */
	@Test
	void shouldReadOnlyTheTerritoryAskedFor() throws ReflectiveOperationException {
		cypher("""
				CREATE (root:Territory {code: 'ROOT', name: 'Racine', level: 'CUSTOM', version: 0})
				WITH root
				UNWIND range(1, 2000) AS i
				CREATE (t:Territory {code: 'T' + i, name: 'Territoire ' + i, level: 'COMMUNE', version: 0})-[:PART_OF]->(root)
				WITH t, i
				UNWIND range(1, 3) AS j
				CREATE (a:Actor {id: 'a' + i + '-' + j, name: 'Acteur', sector: 'COMPANY', version: 0})-[:LOCATED_IN]->(t)
				CREATE (p:Partnership {id: 'x' + i + '-' + j, type: 'GRANT', start: date('2020-01-01'), version: 0})
				CREATE (pr:Project {id: 'y' + i + '-' + j, name: 'Projet', phase: 'DEPLOYMENT', start: date('2020-01-01'),
				                    version: 0})
				CREATE (a)-[:MEMBER_OF {role: 'PARTNER'}]->(p), (a)-[:CONTRIBUTES_TO {role: 'PARTNER'}]->(pr),
				       (pr)-[:TARGETS]->(t)
				""");
		Map<String, String> queries = new LinkedHashMap<>();
		Map<String, List<String>> constants = new LinkedHashMap<>();
		constants.put("projection.ScopeProjection", List.of("ACTORS", "ACTORS_OF_EACH", "PARTNERSHIP_TIES", "PROJECT_TIES"));
		constants.put("projection.ScopeContext", List.of("ACTIVE_PROJECTS_BY_DOMAIN", "ACTOR_LEVELS", "PROJECT_LEVELS"));
		constants.put("projection.ScopeCounts", List.of("PARTNERSHIPS", "PROJECTS"));
		constants.put("projection.TieHistory", List.of("PARTNERSHIPS", "PROJECTS"));
		for (Map.Entry<String, List<String>> owner : constants.entrySet()) {
			Class<?> type = Class.forName("org.alliancegraph." + owner.getKey());
			for (String name : owner.getValue()) {
				queries.put(type.getSimpleName() + "." + name, (String) field(type, name, null));
			}
		}
		for (String repository : List.of("actor.ActorRepository", "project.ProjectRepository",
				"partnership.PartnershipRepository", "territory.TerritoryRepository")) {
			for (Method method : Class.forName("org.alliancegraph." + repository).getDeclaredMethods()) {
				Query query = method.getAnnotation(Query.class);
				if (query != null && method.getReturnType() == Page.class) {
					queries.put(method.getDeclaringClass().getSimpleName() + "." + method.getName(), query.value());
					queries.put(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " count",
							query.countQuery());
				}
			}
		}
		assertThat(queries).hasSize(19);
		// one territory, the actors and projects of one territory; every other parameter absent
		Map<String, Object> given = Map.ofEntries(Map.entry("code", "T1"), Map.entry("territory", "T1"),
				Map.entry("parent", "ROOT"), Map.entry("groupLevel", "COMMUNE"), Map.entry("codes", List.of("T1", "T2")),
				Map.entry("ids", List.of("a1-1", "a1-2", "a2-1", "y1-1")),
				Map.entry("actors", List.of("a1-1", "a1-2", "a2-1")), Map.entry("at", java.time.LocalDate.of(2024, 1, 1)),
				Map.entry("sectors", List.of()), Map.entry("domains", List.of()), Map.entry("skip", 0L),
				Map.entry("limit", 20L));
		Map<String, List<String>> found = new LinkedHashMap<>();
		queries.forEach((name, query) -> {
			Map<String, Object> parameters = new java.util.HashMap<>();
			java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\$(\\w+)").matcher(query);
			while (names.find()) {
				parameters.put(names.group(1), given.get(names.group(1)));
			}
			List<String> scans = new ArrayList<>();
			try (var session = driver.session()) {
				Plan profile = session.run("PROFILE " + query, parameters).consume().profile();
				readWhole(profile, scans);
			}
			if (!scans.isEmpty()) {
				found.put(name, scans);
			}
		});
		assertThat(found).isEmpty();
	}

	/** Operators that scan and produced rows. */
	private static void readWhole(Plan plan, List<String> scans) {
		if (plan instanceof org.neo4j.driver.summary.ProfiledPlan profiled && profiled.records() > 0
				&& UNBOUNDED.stream().anyMatch(plan.operatorType()::startsWith)) {
			scans.add(plan.operatorType() + " " + profiled.records() + " rows "
					+ (plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : ""));
		}
		plan.children().forEach(child -> readWhole(child, scans));
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
		constants.put("exchange.importing.ImportJournal", List.of("CHUNK"));
		constants.put("exchange.importing.ImportJournals",
				List.of("OPEN", "DONE", "CLAIM", "CHUNKS", "FORGET_CHUNK", "FORGET_CHUNKS", "FORGET"));
		constants.put("exchange.importing.ServiceInstance", List.of("BEAT", "STOPPED"));
		constants.put("exchange.jobs.ImportJobs", List.of("SAVE", "FIND", "FORGET_OLD", "LOCK", "UNLOCK"));
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
