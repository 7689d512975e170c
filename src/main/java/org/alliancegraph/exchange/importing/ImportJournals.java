package org.alliancegraph.exchange.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.alliancegraph.actor.ClaimedNumbers;
import org.alliancegraph.history.ChangeOrigin;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.write.GraphWrites;
import org.alliancegraph.neo4j.InitialData;
import org.alliancegraph.write.PendingKeys;
import org.alliancegraph.web.InputError;
import org.alliancegraph.web.InputErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journals of large imports ({@link ImportJournal}), in the database: opened when an import starts writing,
 * undone when it fails, and undone for every import a stop cut short — at start-up for this instance's own, before
 * anything else reads the database, and, on any instance's heartbeat, for those of an instance that stopped (see
 * {@link ServiceInstance}) — so a large import is all or nothing even across a crash, except for what others changed
 * meanwhile, which the undo leaves to them. Each chunk's record is removed in the transaction that undoes it, so an
 * undo cut short goes on where it stopped.
 */
@Component
@Order(10)
class ImportJournals implements InitialData {

	private static final Logger log = LoggerFactory.getLogger(ImportJournals.class);

	private static final String OPEN = """
			CREATE (:ImportJournal {id: $id, owner: $owner, openedAt: timestamp()})""";

	/** The import finished: its journal is to be forgotten, never undone, even if forgetting it is cut short. */
	private static final String DONE = """
			MATCH (j:ImportJournal {id: $id}) SET j.done = true""";

	private static final String FORGET_CHUNKS = """
			MATCH (c:ImportJournalChunk {journal: $id})
			USING INDEX SEEK c:ImportJournalChunk(journal)
			WITH c LIMIT 500
			DELETE c
			RETURN count(*)""";

	private static final String FORGET = """
			MATCH (j:ImportJournal {id: $id}) DELETE j""";

	private static final String JOURNALS = """
			MATCH (j:ImportJournal)
			RETURN j.id AS id, j.owner AS owner, coalesce(j.done, false) AS done""";

	/**
	 * Takes over a journal from {@code $was}: the property set first takes the node's lock, so that of two
	 * instances claiming it at once, the second sees the first's claim and gets nothing.
	 */
	private static final String CLAIM = """
			MATCH (j:ImportJournal {id: $id})
			SET j.claimedAt = timestamp()
			WITH j
			WHERE j.owner = $was
			SET j.owner = $owner
			RETURN j.id""";

	private static final String CHUNKS = """
			MATCH (c:ImportJournalChunk {journal: $id})
			USING INDEX SEEK c:ImportJournalChunk(journal)
			RETURN c.seq AS seq, c.line AS line
			ORDER BY c.seq DESC""";

	private static final String FORGET_CHUNK = """
			MATCH (c:ImportJournalChunk {journal: $id})
			USING INDEX SEEK c:ImportJournalChunk(journal)
			WHERE c.seq = $seq
			DELETE c""";

	/**
	 * Deletes what an import created, by key, unless something written since uses it: a partnership or a project
	 * names the actor, a partnership supports the project, an actor, a project or another territory refers to the
	 * territory. One statement a section so that each uses its key's index; returns the keys deleted.
	 */
	private static final String FORGET_CHANGES = """
			MATCH (c:Change {kind: $kind})
			WHERE c.importJob = $importJob AND c.key IN $keys
			DELETE c""";

	private static final Map<String, String> DELETE = Map.of(
			"territories", """
					UNWIND $keys AS k MATCH (n:Territory {code: k})
					WHERE NOT EXISTS { (:Actor)-[:LOCATED_IN|ACTIVE_IN]->(n) } AND NOT EXISTS { (:Project)-[:TARGETS]->(n) }
					  AND NOT EXISTS { (c:Territory)-[:PART_OF]->(n) WHERE NOT c.code IN $keys }
					DETACH DELETE n RETURN k""",
			"actors", """
					UNWIND $keys AS k MATCH (n:Actor {id: k})
					WHERE NOT EXISTS { (n)-[:MEMBER_OF|CONTRIBUTES_TO|FUNDS]->() }
					DETACH DELETE n RETURN k""",
			"projects", """
					UNWIND $keys AS k MATCH (n:Project {id: k})
					WHERE NOT EXISTS { (:Partnership)-[:SUPPORTS]->(n) }
					DETACH DELETE n RETURN k""",
			"partnerships", "UNWIND $keys AS k MATCH (n:Partnership {id: k}) DETACH DELETE n RETURN k");

	/** The stored version of entities of a section, by key; labels and key properties are the sections' own. */
	private static final Map<String, String> VERSIONS = ImportSection.ALL.stream()
		.collect(Collectors.toUnmodifiableMap(ImportSection::name, s -> "UNWIND $keys AS k MATCH (n:" + s.label()
				+ " {" + s.keyField() + ": k}) RETURN k AS key, coalesce(n.version, -1) AS version"));

	private final JsonMapper json;

