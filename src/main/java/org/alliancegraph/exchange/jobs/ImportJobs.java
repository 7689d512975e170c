package org.alliancegraph.exchange.jobs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.alliancegraph.exchange.csv.CsvInputException;
import org.alliancegraph.exchange.importing.ImportProperties;
import org.alliancegraph.exchange.importing.ImportResult;
import org.alliancegraph.history.ChangeOrigin;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.neo4j.InitialData;
import org.alliancegraph.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The registry of background imports, run one at a time on a bounded executor. A job may be read for an hour after
 * it ends, also after a restart: each change of state is saved in {@code alliance.import.work-dir}. At start-up,
 * a job a stop cut short is recorded as failed; what it had written is undone from its journal (see
 * {@link org.alliancegraph.exchange.importing.ImportJournals}, which runs just before).
 */
@Component
@Order(11)
public class ImportJobs implements InitialData {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final long KEEP_MILLIS = 3_600_000;

	/** The work of a job, told its progress. */
	@FunctionalInterface
	public interface Work {

		ImportResult run(ImportJob job) throws Exception;
	}

	/** A job's id ({@link ChangeOrigin#newImportId()}; those of earlier versions were UUIDs). */
	private static final Pattern ID = Pattern.compile("[0-9a-z]{12}|[0-9a-f-]{36}");

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final Path folder;

	private final JsonMapper json;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(8), r -> {
				Thread thread = new Thread(r, "import-job");
				thread.setDaemon(true);
				return thread;
			});

	/**
	 * Queues a job; 503 when too many wait already.
	 *
	 * @param cleanup run when the job ends, whatever its outcome (temporary files…)
	 */
	ImportJobs(ImportProperties properties, JsonMapper json) {
		this.folder = properties.workDir().resolve("jobs");
		this.json = json;
	}

	public ImportJob submit(ImportJob job, Work work, Runnable cleanup) {
		forgetOld();
		jobs.put(job.id(), job);
		save(job.view());
		// the job thread records its changes under the submitter's name and the job's id
		ChangeOrigin origin = new ChangeOrigin(ChangeSource.IMPORT, ChangeOrigin.authenticatedUser(), job.id());
		try {
			executor.execute(() -> {
				job.running();
				save(job.view());
				try (ChangeOrigin.Declared declared = origin.declare()) {
					job.succeeded(work.run(job));
				}
				catch (CsvInputException ex) {
					job.failed(ex.errors());
				}
				catch (InvalidInputException ex) {
					job.failed(ex.errors());
				}
				catch (Exception ex) {
					log.error("Import {} en échec / import job failed", job.id(), ex);
					job.failed(List.of(Map.of("message", "erreur inattendue : " + ex.getClass().getSimpleName()
							+ (ex.getMessage() == null ? "" : " — " + ex.getMessage()) + " ; rien n'a été écrit")));
				}
				finally {
					save(job.view());
					cleanup.run();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			jobs.remove(job.id());
			forget(job.id());
			cleanup.run();
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"Trop d'imports en attente ; réessayez plus tard.");
		}
		return job;
	}

	/** The job's view: live while it runs here, else as last saved (also by a previous run of the service). */
	public Optional<ImportJob.View> find(String id) {
		ImportJob job = jobs.get(id);
		if (job != null) {
			return Optional.of(job.view());
		}
		Path file = file(id);
		if (!ID.matcher(id).matches() || !Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(json.readValue(file.toFile(), ImportJob.View.class));
		}
		catch (RuntimeException ex) {
			log.warn("État de l'import {} illisible / import job state unreadable: {}", id, ex.getMessage());
			return Optional.empty();
		}
	}

	/** At start-up: the jobs a stop cut short failed, and what they wrote has been undone. */
	@Override
	public void load() {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(f -> f.toString().endsWith(".json")).forEach(file -> {
				String id = file.getFileName().toString().replace(".json", "");
				find(id).filter(v -> v.state() == ImportJob.State.QUEUED || v.state() == ImportJob.State.RUNNING)
					.ifPresent(v -> save(v.interrupted()));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void forgetOld() {
		long now = System.currentTimeMillis();
		jobs.values().removeIf(j -> {
			var finished = j.view().finishedAt();
			return finished != null && now - finished.toEpochMilli() > KEEP_MILLIS;
		});
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(f -> now - f.toFile().lastModified() > KEEP_MILLIS).forEach(f -> f.toFile().delete());
			}
			catch (IOException ex) {
				log.warn("Dossier des imports illisible / import jobs folder unreadable: {}", ex.getMessage());
			}
		}
	}

	private void save(ImportJob.View view) {
		try {
			Files.createDirectories(folder);
			Path temporary = folder.resolve(view.id() + ".tmp");
			json.writeValue(temporary.toFile(), view);
			Files.move(temporary, file(view.id()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("État de l'import {} non enregistré / import job state not saved: {}", view.id(), ex.getMessage());
		}
	}

	private void forget(String id) {
		file(id).toFile().delete();
	}

	private Path file(String id) {
		return folder.resolve(id + ".json");
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
