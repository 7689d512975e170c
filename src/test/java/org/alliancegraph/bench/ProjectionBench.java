package org.alliancegraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.alliancegraph.Application;
import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.scopeanalysis.AnalysisBundles;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time to project a scope from Neo4j into JGraphT: the synthetic alliance graph of
 * {@link SyntheticAllianceGraph} is written into the embedded server (one partnership per tie, intensity =
 * weight), then the whole graph and one territory are projected, cold (read from Neo4j over Bolt) and warm
 * (the analysis bundle kept for the data version). A command, not a unit test.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alliancegraph.bench.ProjectionBench 1000 10000 50000
 * </pre>
 */
public final class ProjectionBench {

	private static final LocalDate AT = LocalDate.of(2024, 1, 1);

	private static final int BATCH = 5_000;

	private ProjectionBench() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length == 0 ? new int[] { 1_000, 10_000, 50_000 }
				: java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		System.out.printf(Locale.ROOT, "%8s %8s %10s %12s %12s %10s %14s%n", "actors", "ties", "load s",
				"project s", "warm ms", "check", "one terr. s");
		for (int n : sizes) {
			run(n);
		}
	}

	private static void run(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = SyntheticAllianceGraph.generate(n);
		String dataDir = "target/bench-neo4j-" + n + "-" + System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
				"--server.port=0", "--alliance.demo-data=false", "--alliance.neo4j.data-dir=" + dataDir,
				"--alliance.import.work-dir=" + dataDir + "-imports",
				"--alliance.neo4j.page-cache-mb=512", "--alliance.security.admin-password=bench",
				"--logging.level.root=WARN")) {
			long start = System.nanoTime();
			write(context.getBean(Driver.class), graph);
			double load = seconds(start);
			AnalysisBundles bundles = context.getBean(AnalysisBundles.class);
			start = System.nanoTime();
			ProjectedGraph projected = bundles.of(Scope.of("BENCH", AT)).graph();
			double cold = seconds(start);
			start = System.nanoTime();
			bundles.of(Scope.of("BENCH", AT));
			double warmMs = seconds(start) * 1000;
			boolean same = projected.actors().vertexSet().size() == n
					&& projected.actors().edgeSet().size() == graph.edgeSet().size();
			String first = new TreeSet<>(graph.vertexSet().stream().map(ActorNode::territory).toList()).first();
			start = System.nanoTime();
			bundles.of(Scope.of(first, AT));
			double one = seconds(start);
			System.out.printf(Locale.ROOT, "%8d %8d %10.2f %12.3f %12.3f %10s %14.3f%n", n, graph.edgeSet().size(),
					load, cold, warmMs, same ? "same" : "DIFFERENT", one);
		}
	}

	/** Territories under one custom root, actors seated in them, one dated partnership per tie. */
	static void write(Driver driver, Graph<ActorNode, DefaultWeightedEdge> graph) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("""
					CREATE (:Territory {code: 'BENCH', name: 'Bench', level: 'CUSTOM', version: 0})"""));
			List<Map<String, Object>> territories = graph.vertexSet().stream().map(ActorNode::territory).distinct()
				.map(code -> Map.<String, Object>of("code", code)).toList();
			session.executeWriteWithoutResult(tx -> tx.run("""
					MATCH (root:Territory {code: 'BENCH'})
					UNWIND $rows AS row
					CREATE (:Territory {code: row.code, name: row.code, level: 'CUSTOM', version: 0})-[:PART_OF]->(root)""",
					Map.of("rows", territories)));
		}
		writeActors(driver, graph, ActorNode::territory);
	}

	/** The actors, each seated in the existing territory {@code seat} gives it, one dated partnership per tie. */
	static void writeActors(Driver driver, Graph<ActorNode, DefaultWeightedEdge> graph,
			Function<ActorNode, String> seat) {
		try (Session session = driver.session()) {
			List<Map<String, Object>> actors = new ArrayList<>();
			for (ActorNode a : graph.vertexSet()) {
				actors.add(Map.of("id", a.id(), "sector", a.sector(), "territory", seat.apply(a)));
			}
			batches(session, actors, """
					UNWIND $rows AS row
					MATCH (t:Territory {code: row.territory})
					CREATE (:Actor {id: row.id, name: row.id, sector: row.sector, version: 0})-[:LOCATED_IN]->(t)""");
			List<Map<String, Object>> ties = new ArrayList<>();
			int i = 0;
			for (DefaultWeightedEdge e : graph.edgeSet()) {
				Map<String, Object> row = new HashMap<>();
				row.put("id", "x" + i++);
				row.put("a", graph.getEdgeSource(e).id());
				row.put("b", graph.getEdgeTarget(e).id());
				row.put("intensity", (long) graph.getEdgeWeight(e));
				ties.add(row);
			}
			batches(session, ties, """
					UNWIND $rows AS row
					MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
					CREATE (p:Partnership {id: row.id, type: 'SOCIETAL_INNOVATION', start: date('2020-01-01'),
					                       intensity: row.intensity, version: 0})
					CREATE (a)-[:MEMBER_OF {role: 'PARTNER'}]->(p), (b)-[:MEMBER_OF {role: 'PARTNER'}]->(p)""");
			session.executeWriteWithoutResult(tx -> tx.run("""
					MERGE (v:DataVersion {name: 'graph'}) SET v.value = coalesce(v.value, 0) + 1"""));
		}
	}

	private static void batches(Session session, List<Map<String, Object>> rows, String query) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			session.executeWriteWithoutResult(tx -> tx.run(query, Map.of("rows", batch)));
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
