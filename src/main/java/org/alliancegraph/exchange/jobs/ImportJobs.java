package org.alliancegraph.exchange.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;

import org.alliancegraph.exchange.csv.CsvInputException;
import org.alliancegraph.exchange.importing.ImportProperties;
import org.alliancegraph.exchange.importing.ImportResult;
import org.alliancegraph.exchange.importing.ServiceInstance;
import org.alliancegraph.history.ChangeOrigin;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.neo4j.InitialData;
import org.alliancegraph.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The registry of background imports. A job runs on the instance it was submitted to, on a bounded executor, and
 * only once it holds the database's import lock, so that the instances sharing one database run one import at a time;
 * its state is in the database, {@code (:ImportJob {id, owner, state, view})}, saved at each change of state and
 * its progress at each heartbeat ({@link ServiceInstance}), so that every instance reads it, for an hour after it
 * ends, also after a restart. A job a stop cut short is recorded as failed — at start-up for this instance's own,
 * on a heartbeat of another instance when this one is gone for good — and what it wrote is undone from its journal
 * (see {@link org.alliancegraph.exchange.importing.ImportJournals}, which runs just before).
 */
@Component
@Order(11)
public class ImportJobs implements InitialData {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final long KEEP_MILLIS = 3_600_000;

	private static final long LOCK_POLL_MILLIS = 500;

	private static final String SAVE = """
			MERGE (j:ImportJob {id: $id})
			SET j.owner = $owner, j.state = $state, j.view = $view, j.finishedAt = $finishedAt""";

	private static final String FIND = """
			MATCH (j:ImportJob {id: $id}) RETURN j.view""";

	private static final String UNFINISHED = """
			MATCH (j:ImportJob)
			WHERE j.finishedAt IS NULL
			RETURN j.id AS id, j.owner AS owner, j.view AS view""";

	private static final String FORGET_OLD = """
			MATCH (j:ImportJob)
			WHERE j.finishedAt < $before
			DELETE j""";

	/**
	 * Takes the import lock for {@code $job} when it is free or its holder's instance stopped; the property set first
	 * takes the node's lock, so that of two instances asking at once the second sees the first's answer.
	 */
	private static final String LOCK = """
			MERGE (l:ImportLock {name: 'imports'})
			SET l.askedAt = timestamp()
			WITH l
			OPTIONAL MATCH (i:ServiceInstance {id: l.owner})
			WITH l, i
			WHERE l.job IS NULL OR l.job = $job OR i IS NULL OR i.heartbeat < timestamp() - $lease
			SET l.job = $job, l.owner = $owner
			RETURN l.job""";

	private static final String UNLOCK = """
			MATCH (l:ImportLock {name: 'imports'})
			WHERE l.job = $job
			REMOVE l.job, l.owner""";

	/** At start-up: the lock this instance held before a stop is free again (none of its jobs runs yet). */
	private static final String UNLOCK_MINE = """
			MATCH (l:ImportLock {name: 'imports'})
			WHERE l.owner = $owner AND NOT l.job IN $running
			REMOVE l.job, l.owner""";

	/** The work of a job, told its progress. */
	@FunctionalInterface
	public interface Work {

		ImportResult run(ImportJob job) throws Exception;
	}

	/** A job's id ({@link ChangeOrigin#newImportId()}; those of earlier versions were UUIDs). */
	private static final Pattern ID = Pattern.compile("[0-9a-z]{12}|[0-9a-f-]{36}");

	/** The jobs submitted to this instance and not finished. */
	private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

	private final Neo4jClient neo4j;

	private final ServiceInstance instance;

	private final long leaseMillis;

