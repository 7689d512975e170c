package org.alliancegraph.write;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.neo4j.DataVersion;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * The door of every write transaction: API writes, imports, their undo, the referential, cascades.
 * <p>
 * Each write transaction first takes the exclusive lock of the data-version node, so write transactions run one
 * after the other, on one instance or several sharing the database, while reads (which take no locks in Neo4j)
 * never wait. Everything a write checks before it writes — that a key is free, that the version it was given is
 * still the stored one, that the actors a partnership names still exist — is then read after the previous write
 * committed: no lost update, no duplicate creation, no partnership left with one member. A lock per entity would
 * let writes of unrelated entities overlap, but it must also cover keys that do not exist yet and every entity
 * a write reads to validate; the writes of territorial cooperation are small and human-paced, and a large import
 * runs chunk by chunk, so single writes slip in between chunks.
 * <p>
 * A transient failure (a deadlock with a write made around the service, a lost connection before commit) is
 * retried a bounded number of times with the whole transaction.
 */
@Component
public class GraphWrites {

	/**
	 * Writing the counter's own value takes the node's exclusive lock without changing the data version: a write
	 * that ends up changing nothing does not drop the caches.
	 */
	private static final String LOCK = """
			MERGE (v:DataVersion {name: 'graph'})
			ON CREATE SET v.value = 0
			SET v.value = v.value""";

	private static final int RETRIES = 4;

	/** How each kind's node is found by its key: fixed text, so that the kind is never spliced into Cypher. */
	private static final Map<String, String> NODE = Map.of("territory", "MATCH (n:Territory {code: $key})", "actor",
			"MATCH (n:Actor {id: $key})", "project", "MATCH (n:Project {id: $key})", "partnership",
			"MATCH (n:Partnership {id: $key})");

	/** The entities linked to a node, by kind: what deleting it may change besides itself. */
	private static final String NEIGHBOURS = """
			RETURN COLLECT { MATCH (n)--(m:Territory) RETURN DISTINCT m.code } AS territory,
			       COLLECT { MATCH (n)--(m:Actor) RETURN DISTINCT m.id } AS actor,
			       COLLECT { MATCH (n)--(m:Project) RETURN DISTINCT m.id } AS project,
			       COLLECT { MATCH (n)--(m:Partnership) RETURN DISTINCT m.id } AS partnership""";

	private final Neo4jClient neo4j;

	private final TransactionTemplate transaction;

	private final RetryTemplate retry;

	private final DataVersion dataVersion;

	private final ChangeLog changes;

	GraphWrites(Neo4jClient neo4j, PlatformTransactionManager transactionManager, DataVersion dataVersion,
			ChangeLog changes) {
		this.neo4j = neo4j;
		this.dataVersion = dataVersion;
		this.changes = changes;
		this.transaction = new TransactionTemplate(transactionManager);
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(RETRIES)
			.delay(Duration.ofMillis(20))
			.multiplier(2)
			.jitter(Duration.ofMillis(10))
			.predicate(GraphWrites::isTransient)
			.build());
	}

	private final Map<String, EntityWrites<?>> kinds = new ConcurrentHashMap<>();

	/** The writes of entities of {@code kind}, through this door. */
	public <R extends EntityRequest<R>> EntityWrites<R> of(EntityKind<R> kind) {
		EntityWrites<R> entityWrites = new EntityWrites<>(kind, this, dataVersion, changes);
		kinds.put(kind.name(), entityWrites);
		return entityWrites;
	}

	/** The writes of the kind change records call {@code name} ({@code actor}…). */
	public EntityWrites<?> kind(String name) {
		EntityWrites<?> entityWrites = kinds.get(name);
		Assert.state(entityWrites != null, () -> "no kind " + name);
		return entityWrites;
	}

	/** The entities {@code keys} of {@code kind} as stored now, to record what a write then changes of them. */
	public EntitySnapshot snapshot(String kind, List<String> keys) {
		return new EntitySnapshot(List.of(EntitySnapshot.Part.of(kinds.get(kind), keys)));
	}

	/**
	 * The entities linked to the entity {@code key} of {@code kind}, as they are stored now: after its deletion,
	 * {@link EntitySnapshot#record} tells which of them it changed or deleted.
	 */
	EntitySnapshot neighbours(String kind, String key) {
		Map<String, Object> linked = neo4j.query(NODE.get(kind) + "\n" + NEIGHBOURS)
			.bind(key)
			.to("key")
			.fetch()
			.one()
			.orElse(Map.of());
		List<EntitySnapshot.Part<?>> parts = new ArrayList<>();
		linked.forEach((name, keys) -> {
			@SuppressWarnings("unchecked")
			List<String> linkedKeys = (List<String>) keys;
			if (!linkedKeys.isEmpty()) {
				parts.add(EntitySnapshot.Part.of(kinds.get(name), linkedKeys));
			}
		});
		return new EntitySnapshot(parts);
	}

	/**
	 * Runs {@code work} in a write transaction holding the write lock, and returns what it returns. Called inside a
	 * write transaction already open (an import writing its sections), it joins it: the outermost call owns the
	 * transaction and its retries.
	 */
	public <T> T write(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			lock();
			return work.get();
		}
		return retry.invoke(() -> transaction.execute(status -> {
			lock();
			return work.get();
		}));
	}

	/**
	 * Runs {@code work} as {@link #write(Supplier)} does, then rolls everything back: a dry run, which checks and
	 * counts exactly what the write would do.
	 */
	public <T> T rehearse(Supplier<T> work) {
		Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(), "a rehearsal is a transaction of its own");
		return retry.invoke(() -> transaction.execute(status -> {
			status.setRollbackOnly();
			lock();
			return work.get();
		}));
	}

	/** As {@link #write(Supplier)} for work that returns nothing. */
	public void write(Runnable work) {
		write(() -> {
			work.run();
			return null;
		});
	}

	private void lock() {
		neo4j.query(LOCK).run();
	}

	private static boolean isTransient(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof TransientException || t instanceof TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}
}
