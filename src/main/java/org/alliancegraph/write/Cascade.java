package org.alliancegraph.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.history.ChangeOperation;
import org.alliancegraph.write.EntityKind.Stored;

/**
 * The entities linked to one about to be deleted, as stored before: once it is deleted, what the deletion took with
 * it (a partnership left with one member) or changed (a project that lost a contributor) is recorded as changes of
 * source {@code CASCADE}, compared entity by entity with what is stored after.
 */
final class Cascade {

	private final List<Linked<?>> linked;

	Cascade(List<Linked<?>> linked) {
		this.linked = linked;
	}

	/** Appends the changes of the linked entities since this snapshot. */
	void record() {
		linked.forEach(Linked::record);
	}

	/** The linked entities of one kind, as stored before the deletion. */
	record Linked<R extends EntityRequest<R>>(EntityWrites<R> writes, Map<String, Stored<R>> before) {

		static <R extends EntityRequest<R>> Linked<R> of(EntityWrites<R> writes, List<String> keys) {
			return new Linked<>(writes, writes.stored(keys));
		}

		void record() {
			Map<String, Stored<R>> after = writes.stored(new ArrayList<>(before.keySet()));
			List<ChangeLog.Entry> changes = new ArrayList<>();
			before.forEach((key, was) -> {
				Stored<R> now = after.get(key);
				if (now == null) {
					changes.add(EntityWrites.change(key, ChangeOperation.DELETED, EntityWrites.nextVersion(was),
							was.content(), null));
				}
				else if (!now.content().equals(was.content())) {
					changes.add(EntityWrites.change(key, ChangeOperation.UPDATED,
							now.version() == null ? 0L : now.version(), was.content(), now.content()));
				}
			});
			writes.appendCascade(changes);
		}
	}
}
