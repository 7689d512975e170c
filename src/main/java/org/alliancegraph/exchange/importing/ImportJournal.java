package org.alliancegraph.exchange.importing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.neo4j.core.Neo4jClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a large import has done so far, in the database, so that it can be undone: the keys it created, the content
 * it replaced and the versions it wrote, chunk by chunk. A chunk's record is written in the chunk's own transaction,
 * so the journal covers exactly what is committed, whichever instance reads it after a crash (see
 * {@link ImportJournals}).
 *
 * <p>{@code (:ImportJournal {id, owner})} and, a chunk each, {@code (:ImportJournalChunk {journal, seq, line})}
 * whose line is one JSON object: {@code {"section": "actors", "created": ["a1", …], "replaced": [{…the stored
 * actor…}], "versions": {"a1": 0, …}}}.
 */
final class ImportJournal {

	private static final String CHUNK = """
			CREATE (:ImportJournalChunk {journal: $journal, seq: $seq, line: $line})""";

	private final String id;

	private final Neo4jClient neo4j;

	private final JsonMapper json;

	private final AtomicLong seq = new AtomicLong();

	ImportJournal(String id, Neo4jClient neo4j, JsonMapper json) {
		this.id = id;
		this.neo4j = neo4j;
		this.json = json;
	}

	String id() {
		return id;
	}

	/**
	 * What a chunk wrote: the keys it created, the stored content it replaced, and the version it gave each entity
	 * it changed (created or updated), by key; call inside the chunk's transaction. Undoing leaves an entity whose
	 * version has moved since.
	 */
	void chunk(ImportSection<?> section, List<String> created, List<?> replaced, Map<String, Long> versions) {
		if (versions.isEmpty()) {
			return;
		}
		String line = json.writeValueAsString(
				Map.of("section", section.name(), "created", created, "replaced", replaced, "versions", versions));
		neo4j.query(CHUNK).bindAll(Map.of("journal", id, "seq", seq.incrementAndGet(), "line", line)).run();
	}
}