	private final Neo4jClient neo4j;

	private final GraphWrites writes;

	private final DataVersion dataVersion;

	private final SectionWrites sections;

	private final ServiceInstance instance;

	private final Path legacyFolder;

	/** The journals of the imports writing in this instance now, never undone from under them. */
	private final Set<String> writing = ConcurrentHashMap.newKeySet();

	ImportJournals(ImportProperties properties, JsonMapper json, Neo4jClient neo4j, GraphWrites writes,
			DataVersion dataVersion, SectionWrites sections, ServiceInstance instance) {
		this.legacyFolder = properties.workDir().resolve("journals");
		this.instance = instance;
		this.json = json;
		this.neo4j = neo4j;
		this.writes = writes;
		this.dataVersion = dataVersion;
		this.sections = sections;
		instance.everyBeat(() -> recover(false));
	}

	/**
	 * An entity an undo left as it is, because someone changed it, deleted it or used it since the import; {@code
	 * reason} says which, in French.
	 */
	record Kept(String section, String key, String reason) {
	}

	/** A new journal for the import {@code id}, owned by this instance. */
	ImportJournal open(String id) {
		writing.add(id);
		neo4j.query(OPEN).bindAll(Map.of("id", id, "owner", instance.id())).run();
		return new ImportJournal(id, neo4j, json);
	}

	/** Forgets the journal of an import that finished. */
	void finished(ImportJournal journal) {
		neo4j.query(DONE).bind(journal.id()).to("id").run();
		forget(journal.id());
	}

	/** Undoes what the journal's import wrote, then forgets the journal; returns what it left as it is. */
	List<Kept> undo(ImportJournal journal) {
		return undo(journal.id());
	}

	/**
	 * The journal's import stopped writing, whatever its outcome: a journal still there (its undo failed, the
	 * database went away) is undone by the next start-up's {@link #load()}.
	 */
	void closed(ImportJournal journal) {
		writing.remove(journal.id());
	}

	/** The version each of {@code keys} has in the database now; absent keys are left out. */
	Map<String, Long> versions(ImportSection<?> section, Collection<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> versions = new HashMap<>();
		neo4j.query(VERSIONS.get(section.name()))
			.bind(List.copyOf(keys))
			.to("keys")
			.fetch()
			.all()
			.forEach(row -> versions.put((String) row.get("key"), ((Number) row.get("version")).longValue()));
		return versions;
	}

	/** At start-up (and when the database answers again): undoes the imports a stop cut short. */
	@Override
	public void load() {
		if (Files.isDirectory(legacyFolder)) {
			log.warn("Des journaux d'imports d'une version précédente sont dans {} : ils ne sont plus lus ; un import"
					+ " qu'un arrêt avait interrompu sous cette version n'est pas annulé / journals of an earlier"
					+ " version are no longer read", legacyFolder.toAbsolutePath());
		}
		recover(true);
	}

	/**
	 * Undoes the journals of the imports that no instance is writing: those of stopped instances and, when {@code
	 * mine}, this instance's own that it is not writing now (left by its previous run); forgets those of imports
	 * that finished.
	 */
	private void recover(boolean mine) {
		Map<String, String> owners = new HashMap<>();
		Set<String> done = new HashSet<>();
		neo4j.query(JOURNALS).fetch().all().forEach(row -> {
			String id = (String) row.get("id");
			owners.put(id, (String) row.get("owner"));
			if (Boolean.TRUE.equals(row.get("done"))) {
				done.add(id);
			}
		});
		Set<String> stopped = new HashSet<>(instance.stopped(List.copyOf(new HashSet<>(owners.values()))));
		owners.forEach((id, owner) -> {
			boolean abandoned = owner.equals(instance.id()) ? mine && !writing.contains(id) : stopped.contains(owner);
			if (!abandoned || (!owner.equals(instance.id()) && claim(id, owner).isEmpty())) {
				return;
			}
			if (done.contains(id)) {
				forget(id);
				return;
			}
			log.warn("Import {} interrompu par un arrêt : annulation de ce qu'il avait écrit / undoing an import cut"
					+ " short by a stop", id);
			undo(id);
		});
	}

	private Optional<String> claim(String id, String was) {
		return neo4j.query(CLAIM)
			.bindAll(Map.of("id", id, "was", was, "owner", instance.id()))
			.fetchAs(String.class)
			.one();
	}

	private void forget(String id) {
		while (neo4j.query(FORGET_CHUNKS).bind(id).to("id").fetchAs(Long.class).one().orElse(0L) > 0) {
			// a batch at a time, so that a large journal is not one large transaction
		}
		neo4j.query(FORGET).bind(id).to("id").run();
	}

