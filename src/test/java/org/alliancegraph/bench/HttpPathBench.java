package org.alliancegraph.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.alliancegraph.Application;
import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.scopeanalysis.AnalysisBundles;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Times the HTTP path of the analyses, the report and the exports (not a test), side by side with igraph: starts the
 * service on a fresh embedded store, imports the demo and a generated département of 10,000 actors through
 * {@code POST /api/v1/imports}, then measures, each as a client sees it:
 * <ul>
 * <li>after a restart, the Drôme's (26, the demo) diagnostic PDF, the first request and the next one;</li>
 * <li>its JSON and CSV exports, time to the first byte and to the last;</li>
 * <li>the generated département's (98) diagnostic PDF, the first request (cold) and the next one;</li>
 * <li>after another restart with betweenness exact up to its size, the catalysts of that département through
 * {@code /api/v1/analysis/catalysts}, cold and warm, against igraph's exact betweenness on the same projected
 * graph, in the same run.</li>
 * </ul>
 * Run from the repository root:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.alliancegraph.bench.HttpPathBench \
 *     [actors, 10000] [seconds waited after each start before the first request, 20; 0 for at once]
 * </pre>
 *
 * The PDFs are saved under {@code target/report-bench/}. igraph: see {@link IgraphBetweenness}.
 */
public final class HttpPathBench {

	private static final String PASSWORD = "bench-secret";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String[] SECTORS = { "LOCAL_AUTHORITY", "STATE", "COMPANY", "SOCIAL_ECONOMY", "ASSOCIATION",
			"FOUNDATION", "EDUCATION_RESEARCH", "CITIZEN_INITIATIVE", "NETWORK", "MEDIA" };

	/** Rough shares of the sectors among actors, in the order of {@link #SECTORS}. */
	private static final double[] SECTOR_WEIGHTS = { 0.05, 0.02, 0.30, 0.08, 0.35, 0.03, 0.06, 0.06, 0.03, 0.02 };

	private static final String[] TYPES = { "PHILANTHROPY", "RESPONSIBLE_PRACTICES", "ECONOMIC_COOPERATION",
			"SOCIETAL_INNOVATION", "PUBLIC_CONTRACT", "GRANT" };

	private static final String[] DOMAINS = { "EDUCATION", "SOCIAL_FRAGILITIES", "MOBILITY", "HEALTH", "DIGITAL",
			"FOOD", "EMPLOYMENT_INTEGRATION", "ECONOMIC_DEVELOPMENT", "ENVIRONMENT_BIODIVERSITY", "ENERGY_CLIMATE",
			"HOUSING", "CULTURE", "SPORT", "YOUTH", "CITIZENSHIP_ENGAGEMENT", "TERRITORIAL_ARTICULATION" };

	private static final String[] PHASES = { "EMERGENCE", "EXPERIMENTATION", "DEPLOYMENT", "CAPITALISATION" };

	private static final String[] LEVERS = { "CAPITALISATION", "KNOWLEDGE", "SKILLS", "CAPACITIES" };

	private HttpPathBench() {
	}

