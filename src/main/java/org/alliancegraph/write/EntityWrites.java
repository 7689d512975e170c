package org.alliancegraph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.history.ChangeOperation;
import org.alliancegraph.history.ChangeOrigin;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.web.ConflictException;
import org.alliancegraph.web.EntityTags;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.InvalidInputException;
import org.alliancegraph.web.NotFoundException;
import org.alliancegraph.write.EntityKind.Stored;
import org.alliancegraph.write.EntityKind.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What writing an entity means, whatever its kind: API creations, replacements and deletions, and the batched
 * upserts of imports and their undo, each in a write transaction of {@link GraphWrites}. An upsert is by natural
 * key; it skips entities already as requested (importing the same content twice changes nothing), refuses the
 * whole call when a request's version is not the stored one, gives each written entity its next version, and moves
 * the data version once when anything changed. Every change appends its record to the {@link ChangeLog} in the same
 * transaction.
 *
 * @param <R> the kind's request
 */
public final class EntityWrites<R extends EntityRequest<R>> {

	/** Entities per read of the stored content: a large import keeps each statement bounded. */
	private static final int BATCH = 2_000;

	private final EntityKind<R> kind;

	private final GraphWrites writes;

	private final DataVersion dataVersion;

	private final ChangeLog changes;

	EntityWrites(EntityKind<R> kind, GraphWrites writes, DataVersion dataVersion, ChangeLog changes) {
		this.kind = kind;
		this.writes = writes;
		this.dataVersion = dataVersion;
		this.changes = changes;
	}

	/**
	 * Creates an entity: 422 with every error, 409 when its key is taken; then {@code answer} reads it in the same
	 * transaction.
	 */
	public <T> T create(R request, Function<String, T> answer) {
		return writes.write(() -> {
			validateOne(request);
			String key = request.key();
			Assert.state(key != null, "a validated request has a key");
			Stored<R> stored = kind.stored().of(List.of(key)).get(key);
			if (stored != null) {
				String detail = kind.nameFr() + " « " + key + " » existe déjà ; utilisez PUT pour le modifier.";
				throw stored.version() == null ? new ConflictException(detail)
						: new ConflictException(detail, Map.of("currentVersion", stored.version()));
			}
			upsertAll(List.of(request.content()));
			return answer.apply(key);
		});
	}

	/**
	 * Replaces an existing entity (404 if there is none): the body's key, if any, must be the address's; 412 when
	 * {@code ifMatch} is given and is not the stored version, 409 when the body's version is not. Then {@code answer}
	 * reads it in the same transaction.
	 */
	public <T> T update(String key, R request, @Nullable Long ifMatch, Function<String, T> answer) {
		sameKey(key, request);
		return writes.write(() -> {
			existing(key, ifMatch);
			R withKey = request.withKey(key);
			validateOne(withKey);
			upsertAll(List.of(withKey));
			return answer.apply(key);
		});
	}

	/**
	 * Changes part of an existing entity: {@code change} turns its stored content into the new one (a merge patch),
	 * which is then written as {@link #update} writes a body, in the same transaction as the read of what it
	 * changes.
	 */
	public <T> T patch(String key, UnaryOperator<R> change, @Nullable Long ifMatch, Function<String, T> answer) {
		return writes.write(() -> {
			R patched = change.apply(existing(key, ifMatch).content());
			sameKey(key, patched);
			// a patch that removes the key ({"id": null}) keeps the address's, as a PUT without one does
			R withKey = patched.withKey(key);
			validateOne(withKey);
			upsertAll(List.of(withKey));
			return answer.apply(key);
		});
	}

	private void sameKey(String key, R request) {
		String inBody = request.key();
		if (inBody != null && !inBody.equals(key)) {
			throw InvalidInputException.of(kind.keyField(), inBody,
					"la clé du corps diffère de celle de l'adresse (" + key + ") ; une clé ne se modifie pas");
		}
	}

	/**
	 * Deletes an existing entity (404 if there is none; 412 when {@code ifMatch} is given and is not the stored
	 * version): {@code deletion} checks what references it and deletes it, in the same transaction.
	 */
	public <T> T delete(String key, @Nullable Long ifMatch, Supplier<T> deletion) {
		return writes.write(() -> deleteRecorded(key, existing(key, ifMatch), deletion));
	}

