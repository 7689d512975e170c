package org.alliancegraph.exchange.jobs;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.Application;
import org.alliancegraph.bench.SyntheticAllianceGraph;
import org.alliancegraph.exchange.csv.CsvFile;
import org.alliancegraph.exchange.csv.ImportBench;

/**
 * A drill, not a unit test: the service really killed ({@code SIGKILL}) in the middle of a large import, then
 * started again on the same data. It prints the graph's counts before the import, while it was being written, and
 * after the restart, which must equal those before, and the job's state after the restart.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alliancegraph.exchange.jobs.ImportCrashDrill 20000
 * </pre>
 */
public final class ImportCrashDrill {

	private static final String PASSWORD = "drill";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ImportCrashDrill() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length == 0 ? 20_000 : Integer.parseInt(args[0]);
		Path folder = Path.of("target/drill-csv-" + n);
		ImportBench.write(SyntheticAllianceGraph.generate(n), folder);
		Path data = Files.createTempDirectory("alliance-drill-");
		int port = 18_000 + (int) (ProcessHandle.current().pid() % 1_000);
		String base = "http://127.0.0.1:" + port;

		Process service = start(data, port);
		waitUntilUp(base);
		System.out.println("before:  " + counts(base));
		String location = upload(base, folder);
		double progress = 0;
		while (progress < 0.75) {
			Thread.sleep(200);
			progress = number(get(base + location), "progress");
		}
		System.out.printf(Locale.ROOT, "killed at progress %.2f: %s%n", progress, counts(base));
		service.destroyForcibly().waitFor();

		service = start(data, port);
		waitUntilUp(base);
		System.out.println("after the restart: " + counts(base));
		String job = get(base + location);
		System.out.println("job: " + job.substring(0, Math.min(job.length(), 400)));
		service.destroy();
		service.waitFor();
	}

	private static Process start(Path data, int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Application.class.getName(),
				"--server.port=" + port, "--alliance.demo-data=false", "--alliance.neo4j.data-dir=" + data.resolve("neo4j"),
				"--alliance.import.work-dir=" + data.resolve("imports"), "--alliance.security.admin-password=" + PASSWORD,
				"--logging.level.root=WARN")
			.redirectOutput(new File(data.resolve("service.log").toString()))
			.redirectErrorStream(true)
			.start();
	}

	private static void waitUntilUp(String base) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			try {
				if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException ex) {
				// not up yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("service not up");
	}

	/** Entities of each kind, as the API counts them. */
	private static Map<String, Long> counts(String base) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (String kind : List.of("territories", "actors", "projects", "partnerships")) {
			counts.put(kind, (long) number(get(base + "/api/v1/" + kind + "?size=1"), "totalElements"));
		}
		return counts;
	}

	private static String upload(String base, Path folder) throws Exception {
		String boundary = "drill" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		for (CsvFile file : CsvFile.values()) {
			Path path = folder.resolve(file.fileName());
			if (Files.exists(path)) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.fileName()
						+ "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.write(Files.readAllBytes(path));
				body.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?async=true"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		return answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(answer.body()));
	}

	private static String get(String url) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static double number(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*([0-9.eE+-]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException(field + " not in " + json);
		}
		return Double.parseDouble(m.group(1));
	}
}
