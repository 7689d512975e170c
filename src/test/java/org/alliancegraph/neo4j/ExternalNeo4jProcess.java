package org.alliancegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

import picocli.CommandLine;

/**
 * A Neo4j Community server in a JVM of its own, as an external server is to the service: started from the test
 * classpath (the project's own {@code org.neo4j:neo4j}) with the same {@code java} as the tests, on a free port of
 * the loopback interface, with authentication (its password set before the first start, as an operator does); it
 * can be stopped and started again on the same data and port.
 * The child stops when its standard input closes, so it never outlives the test JVM.
 */
final class ExternalNeo4jProcess implements AutoCloseable {

	static final String USER = EmbeddedNeo4jPassword.USER;

	static final String PASSWORD = "outage-test-secret";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Path home;

	private final int port;

	private @Nullable Process process;

	ExternalNeo4jProcess(Path home) {
		this.home = home;
		this.port = freePort();
	}

	String uri() {
		return "bolt://127.0.0.1:" + port;
	}

	/** Starts the server and returns once it answers queries. */
	void start() throws IOException, InterruptedException {
		if (process != null && process.isAlive()) {
			throw new IllegalStateException("already running");
		}
		Files.createDirectories(home);
		Path arguments = home.resolve("java.args");
		// through an argument file: the test classpath may be longer than a command line allows
		Files.writeString(arguments, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n",
				StandardCharsets.UTF_8);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		process = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-Djava.io.tmpdir=" + home, "@" + arguments, ExternalNeo4jProcess.class.getName(),
				home.resolve("server").toString(), Integer.toString(port), PASSWORD))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile()))
			.start();
		awaitAnswer();
	}

	/** Stops the server as an operator would ({@code SIGTERM}), and waits until it is gone. */
	void stop() throws InterruptedException {
		Process running = process;
		if (running == null) {
			return;
		}
		running.destroy();
		if (!running.waitFor(30, TimeUnit.SECONDS)) {
			running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		process = null;
	}

	@Override
	public void close() {
		try {
			stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitAnswer() throws InterruptedException, IOException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		Config config = Config.builder()
			.withConnectionTimeout(2, TimeUnit.SECONDS)
			.withMaxTransactionRetryTime(0, TimeUnit.SECONDS)
			.build();
		try (Driver driver = GraphDatabase.driver(uri(), AuthTokens.basic(USER, PASSWORD), config)) {
			while (true) {
				try (var session = driver.session()) {
					session.run("RETURN 1").consume();
					return;
				}
				catch (RuntimeException ex) {
					Process running = process;
					if (running == null || !running.isAlive() || System.nanoTime() > deadline) {
						close();
						throw new IllegalStateException("Neo4j did not start on " + uri() + ": " + ex.getMessage()
								+ "\n" + Files.readString(home.resolve("server.log")), ex);
					}
					Thread.sleep(200);
				}
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The child: {@code HOME PORT PASSWORD}. */
	public static void main(String[] args) throws IOException {
		Path home = Path.of(args[0]);
		if (!Files.exists(home.resolve("data"))) {
			// as neo4j-admin dbms set-initial-password: in force from the first start, before the Bolt port opens
			int exit = new CommandLine(new SetInitialPasswordCommand(new ExecutionContext(home, home.resolve("conf"))))
				.execute(args[2]);
			if (exit != 0) {
				throw new IllegalStateException("set-initial-password failed: " + exit);
			}
		}
		// no Spring Boot here to configure Logback, whose default would print every library's debug lines
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", Integer.parseInt(args[1])))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
			.build();
		Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
		System.out.println("Neo4j ready on port " + args[1]);
		while (System.in.read() >= 0) {
			// the parent holds the other end of stdin: it closes when the parent dies
		}
		System.exit(0);
	}
}