	/**
	 * Deletes what an import created, inside the undo's write; nothing when it is gone already. 409 when something
	 * else references it, unless {@code cascade}.
	 *
	 * @return whether it deleted it
	 */
	public boolean takeBack(String key, boolean cascade) {
		Stored<R> stored = kind.stored().of(List.of(key)).get(key);
		if (stored == null) {
			return false;
		}
		deleteRecorded(key, stored, () -> {
			kind.deletion().delete(key, cascade);
			return null;
		});
		return true;
	}

	private <T> T deleteRecorded(String key, Stored<R> stored, Supplier<T> deletion) {
		EntitySnapshot neighbours = writes.neighbours(kind.name(), key);
		T result = deletion.get();
		dataVersion.bump();
		changes.append(kind.name(), List.of(change(key, ChangeOperation.DELETED, nextVersion(stored),
				stored.content(), null)));
		neighbours.record(ChangeSource.CASCADE);
		return result;
	}

	/**
	 * Writes again the content the entity had at {@code version}, as its next version, recorded as
	 * {@link ChangeOperation#RESTORED}: a deleted entity comes back. 404 when no record holds that version, 409 when
	 * that content names something that no longer exists; nothing changes when it is the current content.
	 */
	public <T> T restore(String key, long version, Function<String, T> answer) {
		return writes.write(() -> ChangeOrigin.current().withSource(ChangeSource.RESTORE).during(() -> {
			R content = changes.contentAt(kind.name(), key, version, kind.requestType(),
					() -> Optional.ofNullable(kind.stored().of(List.of(key)).get(key)).map(Stored::content))
				.orElseThrow(() -> NotFoundException.version(kind.nameFr(), key, version));
			writeBack(key, content, "ne peut pas revenir à sa version " + version);
			return answer.apply(key);
		}));
	}

	/**
	 * Writes back recorded content (the JSON of a change record) as the entity's next version, inside the caller's
	 * write: see {@link #writeBack(String, EntityRequest, String)}.
	 *
	 * @return whether it changed the entity
	 */
	public boolean writeBack(String key, String recorded, String refusalFr) {
		return writeBack(key, changes.read(recorded, kind.requestType()), refusalFr);
	}

	/**
	 * Writes {@code content} as the entity's next version, recorded as {@link ChangeOperation#RESTORED} (a deleted
	 * entity continues from its last recorded version); 409 « … {@code refusalFr} : … » naming what the content
	 * refers to that no longer exists. Nothing changes when it is the stored content.
	 */
	private boolean writeBack(String key, R recorded, String refusalFr) {
		R content = recorded.content();
		InputErrors errors = new InputErrors();
		kind.validation().validate(List.of(content), PendingKeys.NONE, errors, i -> errors);
		if (!errors.isEmpty()) {
			throw new ConflictException(kind.nameFr() + " « " + key + " » " + refusalFr + " : " + String.join(" ; ",
					errors.list().stream().map(e -> e.path() + " « " + e.value() + " » : " + e.message()).toList())
					+ ".", Map.of("errors", errors.list()));
		}
		Stored<R> stored = kind.stored().of(List.of(key)).get(key);
		if (stored != null && content.equals(stored.content())) {
			return false;
		}
		long next = stored != null ? nextVersion(stored) : changes.lastVersion(kind.name(), key).orElse(-1L) + 1;
		Versioned<R> restored = new Versioned<>(content, next);
		kind.write().write(stored == null ? List.of(restored) : List.of(), stored == null ? List.of() : List.of(restored));
		dataVersion.bump();
		changes.append(kind.name(), List.of(change(key, ChangeOperation.RESTORED, next,
				stored == null ? null : stored.content(), content)));
		return true;
	}

	/** The stored entities among {@code keys}, read in bounded batches. */
	Map<String, Stored<R>> stored(List<String> keys) {
		Map<String, Stored<R>> stored = new HashMap<>();
		inBatches(keys, BATCH, batch -> stored.putAll(kind.stored().of(batch)));
		return stored;
	}

	/** Appends, under {@code source}, changes of entities of this kind that another write made. */
	void append(ChangeSource source, List<ChangeLog.Entry> made) {
		ChangeOrigin.current().withSource(source).during(() -> {
			changes.append(kind.name(), made);
			return null;
		});
	}

