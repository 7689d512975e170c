package org.alliancegraph.load;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The service a load run talks to. With the system property {@code load.baseUrl}, one already running there;
 * without it, a new one in a process of its own, started by {@link #start()} and stopped by {@link #stop()}: the
 * application on its runtime classpath ({@code load.classes} and the file {@code load.classpath.file}, both set by
 * the {@code load} Maven profile), on a free loopback port, with a fresh embedded store under {@code load.dir}, so
 * that it loads the demo data at start. Its log goes to {@code service.log} beside that store.
 */
final class ServiceUnderLoad {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

	/** A read that answers 200 only once the demo data is in (an unknown territory is a 422). */
	private static final String READY = "/api/v1/actors?territory=07&size=1";

	private final String baseUrl;

	private final boolean external;

	private Process process;

	private Path log;

	ServiceUnderLoad() {
		String given = System.getProperty("load.baseUrl", "").strip();
		this.external = !given.isEmpty();
		this.baseUrl = external ? given.replaceFirst("/+$", "") : "http://127.0.0.1:" + freePort();
	}

	String baseUrl() {
		return baseUrl;
	}

	/** Starts the service unless it is external, and waits until it answers with the demo data loaded. */
	void start() {
		if (!external) {
			launch();
		}
		awaitReady();
	}

	/** Stops the service if this run started it: SIGTERM (Spring and Neo4j close cleanly), then a kill. */
	void stop() {
		if (process == null || !process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private void launch() {
		try {
			Path dir = Path.of(required("load.dir"))
				.resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
			Files.createDirectories(dir);
			log = dir.resolve("service.log");
			String classpath = required("load.classes") + File.pathSeparator
					+ Files.readString(Path.of(required("load.classpath.file"))).strip();
			String port = baseUrl.substring(baseUrl.lastIndexOf(':') + 1);
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx" + System.getProperty("load.serviceHeap", "1g"), "-cp", classpath,
					"org.alliancegraph.Application", "--server.address=127.0.0.1", "--server.port=" + port,
					"--alliance.demo-data=true", "--alliance.neo4j.data-dir=" + dir.resolve("neo4j"),
					"--alliance.import.work-dir=" + dir.resolve("imports"),
					"--alliance.security.admin-password=" + UUID.randomUUID());
			process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-service-under-load"));
			System.out.println("Service under load starting on " + baseUrl + ", log in " + log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitReady() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + READY)).timeout(Duration.ofSeconds(30)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		String last = "no answer";
		while (System.nanoTime() < deadline) {
			if (process != null && !process.isAlive()) {
				throw new IllegalStateException(
						"the service stopped during its start (exit code " + process.exitValue() + "); see " + log);
			}
			try {
				HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200) {
					return;
				}
				last = "HTTP " + answer.statusCode();
			}
			catch (IOException ex) {
				last = ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(Duration.ofMillis(500));
		}
		stop();
		throw new IllegalStateException("no 200 from " + baseUrl + READY + " within " + START_TIMEOUT + " (last: "
				+ last + ")" + (log == null ? "" : "; see " + log));
	}

	private static String required(String property) {
		String value = System.getProperty(property, "").strip();
		if (value.isEmpty()) {
			throw new IllegalStateException("system property " + property
					+ " is not set: run through the Maven profile (mvn -Pload verify), or give load.baseUrl");
		}
		return value;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
