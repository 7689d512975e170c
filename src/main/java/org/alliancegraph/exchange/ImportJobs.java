package org.alliancegraph.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.alliancegraph.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The registry of background imports, run one at a time on a bounded executor. A job may be read for an hour after
 * it ends. The registry is in memory: a restart forgets the jobs, and what a job cut short had written is undone
 * at start-up from its journal (see {@link ImportJournals}).
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final long KEEP_MILLIS = 3_600_000;

	/** The work of a job, told its progress. */
	@FunctionalInterface
	interface Work {

		ImportResult run(ImportJob job) throws Exception;
	}

	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

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
	ImportJob submit(ImportJob job, Work work, Runnable cleanup) {
		forgetOld();
		jobs.put(job.id(), job);
		try {
			executor.execute(() -> {
				job.running();
				try {
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
					cleanup.run();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			jobs.remove(job.id());
			cleanup.run();
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"Trop d'imports en attente ; réessayez plus tard.");
		}
		return job;
	}

	Optional<ImportJob> find(String id) {
		return Optional.ofNullable(jobs.get(id));
	}

	private void forgetOld() {
		long now = System.currentTimeMillis();
		jobs.values().removeIf(j -> {
			var finished = j.view().finishedAt();
			return finished != null && now - finished.toEpochMilli() > KEEP_MILLIS;
		});
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
