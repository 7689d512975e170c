package org.alliancegraph.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.history.ChangeOperation;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.write.EntityKind.Stored;

/**
 * Some entities as stored before a write that does not go through {@link EntityWrites}' own upserts — a deletion's
 * cascade (a partnership left with one member, a project that lost a contributor), the referential import — so that
 * what it changed can be recorded afterwards, entity by entity, against what is stored then.
 */
public final class EntitySnapshot {

	private final List<Part<?>> parts;

	EntitySnapshot(List<Part<?>> parts) {
		this.parts = parts;
	}

	/** Appends, under {@code source}, the changes of the snapshot's entities since it was taken. */
	public void record(ChangeSource source) {
		parts.forEach(part -> part.record(source));
	}

	/** Entities of one kind: their keys and those of them that were stored. */
	record Part<R extends EntityRequest<R>>(EntityWrites<R> writes, List<String> keys, Map<String, Stored<R>> before) {

		static <R extends EntityRequest<R>> Part<R> of(EntityWrites<R> writes, List<String> keys) {
			return new Part<>(writes, keys, writes.stored(keys));
		}

		void record(ChangeSource source) {
			Map<String, Stored<R>> after = writes.stored(keys);
			List<ChangeLog.Entry> changes = new ArrayList<>();
			for (String key : keys) {
				Stored<R> was = before.get(key);
				Stored<R> now = after.get(key);
				if (was == null) {
					if (now != null) {
						changes.add(EntityWrites.change(key, ChangeOperation.CREATED,
								now.version() == null ? 0L : now.version(), null, now.content()));
					}
				}
				else if (now == null) {
					changes.add(EntityWrites.change(key, ChangeOperation.DELETED, EntityWrites.nextVersion(was),
							was.content(), null));
				}
				else if (!now.content().equals(was.content())) {
					changes.add(EntityWrites.change(key, ChangeOperation.UPDATED,
							now.version() == null ? 0L : now.version(), was.content(), now.content()));
				}
			}
			writes.append(source, changes);
		}
	}
}
