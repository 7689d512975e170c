package org.alliancegraph.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.alliancegraph.Application;
import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the benchmark of one EPCI against every EPCI of France over HTTP (not a test): starts the service on a fresh
 * embedded store with the real 2026 territorial referential imported at start-up, spreads a
 * {@link SyntheticAllianceGraph} of N actors over its communes (actor i seated in commune i C / N, the C communes
 * ordered by département, EPCI and code, so that the generator's blocks of 200 actors, which hold most ties, fall
 * into neighbouring communes of one or two EPCI; one partnership per tie, dated 2020), then asks
 * {@code /api/v1/analysis/benchmark?territory=EPCI&within=FR}: cold, again five times (kept), and for another EPCI of the same
 * peers (kept too), then the default (the EPCI of its région), cold. A cold request that is answered 202 is asked
 * again at its {@code Location} (each waiting its 10 s) until the answer comes: the time is the client's, to the
 * answer.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alliancegraph.bench.PeerBenchmarkBench \
 *     [actors, 100000] [referential folder, ../shared/data/decoupage-administratif-2026]
 * </pre>
 */
public final class PeerBenchmarkBench {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Each kept answer is asked this many times: on a shared machine one request may meet a pause. */
	private static final int REPEATS = 5;

	/** Communes in the order the actors are spread over. */
	private static final String COMMUNES = """
			MATCH (c:Territory {level: 'COMMUNE'})
			OPTIONAL MATCH (c)-[:PART_OF]->(d:Territory {level: 'DEPARTEMENT'})
			OPTIONAL MATCH (c)-[:PART_OF]->(e:Territory {level: 'EPCI'})
			WITH c, min(d.code) AS d, min(e.code) AS e
			RETURN c.code AS code, e AS epci ORDER BY d, e, c.code""";

	private PeerBenchmarkBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path referential = Path.of(args.length > 1 ? args[1] : "../shared/data/decoupage-administratif-2026");
		Path store = Files.createTempDirectory("peer-benchmark-bench");
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
				"--server.port=0", "--alliance.demo-data=false", "--alliance.neo4j.data-dir=" + store,
				"--alliance.import.work-dir=" + store + "-imports", "--alliance.neo4j.page-cache-mb=512",
				"--alliance.security.admin-password=bench", "--alliance.warm-up=false",
				"--alliance.import.territories=" + referential.toAbsolutePath(), "--logging.level.root=WARN",
				"--logging.level.org.springframework.data.neo4j.cypher=ERROR")) {
			System.out.printf(Locale.ROOT, "start with the referential imported: %.1f s%n", seconds(start));
			Driver driver = context.getBean(Driver.class);
			List<org.neo4j.driver.Record> communes;
			try (Session session = driver.session()) {
				communes = session.executeRead(tx -> tx.run(COMMUNES).list());
			}
			Graph<ActorNode, DefaultWeightedEdge> graph = SyntheticAllianceGraph.generate(n);
			start = System.nanoTime();
			ProjectionBench.writeActors(driver, graph, a -> communes
				.get((int) ((long) Integer.parseInt(a.id().substring(1)) * communes.size() / n)).get("code").asString());
			System.out.printf(Locale.ROOT, "%d actors, %d ties over %d communes written: %.1f s%n", n,
					graph.edgeSet().size(), communes.size(), seconds(start));
			String target = epci(communes, communes.size() / 2);
			String other = epci(communes, communes.size() / 3);
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
					+ "/api/v1/analysis/benchmark?at=2024-01-01&territory=";
			System.out.printf(Locale.ROOT, "cores %d, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			System.out.printf(Locale.ROOT, "%-58s %10s %8s%n", "request", "ms", "target");
			JsonNode cold = time("EPCI " + target + " against every EPCI, cold", base + target + "&within=FR", "60000");
			for (int i = 1; i <= REPEATS; i++) {
				time("the same again (kept), " + i, base + target + "&within=FR", "100");
			}
			time("another EPCI, " + other + ", against every EPCI (kept)", base + other + "&within=FR", "100");
			for (int i = 1; i <= REPEATS; i++) {
				time("the same with peerFigures=true (kept), " + i, base + other + "&within=FR&peerFigures=true", "");
			}
			JsonNode region = time("EPCI " + target + " against the EPCI of its région, cold", base + target, "");
			System.out.printf(Locale.ROOT, "load average %.2f%n",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			System.out.printf("%d peers (%d without actor), within %s: %s%n", cold.get("peers").asInt(),
					cold.get("peersWithoutActors").asInt(), cold.get("within"), cold.get("indicators"));
			System.out.printf("%d peers in région %s%n", region.get("peers").asInt(), region.get("within").asString());
		}
	}

	private static String epci(List<org.neo4j.driver.Record> communes, int index) {
		for (int i = index; i < communes.size(); i++) {
			if (!communes.get(i).get("epci").isNull()) {
				return communes.get(i).get("epci").asString();
			}
		}
		throw new IllegalStateException("no EPCI after commune " + index);
	}

	private static JsonNode time(String step, String url, String target) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		int polls = 0;
		while (response.statusCode() == 202) {
			// the protocol of a long benchmark: ask the Location again until the answer is there
			polls++;
			URI again = URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow());
			response = HTTP.send(HttpRequest.newBuilder(again).GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		double ms = (System.nanoTime() - start) / 1e6;
		if (polls > 0) {
			System.out.printf("  (%d requests answered 202 before the answer)%n", polls);
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
		}
		System.out.printf(Locale.ROOT, "%-58s %10.1f %8s  (%d kB)%n", step, ms, target, response.body().length() / 1024);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