	public static void main(String[] args) throws Exception {
		int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int settleSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		Path store = Files.createTempDirectory("http-path-bench");
		Path out = Path.of("target", "report-bench");
		Files.createDirectories(out);
		// the default settings: the reports and exports as a user gets them
		try (ConfigurableApplicationContext context = start(store)) {
			String base = base(context);
			String demo;
			try (InputStream in = HttpPathBench.class.getResourceAsStream("/demo/demo-alliances.json")) {
				demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			long start = System.nanoTime();
			post(base + "/api/v1/imports", demo);
			System.out.printf("demo import: %d ms%n", ms(start));
			String generated = JsonMapper.builder().build().writeValueAsString(document(actors, new Random(42)));
			start = System.nanoTime();
			post(base + "/api/v1/imports", generated);
			System.out.printf("generated import (%d actors, %d kB): %d ms%n", actors, generated.length() / 1024,
					ms(start));
		}
		try (ConfigurableApplicationContext context = start(store)) {
			String base = base(context);
			// a first user a little after the start, once the start-up warm-up is done
			Thread.sleep(settleSeconds * 1000L);
			System.out.printf("%d s after a start; cores %d, load average %.2f%n", settleSeconds,
					Runtime.getRuntime().availableProcessors(),
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			System.out.printf("%-52s %10s %10s %8s%n", "step", "first ms", "total ms", "target");
			Timing pdf = time(base + "/api/v1/territories/26/diagnostic.pdf");
			Files.write(out.resolve("diagnostic-26.pdf"), pdf.body());
			row("Drôme PDF, first request after the start", pdf, "3000");
			row("Drôme PDF, next request", time(base + "/api/v1/territories/26/diagnostic.pdf"), "500");
			for (String format : List.of("json", "csv")) {
				String url = base + "/api/v1/exports?format=" + format + "&territory=26";
				row("Drôme export " + format + ", first request", time(url), "1000");
				row("Drôme export " + format + ", next request", time(url), "1000");
			}
			Timing large = time(base + "/api/v1/territories/98/diagnostic.pdf");
			Files.write(out.resolve("diagnostic-98.pdf"), large.body());
			row("98 (" + actors + " actors) PDF, first request (cold)", large, "10000");
			row("98 PDF, next request", time(base + "/api/v1/territories/98/diagnostic.pdf"), "500");
		}
		// betweenness exact up to the generated département's size, as the comparison with igraph's exact needs
		try (ConfigurableApplicationContext context = start(store,
				"--alliance.analysis.exact-betweenness-max-actors=" + (actors + 1_000))) {
			String base = base(context);
			Thread.sleep(settleSeconds * 1000L);
			System.out.printf("%d s after a start, exact betweenness; load average %.2f%n", settleSeconds,
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			Timing cold = time(base + "/api/v1/analysis/catalysts?territory=98&limit=20");
			String method = JsonMapper.builder().build().readTree(cold.body()).get("betweennessMethod").asString();
			row("98 catalysts (" + method + "), cold", cold, "0.8 x igraph");
			row("98 catalysts, warm", time(base + "/api/v1/analysis/catalysts?territory=98&limit=20"), "200");
			Graph<ActorNode, DefaultWeightedEdge> projected = context.getBean(AnalysisBundles.class)
				.of(Scope.of("98", LocalDate.now()))
				.graph()
				.actors();
			IgraphBetweenness.Result igraph = IgraphBetweenness.run(projected, new ArrayList<>(projected.vertexSet()));
			System.out.printf("98: %d actors, %d ties; igraph %s exact betweenness %.0f ms (CPU %.0f ms); "
					+ "ratio catalysts cold / igraph %.2f%n", projected.vertexSet().size(), projected.edgeSet().size(),
					IgraphBetweenness.version(), igraph.seconds() * 1000, igraph.cpuSeconds() * 1000,
					cold.totalMs() / (igraph.seconds() * 1000));
		}
	}

	/** The service on the store, with the command-line arguments given (they override application.properties). */
	private static ConfigurableApplicationContext start(Path store, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--alliance.demo-data=false",
				"--alliance.neo4j.data-dir=" + store, "--alliance.import.work-dir=" + store + "-imports",
				"--alliance.neo4j.page-cache-mb=256",
				"--alliance.security.admin-password=" + PASSWORD, "--logging.level.root=WARN",
				"--logging.level.org.springframework.data.neo4j.cypher=ERROR"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	/** The time to the first byte of the body and to its last, and the body. */
	private record Timing(double firstMs, double totalMs, byte[] body) {
	}

	private static Timing time(String url) throws Exception {
		long start = System.nanoTime();
		HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream in = response.body()) {
			int first = in.read();
			double firstMs = (System.nanoTime() - start) / 1e6;
			byte[] rest = in.readAllBytes();
			double totalMs = (System.nanoTime() - start) / 1e6;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + ": " + response.statusCode() + " "
						+ new String(rest, StandardCharsets.UTF_8));
			}
			byte[] body = new byte[rest.length + (first < 0 ? 0 : 1)];
			if (first >= 0) {
				body[0] = (byte) first;
				System.arraycopy(rest, 0, body, 1, rest.length);
			}
			return new Timing(firstMs, totalMs, body);
		}
	}

	private static void row(String step, Timing timing, String target) {
		System.out.printf(java.util.Locale.ROOT, "%-52s %10.0f %10.0f %8s  (%d kB)%n", step, timing.firstMs(),
				timing.totalMs(), target, timing.body().length / 1024);
	}

	/**
	 * A département 98 of {@code actors} actors in 30 EPCI of 10 communes each, in a région R99 with a small
	 * neighbouring département 96; partnerships of 2 to 4 members, mostly within an EPCI, dated 2018–2025, and
	 * projects of 3 to 8 contributors.
	 */
	static Map<String, Object> document(int actors, Random random) {
		List<Map<String, Object>> territories = new ArrayList<>();
		territories.add(territory("R99", "Région d'essai", "REGION", List.of()));
		Map<String, Object> dep = territory("98", "Département d'essai", "DEPARTEMENT", List.of("R99"));
		dep.put("population", 1_200_000L);
		dep.put("indicators", Map.of("POVERTY_RATE", 19.5, "UNEMPLOYMENT_RATE", 9.8, "GP_DENSITY", 61.0,
				"CAR_DEPENDENCY_RATE", 79.0, "NEET_RATE", 15.0));
		territories.add(dep);
		territories.add(territory("96", "Département voisin", "DEPARTEMENT", List.of("R99")));
		territories.add(territory("96001", "Commune voisine", "COMMUNE", List.of("96")));
		List<String> communes = new ArrayList<>();
		for (int e = 1; e <= 30; e++) {
			String epci = withLuhnDigit(String.format("998000%02d", e));
			territories.add(territory(epci, "Intercommunalité d'essai n° " + e, "EPCI", List.of("98")));
			for (int c = 1; c <= 10; c++) {
				String commune = String.format("98%03d", (e - 1) * 10 + c);
				territories.add(territory(commune, "Commune d'essai " + commune, "COMMUNE", List.of(epci, "98")));
				communes.add(commune);
			}
		}
		List<Map<String, Object>> actorRows = new ArrayList<>();
		List<String> seats = new ArrayList<>();
		for (int i = 0; i < actors; i++) {
			String seat = communes.get(random.nextInt(communes.size()));
			seats.add(seat);
			Map<String, Object> actor = new LinkedHashMap<>();
			actor.put("id", "b" + i);
			actor.put("name", "Acteur d'essai n° " + i);
			actor.put("sector", SECTORS[pick(SECTOR_WEIGHTS, random)]);
			actor.put("locatedIn", seat);
			actor.put("activeIn", List.of(seat));
			actorRows.add(actor);
		}
		for (int i = 0; i < 200; i++) {
			Map<String, Object> actor = new LinkedHashMap<>();
			actor.put("id", "v" + i);
			actor.put("name", "Voisin n° " + i);
			actor.put("sector", SECTORS[pick(SECTOR_WEIGHTS, random)]);
			actor.put("locatedIn", "96001");
			actor.put("activeIn", List.of("96001"));
			actorRows.add(actor);
		}
		Map<String, List<Integer>> byEpci = new HashMap<>();
		for (int i = 0; i < actors; i++) {
			byEpci.computeIfAbsent(epciOf(seats.get(i)), k -> new ArrayList<>()).add(i);
		}
		List<Map<String, Object>> partnerships = new ArrayList<>();
		int count = actors * 6 / 5;
		for (int p = 0; p < count; p++) {
			int size = 2 + random.nextInt(3);
			int first = random.nextInt(actors);
			List<Integer> local = byEpci.get(epciOf(seats.get(first)));
			List<Map<String, Object>> members = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			ids.add("b" + first);
			while (ids.size() < size) {
				String id = random.nextDouble() < 0.8 ? "b" + local.get(random.nextInt(local.size()))
						: random.nextDouble() < 0.05 ? "v" + random.nextInt(200) : "b" + random.nextInt(actors);
				if (!ids.contains(id)) {
					ids.add(id);
				}
			}
			for (int m = 0; m < ids.size(); m++) {
				members.add(Map.of("actor", ids.get(m), "role", m == 0 ? "LEAD" : "PARTNER"));
			}
			LocalDate start = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(8 * 365));
			Map<String, Object> partnership = new LinkedHashMap<>();
			partnership.put("id", "bp" + p);
			partnership.put("type", TYPES[random.nextInt(TYPES.length)]);
			partnership.put("start", start.toString());
			partnership.put("end", random.nextDouble() < 0.2 ? start.plusYears(2).toString() : null);
			partnership.put("intensity", 1 + random.nextInt(3));
			partnership.put("members", members);
			partnership.put("domains", List.of(DOMAINS[random.nextInt(DOMAINS.length)]));
			partnerships.add(partnership);
		}
		List<Map<String, Object>> projects = new ArrayList<>();
		for (int p = 0; p < actors / 15; p++) {
			int first = random.nextInt(actors);
			List<Integer> local = byEpci.get(epciOf(seats.get(first)));
			List<Map<String, Object>> contributors = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			ids.add("b" + first);
			int size = 3 + random.nextInt(6);
			while (ids.size() < size) {
				String id = "b" + (random.nextDouble() < 0.7 ? local.get(random.nextInt(local.size()))
						: random.nextInt(actors));
				if (!ids.contains(id)) {
					ids.add(id);
				}
			}
			LocalDate start = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(8 * 365));
			for (int c = 0; c < ids.size(); c++) {
				Map<String, Object> contributor = new LinkedHashMap<>();
				contributor.put("actor", ids.get(c));
				contributor.put("role", c == 0 ? "LEAD" : "PARTNER");
				contributor.put("since", start.toString());
				contributors.add(contributor);
			}
			Map<String, Object> project = new LinkedHashMap<>();
			project.put("id", "bpr" + p);
			project.put("name", "Projet d'essai n° " + p);
			project.put("phase", PHASES[random.nextInt(PHASES.length)]);
			project.put("start", start.toString());
			project.put("targets", List.of(epciOf(seats.get(first))));
			project.put("domains", List.of(DOMAINS[random.nextInt(DOMAINS.length)], DOMAINS[random.nextInt(DOMAINS.length)])
				.stream().distinct().toList());
			project.put("sdgs", List.of(1 + random.nextInt(17), 17).stream().distinct().toList());
			project.put("levers", List.of(LEVERS[random.nextInt(LEVERS.length)]));
			project.put("contributors", contributors);
			projects.add(project);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("territories", territories);
		document.put("actors", actorRows);
		document.put("projects", projects);
		document.put("partnerships", partnerships);
		return document;
	}

