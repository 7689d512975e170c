package org.alliancegraph.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.alliancegraph.Application;
import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.bench.SyntheticAllianceGraph;
import org.alliancegraph.exchange.importing.ImportProgress;
import org.alliancegraph.exchange.importing.ImportResult;
import org.alliancegraph.history.SilentChangeLog;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Time and peak heap of a large CSV import, then time and size of each export: the synthetic alliance graph of
 * {@link SyntheticAllianceGraph} (N actors, about 4 N ties) written as CSV files, one partnership of two members
 * per tie (intensity = weight, start dates spread over 2018–2025), imported into an empty embedded server as an
 * import job of {@code POST /api/v1/imports} does (a first load: chunks committed one by one, undone on failure). The heap is the whole JVM's, the embedded Neo4j
 * included. A command, not a unit test.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alliancegraph.exchange.csv.ImportBench 100000 [again] [exports] [history]
 * </pre>
 * {@code again} (default true): import the same files a second time (everything unchanged) and count the change
 * records it writes; {@code exports} (default true): time each export format over HTTP; {@code history}
 * ({@code on}, the default, {@code off} or {@code both}): {@code off} loads with a {@link SilentChangeLog}, which
 * records nothing, {@code both} loads without then with history, each into a new store, and prints the ratios of
 * load time and store size.
 */
public final class ImportBench {

