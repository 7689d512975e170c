package org.alliancegraph.exchange.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.Application;
import org.alliancegraph.bench.SyntheticAllianceGraph;
import org.alliancegraph.exchange.csv.CsvFile;
import org.alliancegraph.exchange.csv.ImportBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service really killed ({@code SIGKILL}) in the middle of a large import, while an editor changes an actor
 * between two of its chunks, then started again on the same data: the start-up undoes the import, keeps the editor's
 * change, and the JSON export is byte for byte the one before the import with that change alone. The service runs
 * as a child JVM on this test's classpath, on a free port and a data folder of its own.
 */
class ImportCrashIntegrationTests {

	private static final String PASSWORD = "drill";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Actors of the synthetic import: enough chunks that the kill falls in the middle of it. */
	private static final int ACTORS = 12_000;

	private static final String ACTOR = "la-dep-ardeche";

	private static final String DESCRIPTION = "Département chef de file des solidarités humaines et territoriales en"
			+ " Ardèche.";

	private static final String CORRECTED = "Département chef de file des solidarités en Ardèche (corrigé pendant"
			+ " l'import).";

	@TempDir
	Path data;

	@Test
	void shouldUndoAnImportKilledHalfWayAndKeepWhatAnEditorChangedMeanwhile() throws Exception {
		Path folder = data.resolve("csv");
		ImportBench.write(SyntheticAllianceGraph.generate(ACTORS), folder);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String base = "http://127.0.0.1:" + port;
		Process service = start(data, port);
		try {
			waitUntilUp(base);
			String before = get(base + "/api/v1/exports?format=json");
			assertThat(before.split(java.util.regex.Pattern.quote(DESCRIPTION), -1)).as("the demo's text, once")
				.hasSize(2);
			String location = upload(base, folder);
			// killed once chunks are committed: checking alone writes nothing, and would leave nothing to undo
			double written = 0;
			while (written == 0) {
				Thread.sleep(100);
				written = number(get(base + location), "rowsWritten");
			}
			HttpResponse<String> patched = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/actors/" + ACTOR))
				.header("Content-Type", "application/merge-patch+json")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"description\": \"" + CORRECTED + "\"}")));
			assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
			String state = get(base + location);
			assertThat(state).as("the import must still run when the service is killed").contains("\"RUNNING\"");
			service.destroyForcibly().waitFor();

			service = start(data, port);
			waitUntilUp(base);

			assertThat(get(base + location)).contains("\"FAILED\"").contains("import interrompu par un arrêt du service");
			assertThat(get(base + "/api/v1/exports?format=json")).isEqualTo(before.replace(DESCRIPTION, CORRECTED));
		}
		finally {
			service.destroyForcibly().waitFor();
		}
	}

	private static Process start(Path data, int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Application.class.getName(),
				"--server.address=127.0.0.1", "--server.port=" + port, "--alliance.demo-data=true", "--alliance.neo4j.data-dir=" + data.resolve("neo4j"),
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
		HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports?async=true"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		return answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(answer.body()));
	}

	/** A request as the administrator. */
	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.header("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String get(String url) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	private static double number(String json, String field) {
		Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*([0-9.eE+-]+)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException(field + " not in " + json);
		}
		return Double.parseDouble(m.group(1));
	}
}