	private static String epciOf(String commune) {
		int n = Integer.parseInt(commune.substring(2));
		return withLuhnDigit(String.format("998000%02d", (n - 1) / 10 + 1));
	}

	private static Map<String, Object> territory(String code, String name, String level, List<String> partOf) {
		Map<String, Object> territory = new LinkedHashMap<>();
		territory.put("code", code);
		territory.put("name", name);
		territory.put("level", level);
		territory.put("partOf", partOf);
		return territory;
	}

	private static int pick(double[] weights, Random random) {
		double r = random.nextDouble();
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static void post(String url, String body) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 202) {
			// a large import runs as a job: wait for it
			String job = URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
			while (true) {
				Thread.sleep(500);
				String state = new String(get(job), StandardCharsets.UTF_8);
				if (state.contains("\"SUCCEEDED\"")) {
					return;
				}
				if (state.contains("\"FAILED\"")) {
					throw new IllegalStateException("import failed: " + state.substring(0, Math.min(2000, state.length())));
				}
			}
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body().substring(0,
					Math.min(2000, response.body().length())));
		}
	}

	private static byte[] get(String url) throws Exception {
		HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + ": " + response.statusCode() + " "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		return response.body();
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** An EPCI code is a SIREN: eight digits and their Luhn check digit. */
	private static String withLuhnDigit(String eight) {
		for (int check = 0; check <= 9; check++) {
			String code = eight + check;
			int sum = 0;
			for (int i = 0; i < code.length(); i++) {
				int digit = code.charAt(code.length() - 1 - i) - '0';
				sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
			}
			if (sum % 10 == 0) {
				return code;
			}
		}
		throw new IllegalStateException(eight);
	}
}