	private Stored<R> existing(String key, @Nullable Long ifMatch) {
		Stored<R> stored = kind.stored().of(List.of(key)).get(key);
		if (stored == null) {
			throw new NotFoundException(kind.nameFr(), key);
		}
		if (ifMatch != null && !ifMatch.equals(stored.version())) {
			throw EntityTags.preconditionFailed(kind.nameFr(), key, ifMatch, stored.version());
		}
		return stored;
	}

	/** As {@link #upsertAll(List, Consumer)} without telling what it replaced. */
	public List<WriteOutcome> upsertAll(List<R> requests) {
		return upsertAll(requests, stored -> {
		});
	}

	/**
	 * Writes validated requests (distinct keys; what they reference exists), skipping those whose stored content
	 * already equals theirs, and tells {@code replaced} the stored content of each entity it updates, before the
	 * write: what an import journals to undo itself.
	 *
	 * @return the outcome of each request, in order
	 * @throws ConflictException when a request carries a version that is not the stored one: nothing is written
	 */
	public List<WriteOutcome> upsertAll(List<R> requests, Consumer<R> replaced) {
		return writes.write(() -> {
			Set<String> keys = new HashSet<>();
			for (R r : requests) {
				Assert.state(r.key() != null, "a request to write has a key");
				Assert.isTrue(keys.add(r.key()), "requests to write have distinct keys");
			}
			List<WriteOutcome> outcomes = new ArrayList<>(requests.size());
			List<Versioned<R>> created = new ArrayList<>();
			List<Versioned<R>> updated = new ArrayList<>();
			List<ChangeLog.Entry> changed = new ArrayList<>();
			inBatches(requests, BATCH, batch -> compare(batch, outcomes, created, updated, changed, replaced));
			if (!created.isEmpty() || !updated.isEmpty()) {
				kind.write().write(created, updated);
				dataVersion.bump();
				changes.append(kind.name(), changed);
			}
			return outcomes;
		});
	}

	/** Runs {@code each} on consecutive slices of at most {@code size} elements: statements stay bounded. */
	public static <T> void inBatches(List<T> all, int size, Consumer<List<T>> each) {
		for (int from = 0; from < all.size(); from += size) {
			each.accept(all.subList(from, Math.min(all.size(), from + size)));
		}
	}

	private void compare(List<R> batch, List<WriteOutcome> outcomes, List<Versioned<R>> created,
			List<Versioned<R>> updated, List<ChangeLog.Entry> changed, Consumer<R> replaced) {
		Map<String, Stored<R>> stored = kind.stored().of(batch.stream().map(EntityRequest::key).toList());
		for (R r : batch) {
			Stored<R> s = stored.get(r.key());
			Long current = s == null ? null : s.version();
			if (r.version() != null && !r.version().equals(current)) {
				throw ConflictException.staleVersion(kind.nameFr(), r.key(), r.version(), current);
			}
		}
		for (R r : batch) {
			Stored<R> s = stored.get(r.key());
			R content = r.content();
			if (s == null) {
				outcomes.add(WriteOutcome.CREATED);
				created.add(new Versioned<>(content, 0L));
				changed.add(change(r.key(), ChangeOperation.CREATED, 0L, null, content));
			}
			else if (content.equals(s.content())) {
				outcomes.add(WriteOutcome.UNCHANGED);
			}
			else {
				outcomes.add(WriteOutcome.UPDATED);
				replaced.accept(s.content());
				long next = nextVersion(s);
				updated.add(new Versioned<>(content, next));
				changed.add(change(r.key(), ChangeOperation.UPDATED, next, s.content(), content));
			}
		}
	}

	/** A node written around the service may have no version yet: its first change makes it 0. */
	static long nextVersion(Stored<?> stored) {
		return stored.version() == null ? 0L : stored.version() + 1;
	}

	static <R extends EntityRequest<R>> ChangeLog.Entry change(String key, ChangeOperation operation,
			long version, @Nullable R before, @Nullable R after) {
		R placed = after != null ? after : before;
		Assert.state(placed != null, "a change has a content before or after");
		return new ChangeLog.Entry(key, operation, version, before, after, placed.namedTerritories(),
				placed.namedActors());
	}

	private void validateOne(R request) {
		InputErrors errors = new InputErrors();
		kind.validation().validate(List.of(request), PendingKeys.NONE, errors, i -> errors);
		errors.throwIfAny();
	}
}
