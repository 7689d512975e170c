package org.alliancegraph.neo4j;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * Whether the database can serve the API: initialised (its schema files and initial data applied, see
 * {@link DatabaseInitializer}) and answering.
 *
 * <p>At start-up the initialisation runs once in the calling thread, before the HTTP port opens, as it always did:
 * the embedded server, started just before, is always there. When the database does not answer (an external
 * server that is down, a network cut), the start goes on without it: the service answers HTTP, the API says 503
 * and the readiness probe DOWN, and a background thread tries the database again, waiting
 * {@link DatabaseRetryProperties#initialDelay()} and doubling up to {@link DatabaseRetryProperties#maxDelay()}; the
 * first time it answers, the initialisation runs there, then the service is ready. A failure that is not an outage
 * (an applied schema file that changed, a referential folder with errors) stops the start when it happens in the
 * calling thread; in the background it leaves the service {@link State#FAILED}, not ready, with the error in the
 * log, and is not tried again.
 *
 * <p>Later, a request that fails on an outage calls {@link #suspect()}: the background thread checks the connection
 * at once and, while it fails, keeps the service {@link State#UNREACHABLE} (the API answers 503 at once rather
 * than trying the database) until it answers again. The log says each change of state once, not each attempt.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

	/** Where the service stands with its database. */
	public enum State {

		/** Not initialised yet: the database has not answered since the start, or its initialisation is running. */
		STARTING,

		/** Initialised, and answering when last tried. */
		READY,

		/** Initialised, but it stopped answering; tried again in the background until it does. */
		UNREACHABLE,

		/** Its initialisation failed for another reason than an outage; see the log. */
		FAILED
	}

	private final Driver driver;

	private final DatabaseRetryProperties retry;

	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "database-availability");
		thread.setDaemon(true);
		return thread;
	});

	/** Whether a chain of background attempts is under way; at most one is. */
	private final AtomicBoolean watching = new AtomicBoolean();

	private volatile State state = State.STARTING;

	private Runnable initialisation = () -> {
	};

	/** The wait before the next background attempt; touched only by the background thread and before it starts. */
	private Duration delay = Duration.ZERO;

	DatabaseAvailability(Driver driver, DatabaseRetryProperties retry) {
		this.driver = driver;
		this.retry = retry;
	}

	/** Where the service stands now. */
	public State state() {
		return state;
	}

	/**
	 * True when {@code failure}, or one of its causes, says the database could not be reached or could not serve
	 * the request for now (a transient error): trying again later may succeed.
	 */
	public static boolean isOutage(@Nullable Throwable failure) {
		return outageIn(failure) != null;
	}

	private static @Nullable Throwable outageIn(@Nullable Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof TransientException || t instanceof DataAccessResourceFailureException
					|| t instanceof TransientDataAccessResourceException) {
				return t;
			}
		}
		return null;
	}

	/**
	 * Runs {@code initialisation} now if the database answers; otherwise leaves it to the background thread, to run
	 * once the database answers. Called once, at start-up.
	 */
	void initialise(Runnable initialisation) {
		this.initialisation = initialisation;
		try {
			driver.verifyConnectivity();
			initialisation.run();
			state = State.READY;
		}
		catch (RuntimeException ex) {
			if (!isOutage(ex)) {
				throw ex;
			}
			log.warn("Base de données injoignable au démarrage ({}) : le service démarre sans elle, répond 503 et"
					+ " réessaie en arrière-plan / database unreachable at start-up: starting without it, answering"
					+ " 503, retrying in the background", reason(ex));
			watch(retry.initialDelay());
		}
	}

	/**
	 * A request failed on an outage: checks the connection in the background at once, and marks the service
	 * {@link State#UNREACHABLE} if it fails. Does nothing while the database is already being tried.
	 */
	public void suspect() {
		if (state == State.READY) {
			watch(Duration.ZERO);
		}
	}

	private void watch(Duration first) {
		if (watching.compareAndSet(false, true)) {
			delay = first;
			schedule();
		}
	}

	private void schedule() {
		try {
			executor.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// the application is closing
			watching.set(false);
		}
	}

	private void attempt() {
		try {
			driver.verifyConnectivity();
			if (state == State.STARTING) {
				log.info("Base de données joignable : initialisation / database reachable: initialising");
				initialisation.run();
				log.info("Base de données initialisée : le service accepte les requêtes / database initialised:"
						+ " the service accepts requests");
			}
			else if (state == State.UNREACHABLE) {
				log.info("Base de données de nouveau joignable : le service accepte les requêtes / database"
						+ " reachable again: the service accepts requests");
			}
			state = State.READY;
			watching.set(false);
		}
		catch (RuntimeException ex) {
			if (!isOutage(ex)) {
				log.error("Initialisation de la base de données impossible : le service reste non prêt, corrigez puis"
						+ " redémarrez-le / database initialisation failed: the service stays not ready", ex);
				state = State.FAILED;
				watching.set(false);
				return;
			}
			if (state == State.READY) {
				state = State.UNREACHABLE;
				log.warn("Base de données injoignable ({}) : l'API répond 503 jusqu'à son retour / database"
						+ " unreachable: the API answers 503 until it is back", reason(ex));
			}
			else {
				log.debug("Base de données toujours injoignable / database still unreachable: {}", reason(ex));
			}
			delay = delay.isZero() ? retry.initialDelay() : min(delay.multipliedBy(2), retry.maxDelay());
			schedule();
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	/** The first line of the outage's own message, enough to say why without a stack trace. */
	private static String reason(Throwable failure) {
		Throwable outage = outageIn(failure);
		Throwable told = outage != null ? outage : failure;
		String message = told.getMessage() != null ? told.getMessage() : told.getClass().getSimpleName();
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