	private ImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length == 0 ? 100_000 : Integer.parseInt(args[0]);
		boolean again = args.length < 2 || Boolean.parseBoolean(args[1]);
		boolean exports = args.length < 3 || Boolean.parseBoolean(args[2]);
		String history = args.length < 4 ? "on" : args[3];
		Path folder = Path.of("target/bench-import-csv-" + n);
		long ties = write(SyntheticAllianceGraph.generate(n), folder);
		System.out.printf(Locale.ROOT, "%d actors, %d partnerships, CSV %.1f MB in %s%n", n, ties,
				size(folder) / 1e6, folder);
		if (history.equals("both")) {
			Load without = load(n, folder, false, again, false);
			Load with = load(n, folder, true, again, exports);
			System.out.printf(Locale.ROOT, "history on / off: first load %.2f×, store %.2f×, with transaction logs %.2f×%n",
					with.seconds() / without.seconds(), (double) with.store() / without.store(),
					(double) with.total() / without.total());
		}
		else {
			load(n, folder, !history.equals("off"), again, exports);
		}
	}

	/** The first load's time and the sizes on disk after it (store files; store and transaction logs). */
	private record Load(double seconds, long store, long total) {
	}

	private static Load load(int n, Path folder, boolean history, boolean again, boolean exports) throws Exception {
		System.out.println(history ? "-- history on" : "-- history off (nothing recorded)");
		Path dataDir = Path.of("target/bench-import-neo4j-" + n + "-" + System.nanoTime());
		SpringApplicationBuilder service = new SpringApplicationBuilder(Application.class);
		if (!history) {
			service.initializers(context -> ((GenericApplicationContext) context).registerBean(SilentChangeLog.class,
					definition -> definition.setPrimary(true)));
		}
		double seconds;
		try (ConfigurableApplicationContext context = service.run("--server.port=0", "--alliance.demo-data=false",
				"--alliance.neo4j.data-dir=" + dataDir, "--alliance.neo4j.page-cache-mb=512",
				"--alliance.import.work-dir=" + dataDir + "-imports", "--alliance.security.admin-password=bench",
				"--logging.level.root=WARN", "--logging.level.org.springframework.data.neo4j.cypher=ERROR")) {
			CsvImportService csv = context.getBean(CsvImportService.class);
			Neo4jClient neo4j = context.getBean(Neo4jClient.class);
			System.gc();
			ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
			AtomicLong sampledPeak = new AtomicLong();
			Thread sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
							Math::max);
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			long start = System.nanoTime();
			ImportResult result = csv.apply(folder(folder), false, phases(start));
			seconds = (System.nanoTime() - start) / 1e9;
			sampler.interrupt();
			long poolPeaks = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed())
				.sum();
			System.out.printf(Locale.ROOT, "import: %.1f s, created %d, %d change records; heap used at most %.0f MB"
					+ " (sampled), sum of pool peaks %.0f MB, max heap %.0f MB%n", seconds, result.created(),
					changeRecords(neo4j), sampledPeak.get() / 1e6, poolPeaks / 1e6,
					Runtime.getRuntime().maxMemory() / 1e6);
			if (again) {
				long records = changeRecords(neo4j);
				start = System.nanoTime();
				ImportResult second = csv.apply(folder(folder), false, ImportProgress.NONE);
				System.out.printf(Locale.ROOT, "second import: %.1f s, unchanged %d, %d change records written%n",
						(System.nanoTime() - start) / 1e9, second.unchanged(), changeRecords(neo4j) - records);
			}
			if (exports) {
				int port = ((WebServerApplicationContext) context).getWebServer().getPort();
				for (String format : new String[] { "json", "csv", "graphml", "gexf", "cytoscape" }) {
					export(port, format);
				}
			}
		}
		// Measured once the service has stopped: its last checkpoint has written the store files.
		long store = size(dataDir.resolve("data/databases"));
		long total = store + size(dataDir.resolve("data/transactions"));
		System.out.printf(Locale.ROOT, "on disk: store %.0f MB, with transaction logs %.0f MB%n", store / 1e6,
				total / 1e6);
		return new Load(seconds, store, total);
	}

	private static long changeRecords(Neo4jClient neo4j) {
		return neo4j.query("MATCH (c:Change) RETURN count(c)").fetchAs(Long.class).one().orElseThrow();
	}

	private static void export(int port, String format) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<InputStream> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/exports?format=" + format
					+ "&at=2024-01-01")).build(), HttpResponse.BodyHandlers.ofInputStream());
		long bytes;
		try (InputStream in = response.body()) {
			bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		System.out.printf(Locale.ROOT, "export %-9s: HTTP %d, %.1f MB in %.1f s%n", format, response.statusCode(),
				bytes / 1e6, (System.nanoTime() - start) / 1e9);
	}

	/** Prints when each pass ends (keys read, validated) and when each tenth of the entries has been written. */
	private static ImportProgress phases(long start) {
		return new ImportProgress() {
			private long entries;

			private long validated;

			private long written;

			@Override
			public void counted(long total) {
				entries = total;
				print("keys of %d entries read", total);
			}

			@Override
			public void validated(long rows) {
				validated += rows;
				if (validated == entries) {
					print("%d entries validated", validated);
				}
			}

			@Override
			public void written(long rows) {
				long before = written * 10 / Math.max(1, entries);
				written += rows;
				if (written * 10 / Math.max(1, entries) > before) {
					print("%d written", written);
				}
			}

			private void print(String what, long count) {
				System.out.printf(Locale.ROOT, "  " + what + " at %.1f s, heap used %.0f MB%n", count,
						(System.nanoTime() - start) / 1e9,
						ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
			}
		};
	}

	/** Territories, actors, one partnership per tie with its two members. */
	public static long write(Graph<ActorNode, DefaultWeightedEdge> graph, Path folder) throws IOException {
		Files.createDirectories(folder);
		Set<String> territories = new java.util.TreeSet<>();
		graph.vertexSet().forEach(a -> territories.add(a.territory()));
		try (PrintWriter out = writer(folder, CsvFile.TERRITORIES)) {
			out.print("code,name,level\r\n");
			territories.forEach(t -> out.print(t + ",Territoire " + t + ",CUSTOM\r\n"));
		}
		try (PrintWriter out = writer(folder, CsvFile.ACTORS)) {
			out.print("id,name,sector,locatedIn\r\n");
			graph.vertexSet().forEach(a -> out.print(a.id() + ",Acteur " + a.id() + "," + a.sector() + ","
					+ a.territory() + "\r\n"));
		}
		long count = 0;
		try (PrintWriter partnerships = writer(folder, CsvFile.PARTNERSHIPS);
				PrintWriter members = writer(folder, CsvFile.PARTNERSHIP_MEMBERS)) {
			partnerships.print("id,type,start,end,intensity\r\n");
			members.print("partnership,actor,role\r\n");
			LocalDate first = LocalDate.of(2018, 1, 1);
			for (DefaultWeightedEdge e : graph.edgeSet()) {
				String id = String.format("x%07d", count);
				LocalDate start = first.plusDays((count * 37) % 2900);
				String end = count % 3 == 0 ? start.plusYears(2).toString() : "";
				partnerships.print(id + ",SOCIETAL_INNOVATION," + start + "," + end + ","
						+ (int) graph.getEdgeWeight(e) + "\r\n");
				members.print(id + "," + graph.getEdgeSource(e).id() + ",LEAD\r\n");
				members.print(id + "," + graph.getEdgeTarget(e).id() + ",PARTNER\r\n");
				count++;
			}
		}
		return count;
	}

	static CsvSources folder(Path folder) {
		return new CsvSources() {
			@Override
			public Set<CsvFile> files() {
				Set<CsvFile> files = EnumSet.noneOf(CsvFile.class);
				for (CsvFile f : CsvFile.values()) {
					if (Files.isRegularFile(folder.resolve(f.fileName()))) {
						files.add(f);
					}
				}
				return files;
			}

			@Override
			public InputStream open(CsvFile file) throws IOException {
				return Files.newInputStream(folder.resolve(file.fileName()));
			}

			@Override
			public long size(CsvFile file) throws IOException {
				return Files.size(folder.resolve(file.fileName()));
			}
		};
	}

	private static PrintWriter writer(Path folder, CsvFile file) throws IOException {
		return new PrintWriter(Files.newBufferedWriter(folder.resolve(file.fileName()), StandardCharsets.UTF_8));
	}

	private static long size(Path folder) {
		try (var files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
