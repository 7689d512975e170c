package org.alliancegraph.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends change records, inside the writing transaction (a rolled-back write leaves none), and reads them back.
 * A record is a {@code :Change} node, apart from the graph it describes so that it outlives a deleted entity:
 * {@code seq} (a counter on the data-version node, whose lock every write holds, so records are totally ordered),
 * {@code at}, {@code user}, {@code source}, {@code importJob}, {@code kind}, {@code key}, {@code operation},
 * {@code version}, and {@code before} / {@code after} as JSON text (fields without value left out), plus the
 * territories the entity stood in, for the feed's territory filter.
 */
@Component
public class ChangeLog {

	/** Records per statement: a large import's chunk is appended in bounded statements. */
	private static final int BATCH = 2_000;

	/**
	 * An entity is placed in the territories its content names and in those where the actors it names are seated:
	 * a partnership's are its members'.
	 */
	private static final String APPEND = """
			MATCH (v:DataVersion {name: 'graph'})
			SET v.changes = coalesce(v.changes, 0) + size($changes)
			WITH v.changes - size($changes) AS first
			UNWIND range(0, size($changes) - 1) AS i
			WITH first + i + 1 AS seq, $changes[i] AS c
			WITH seq, c, c.territories + COLLECT {
			       MATCH (a:Actor)-[:LOCATED_IN]->(t:Territory) WHERE a.id IN c.actors RETURN DISTINCT t.code
			     } AS territories
			CREATE (:Change {seq: seq, at: datetime.transaction(), user: $user, source: $source, importJob: $importJob,
			                 kind: $kind, key: c.key, operation: c.operation, version: c.version, before: c.before,
			                 after: c.after, territories: territories})""";

	private static final String CONTENT_AT = """
			MATCH (c:Change {kind: $kind, key: $key, version: $version})
			WHERE c.after IS NOT NULL
			RETURN c.after ORDER BY c.seq DESC LIMIT 1""";

	private static final String LAST_VERSION = """
			MATCH (c:Change {kind: $kind, key: $key})
			RETURN max(c.version)""";

	private final Neo4jClient neo4j;

	private final JsonMapper json;

	ChangeLog(Neo4jClient neo4j, JsonMapper json) {
		this.neo4j = neo4j;
		this.json = json.rebuild()
			.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.build();
	}

	/**
	 * One change of an entity.
	 *
	 * @param before its content before (none for a creation), as a request of its kind
	 * @param after its content after (none for a deletion)
	 * @param territories the territory codes its content names
	 * @param actors the actor ids its content names, whose seats place it too
	 */
	public record Entry(String key, ChangeOperation operation, long version, @Nullable Object before,
			@Nullable Object after, List<String> territories, List<String> actors) {
	}

	/** Appends the changes of entities of {@code kind}, made by the {@link ChangeOrigin#current() current origin}. */
	public void append(String kind, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		ChangeOrigin origin = ChangeOrigin.current();
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<Map<String, Object>> changes = new ArrayList<>();
			for (Entry e : entries.subList(from, Math.min(entries.size(), from + BATCH))) {
				Map<String, Object> change = new HashMap<>();
				change.put("key", e.key());
				change.put("operation", e.operation().name());
				change.put("version", e.version());
				change.put("before", e.before() == null ? null : json.writeValueAsString(e.before()));
				change.put("after", e.after() == null ? null : json.writeValueAsString(e.after()));
				change.put("territories", e.territories());
				change.put("actors", e.actors());
				changes.add(change);
			}
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("changes", changes);
			parameters.put("user", origin.user());
			parameters.put("source", origin.source().name());
			parameters.put("importJob", origin.importJob());
			parameters.put("kind", kind);
			neo4j.query(APPEND).bindAll(parameters).run();
		}
	}

	/** The content an entity had at {@code version}, read as {@code type}, if a record holds it. */
	public <T> Optional<T> contentAt(String kind, String key, long version, Class<T> type) {
		return neo4j.query(CONTENT_AT)
			.bindAll(Map.of("kind", kind, "key", key, "version", version))
			.fetchAs(String.class)
			.one()
			.map(text -> read(text, type));
	}

	/** Recorded content ({@code before} or {@code after}) read as {@code type}. */
	public <T> T read(String recorded, Class<T> type) {
		return json.readValue(recorded, type);
	}

	/** The highest version any record gives the entity: a deleted entity brought back continues from it. */
	public Optional<Long> lastVersion(String kind, String key) {
		return neo4j.query(LAST_VERSION).bindAll(Map.of("kind", kind, "key", key)).fetchAs(Long.class).one();
	}
}
