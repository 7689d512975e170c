package org.alliancegraph.exchange.importing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.alliancegraph.history.ChangeOrigin;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.web.ConflictException;
import org.alliancegraph.web.NotFoundException;
import org.alliancegraph.write.EntityWrites;
import org.alliancegraph.write.GraphWrites;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Takes a finished import back, from its change records: what it created is deleted, what it updated gets back
 * its content from before it; in one write transaction, recorded as changes of source {@code RESTORE} under the
 * import's id. When someone else changed one of its entities since, the undo is refused with the list of those
 * changes, unless forced: their changes are then undone too.
 */
@Service
public class ImportUndo {

	/** The order of the undo: what references comes before what it references. */
	private static final List<String> ORDER = List.of("partnership", "project", "actor", "territory");

	/** By kind in that order, then the latest change first. */
	private static final Comparator<Map<String, Object>> UNDO_ORDER = Comparator
		.<Map<String, Object>>comparingInt(c -> ORDER.indexOf((String) c.get("kind")))
		.thenComparing(c -> -((Number) c.get("seq")).longValue());

	private static final String CHANGES = """
			MATCH (c:Change {importJob: $importId}) USING INDEX SEEK c:Change(importJob)
			WHERE c.source = 'IMPORT'
			RETURN c.kind AS kind, c.key AS key, c.operation AS operation, c.before AS before, c.seq AS seq""";

	/** Changes of the import's entities made after it by someone else (the undo's own records name the import). */
	private static final String CHANGED_SINCE = """
			MATCH (c:Change {importJob: $importId}) USING INDEX SEEK c:Change(importJob)
			WHERE c.source = 'IMPORT'
			MATCH (later:Change {kind: c.kind, key: c.key}) USING INDEX SEEK later:Change(kind, key)
			WHERE later.seq > c.seq AND coalesce(later.importJob, '') <> $importId
			RETURN later.kind AS kind, later.key AS key, later.user AS user, toString(later.at) AS at,
			       later.operation AS operation
			ORDER BY later.seq""";

	private final Neo4jClient neo4j;

	private final GraphWrites writes;

	ImportUndo(Neo4jClient neo4j, GraphWrites writes) {
		this.neo4j = neo4j;
		this.writes = writes;
	}

	/**
	 * What an undo did.
	 *
	 * @param deleted entities the import had created
	 * @param restored entities given back their content from before the import
	 */
	public record Undone(String importId, int deleted, int restored) {
	}

	/**
	 * Takes the import {@code importId} back: 404 when no change is recorded under it; 409 listing the later changes
	 * of others (kind, key, user, at, operation) unless {@code force}; 409 too when a content to give back names
	 * what no longer exists, or when something else now references what it created (unless {@code force}).
	 */
	public Undone undo(String importId, boolean force) {
		return writes.write(() -> new ChangeOrigin(ChangeSource.RESTORE, ChangeOrigin.authenticatedUser(), importId)
			.during(() -> {
				List<Map<String, Object>> changes = List.copyOf(neo4j.query(CHANGES).bind(importId).to("importId")
					.fetch().all());
				if (changes.isEmpty()) {
					throw new NotFoundException("L'import", importId);
				}
				List<Map<String, Object>> since = List.copyOf(neo4j.query(CHANGED_SINCE).bind(importId)
					.to("importId").fetch().all());
				if (!since.isEmpty() && !force) {
					throw new ConflictException("L'import « " + importId + " » ne peut pas être annulé : " + since.size()
							+ " changement(s) faits depuis par d'autres touchent ses entités (" + String.join(", ",
									since.stream().limit(10).map(c -> c.get("key") + " par " + c.get("user")).toList())
							+ (since.size() > 10 ? "…" : "") + ") ; ajoutez ?force=true pour l'annuler quand même.",
							Map.of("changedSince", since));
				}
				int deleted = 0;
				int restored = 0;
				for (Map<String, Object> change : changes.stream().sorted(UNDO_ORDER).toList()) {
					String key = (String) change.get("key");
					EntityWrites<?> kind = writes.kind((String) change.get("kind"));
					if ("CREATED".equals(change.get("operation"))) {
						deleted += takeBack(kind, key, force, importId) ? 1 : 0;
					}
					else {
						restored += kind.writeBack(key, (String) change.get("before"),
								"ne peut pas reprendre son contenu d'avant l'import « " + importId + " »") ? 1 : 0;
					}
				}
				return new Undone(importId, deleted, restored);
			}));
	}

	/** Deletes what the import created; what others' data uses since is a 409 that names the undo's own option. */
	private static boolean takeBack(EntityWrites<?> kind, String key, boolean force, String importId) {
		try {
			return kind.takeBack(key, force);
		}
		catch (ConflictException used) {
			throw new ConflictException("L'import « " + importId + " » ne peut pas être annulé : « " + key
					+ " », qu'il a créé, est utilisé depuis par d'autres données ; ajoutez ?force=true pour l'annuler"
					+ " quand même (ce qui l'utilise suit la suppression).",
					used.getBody().getProperties() == null ? Map.of() : used.getBody().getProperties());
		}
	}
}
