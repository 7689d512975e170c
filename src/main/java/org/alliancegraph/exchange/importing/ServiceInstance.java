package org.alliancegraph.exchange.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.alliancegraph.history.ChangeOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * This service among the instances that share one database, as the imports see it: an identity kept in its work
 * folder (so that, started again on the same folder, it knows the imports it ran before a crash), and a heartbeat in
 * the database, {@code (:ServiceInstance {id, heartbeat})}, renewed every {@link ImportProperties#heartbeat()}. An
 * instance whose heartbeat is older than {@link ImportProperties#instanceLease()} is taken for stopped: the others
 * then finish what it left (its jobs fail, its journals are undone). The folder is locked while the instance runs, so
 * that two running instances never take the same identity.
 */
@Component
public class ServiceInstance {

	private static final Logger log = LoggerFactory.getLogger(ServiceInstance.class);

	private static final String BEAT = """
			MERGE (i:ServiceInstance {id: $id})
			SET i.heartbeat = timestamp()""";

	/**
	 * Whether the owner of something shared is this instance or a stopped one (silent past the lease, or never
	 * seen); {@code $owners} are the owners asked about.
	 */
	private static final String STOPPED = """
			UNWIND $owners AS owner
			OPTIONAL MATCH (i:ServiceInstance {id: owner})
			WITH owner, i
			WHERE i IS NULL OR i.heartbeat < timestamp() - $lease
			RETURN owner""";

	private final String id;

	private final Neo4jClient neo4j;

	private final long leaseMillis;

	private final FileLock folderLock;

	private final long period;

	private final List<Runnable> everyBeat = new CopyOnWriteArrayList<>();

	private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "service-instance-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	ServiceInstance(ImportProperties properties, Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.leaseMillis = properties.instanceLease().toMillis();
		Path folder = properties.workDir();
		try {
			Files.createDirectories(folder);
			this.folderLock = lock(folder);
			Path file = folder.resolve("instance-id");
			if (!Files.exists(file)) {
				Files.writeString(file, ChangeOrigin.newImportId(), StandardCharsets.UTF_8);
			}
			this.id = Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.period = properties.heartbeat().toMillis();
	}

	/**
	 * Beats from the moment the service is up: the schema of {@code cypher/} is in place by then (queries on a
	 * database without it only earn warnings), and nothing of this instance is to be taken over before.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void startBeating() {
		beats.scheduleWithFixedDelay(this::beat, 0, period, TimeUnit.MILLISECONDS);
	}

	/** This instance's identity, the same across its restarts on the same work folder. */
	public String id() {
		return id;
	}

	/** Runs {@code task} on the heartbeat's thread after each heartbeat (progress to publish, abandoned work). */
	public void everyBeat(Runnable task) {
		everyBeat.add(task);
	}

	/** Those of {@code owners} that are not running: silent past the lease, or never seen. */
	public List<String> stopped(List<String> owners) {
		if (owners.isEmpty()) {
			return List.of();
		}
		return List.copyOf(neo4j.query(STOPPED)
			.bindAll(Map.of("owners", owners, "lease", leaseMillis))
			.fetchAs(String.class)
			.all());
	}

	private void beat() {
		try {
			neo4j.query(BEAT).bind(id).to("id").run();
		}
		catch (RuntimeException ex) {
			// the database is away: the availability check says so; the next beat tries again
			log.debug("Battement de cœur non écrit / heartbeat not written: {}", ex.getMessage());
			return;
		}
		for (Runnable task : everyBeat) {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("Tâche périodique des imports en échec / periodic import task failed: {}", ex.toString());
			}
		}
	}

	private static FileLock lock(Path folder) throws IOException {
		FileChannel channel = FileChannel.open(folder.resolve("instance.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("Le dossier de travail " + folder.toAbsolutePath() + " est déjà celui"
					+ " d'une autre instance en cours : donnez à chaque instance le sien (ALLIANCE_IMPORT_WORK_DIR) /"
					+ " this work folder belongs to another running instance");
		}
		return lock;
	}

	@PreDestroy
	void stop() throws IOException {
		beats.shutdownNow();
		folderLock.channel().close();
	}
}