	private final JsonMapper json;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(8), r -> {
				Thread thread = new Thread(r, "import-job");
				thread.setDaemon(true);
				return thread;
			});

	ImportJobs(ImportProperties properties, Neo4jClient neo4j, ServiceInstance instance, JsonMapper json) {
		this.neo4j = neo4j;
		this.instance = instance;
		this.leaseMillis = properties.instanceLease().toMillis();
		this.json = json;
		instance.everyBeat(this::beat);
	}

	/**
	 * Queues a job; 503 when too many wait already.
	 *
	 * @param cleanup run when the job ends, whatever its outcome (temporary files…)
	 */
	public ImportJob submit(ImportJob job, Work work, Runnable cleanup) {
		neo4j.query(FORGET_OLD).bind(Instant.now().minusMillis(KEEP_MILLIS).toEpochMilli()).to("before").run();
		jobs.put(job.id(), job);
		save(job.view());
		// the job thread records its changes under the submitter's name and the job's id
		ChangeOrigin origin = new ChangeOrigin(ChangeSource.IMPORT, ChangeOrigin.authenticatedUser(), job.id());
		try {
			executor.execute(() -> {
				try (ChangeOrigin.Declared declared = origin.declare()) {
					waitForTheLock(job);
					job.running();
					save(job.view());
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
					jobs.remove(job.id());
					neo4j.query(UNLOCK).bind(job.id()).to("job").run();
					cleanup.run();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			jobs.remove(job.id());
			job.failed(List.of(Map.of("message", "trop d'imports en attente")));
			save(job.view());
			cleanup.run();
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"Trop d'imports en attente ; réessayez plus tard.");
		}
		return job;
	}

	/** The job's view: live while it runs here, else as last saved, by this instance or another. */
	public Optional<ImportJob.View> find(String id) {
		ImportJob job = jobs.get(id);
		if (job != null) {
			return Optional.of(job.view());
		}
		if (!ID.matcher(id).matches()) {
			return Optional.empty();
		}
		return neo4j.query(FIND).bind(id).to("id").fetchAs(String.class).one().flatMap(this::view);
	}

	/**
	 * At start-up (and when the database answers again): the jobs a stop cut short failed — this instance's own
	 * that it does not run now, and those of stopped instances — and what they wrote has been undone.
	 */
	@Override
	public void load() {
		neo4j.query(UNLOCK_MINE).bindAll(Map.of("owner", instance.id(), "running", List.copyOf(jobs.keySet()))).run();
		failCutShort(true);
	}

	/** At each heartbeat: the progress of this instance's jobs, for the others to read; the jobs of stopped ones. */
	private void beat() {
		jobs.values().forEach(job -> save(job.view()));
		failCutShort(false);
	}

	private void failCutShort(boolean mine) {
		List<Map<String, Object>> unfinished = List.copyOf(neo4j.query(UNFINISHED).fetch().all());
		List<String> owners = unfinished.stream().map(row -> (String) row.get("owner")).distinct().toList();
		List<String> stopped = instance.stopped(owners);
		for (Map<String, Object> row : unfinished) {
			String owner = (String) row.get("owner");
			boolean cutShort = owner.equals(instance.id()) ? mine && !jobs.containsKey((String) row.get("id"))
					: stopped.contains(owner);
			if (cutShort) {
				view((String) row.get("view")).ifPresent(v -> save(v.interrupted(), owner));
			}
		}
	}

	/** Waits, queued, until this job holds the import lock: an import may be running on another instance. */
	private void waitForTheLock(ImportJob job) throws InterruptedException {
		while (neo4j.query(LOCK)
			.bindAll(Map.of("job", job.id(), "owner", instance.id(), "lease", leaseMillis))
			.fetch()
			.one()
			.isEmpty()) {
			Thread.sleep(LOCK_POLL_MILLIS);
		}
	}

	private Optional<ImportJob.View> view(String saved) {
		try {
			return Optional.of(json.readValue(saved, ImportJob.View.class));
		}
		catch (RuntimeException ex) {
			log.warn("État d'un import illisible / import job state unreadable: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	private void save(ImportJob.View view) {
		save(view, instance.id());
	}

	private void save(ImportJob.View view, String owner) {
		try {
			Map<String, Object> saved = new HashMap<>(Map.of("id", view.id(), "owner", owner, "state",
					view.state().name(), "view", json.writeValueAsString(view)));
			saved.put("finishedAt", view.finishedAt() == null ? null : view.finishedAt().toEpochMilli());
			neo4j.query(SAVE).bindAll(saved).run();
		}
		catch (RuntimeException ex) {
			log.warn("État de l'import {} non enregistré / import job state not saved: {}", view.id(), ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