	/**
	 * Takes the import back chunk by chunk, the last first, one transaction a chunk: deletes what it created and
	 * writes back what it replaced, but only where the entity still has the version the import gave it. What
	 * someone changed, deleted or started using since the import is theirs: it is left as it is and reported, so
	 * that no acknowledged write is lost and no partnership loses a member.
	 */
	private List<Kept> undo(String importId) {
		try (ChangeOrigin.Declared undoing = new ChangeOrigin(ChangeSource.IMPORT, ChangeOrigin.current().user(),
				importId).declare()) {
			List<Kept> kept = new ArrayList<>();
			for (Map<String, Object> chunk : neo4j.query(CHUNKS).bind(importId).to("id").fetch().all()) {
				long seq = ((Number) chunk.get("seq")).longValue();
				JsonNode line = json.readTree((String) chunk.get("line"));
				kept.addAll(writes.write(() -> {
					List<Kept> left = undoChunk(line, importId);
					neo4j.query(FORGET_CHUNK).bindAll(Map.of("id", importId, "seq", seq)).run();
					return left;
				}));
			}
			forget(importId);
			if (!kept.isEmpty()) {
				log.warn("Annulation de l'import {} : {} entités modifiées, supprimées ou utilisées depuis par d'autres"
						+ " sont laissées telles quelles / undo left {} entities changed since: {}", importId,
						kept.size(), kept.size(), kept);
			}
			return kept;
		}
	}

	private List<Kept> undoChunk(JsonNode chunk, String importId) {
		SectionWrites.Section<?> section = sections.of(ImportSection.named(chunk.get("section").asString()));
		Map<String, Long> written = new HashMap<>();
		chunk.get("versions").properties().forEach(e -> written.put(e.getKey(), e.getValue().asLong()));
		Map<String, Long> now = versions(section.section(), written.keySet());
		List<Kept> kept = new ArrayList<>();
		List<String> untouched = new ArrayList<>();
		Set<String> deleted = new HashSet<>();
		for (JsonNode created : chunk.get("created")) {
			String key = created.asString();
			if (now.containsKey(key) && stillTheImports(section, key, written, now, kept)) {
				untouched.add(key);
			}
		}
		if (!untouched.isEmpty()) {
			deleted.addAll(neo4j.query(DELETE.get(section.section().name()))
				.bind(untouched)
				.to("keys")
				.fetchAs(String.class)
				.all());
			untouched.stream()
				.filter(key -> !deleted.contains(key))
				.forEach(key -> kept.add(new Kept(section.section().name(), key,
						"utilisé depuis l'import par d'autres données : conservé")));
			if (!deleted.isEmpty()) {
				dataVersion.bump();
			}
		}
		List<String> takenBack = new ArrayList<>(deleted);
		kept.addAll(restore(section, chunk.get("replaced"), written, now, takenBack));
		// where the import is taken back, so is its history (the undo's own writes included): as if it never ran
		neo4j.query(FORGET_CHANGES)
			.bindAll(Map.of("importJob", importId, "kind", section.section().label().toLowerCase(Locale.ROOT), "keys",
					takenBack))
			.run();
		return kept;
	}

	/** Writes back the content the import replaced, where the entity is still as the import left it. */
	private <T> List<Kept> restore(SectionWrites.Section<T> section, JsonNode replaced, Map<String, Long> written,
			Map<String, Long> now, List<String> takenBack) {
		String name = section.section().name();
		List<Kept> kept = new ArrayList<>();
		List<T> candidates = new ArrayList<>();
		for (JsonNode node : replaced) {
			T entry = json.treeToValue(node, section.section().type());
			String key = section.section().key().apply(entry);
			if (!now.containsKey(key)) {
				kept.add(new Kept(name, key, "supprimé depuis l'import : non rétabli"));
			}
			else if (stillTheImports(section, key, written, now, kept)) {
				candidates.add(entry);
			}
		}
		if (candidates.isEmpty()) {
			return kept;
		}
		// what the content referred to may have been deleted since: such content is not written back
		InputErrors general = new InputErrors();
		List<InputErrors> each = candidates.stream().map(c -> new InputErrors()).toList();
		section.validation().check(candidates, PendingKeys.NONE, new ClaimedNumbers(), general, each::get);
		List<T> restorable = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			List<InputError> errors = general.isEmpty() ? each.get(i).list() : general.list();
			if (errors.isEmpty()) {
				restorable.add(candidates.get(i));
			}
			else {
				kept.add(new Kept(name, section.section().key().apply(candidates.get(i)),
						"ne peut être rétabli : " + errors.get(0).message()));
			}
		}
		section.upsert().write(restorable, stored -> {
		});
		restorable.forEach(entry -> takenBack.add(section.section().key().apply(entry)));
		return kept;
	}

	/** Whether {@code key} still has the version the import gave it; if not, it is kept and said so. */
	private static boolean stillTheImports(SectionWrites.Section<?> section, String key, Map<String, Long> written,
			Map<String, Long> now, List<Kept> kept) {
		if (now.get(key).equals(written.get(key))) {
			return true;
		}
		kept.add(new Kept(section.section().name(), key,
				"modifié depuis l'import (version " + now.get(key) + ") : conservé"));
		return false;
	}
}
