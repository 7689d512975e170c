package org.alliancegraph.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends change records, inside the writing transaction (a rolled-back write leaves none), and reads them back.
 * A record is a {@code :Change} node, apart from the graph it describes so that it outlives a deleted entity:
 * {@code seq} (a counter on the data-version node, whose lock every write holds, so records are totally ordered),
 * {@code at}, {@code user}, {@code source}, {@code importJob}, {@code kind}, {@code key}, {@code operation},
 * {@code version}, and {@code before} as JSON text (fields without value left out), plus the codes of the
 * territories the entity stood in, space-separated, for the feed's territory filter.
 * <p>
 * Each content is stored once: a record's {@code after} is the next record's {@code before}, or the entity's
 * current content when no later record exists (a deletion has none). A first load therefore stores no content at
 * all, and an update stores only what it replaced; {@link #afterOf} and {@link #contentAt} rebuild the rest.
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
			       UNWIND c.actors AS id MATCH (a:Actor {id: id})-[:LOCATED_IN]->(t) USING INDEX SEEK a:Actor(id)
			         RETURN DISTINCT t.code
			     } AS territories
			CREATE (:Change {seq: seq, at: datetime.transaction(), user: $user, source: $source, importJob: $importJob,
			                 kind: $kind, key: c.key, operation: c.operation, version: c.version, before: c.before,
			                 territories: reduce(codes = null, code IN territories | coalesce(codes + ' ', '') + code)})""";

	/**
	 * The content the record {@code c} leaves, as {@code after}: a list holding the next record's {@code before}, or
	 * none after a deletion, and an empty list when it is the entity's newest record (its content is the current
	 * one).
	 */
	static final String AFTER = """
			OPTIONAL CALL (c) {
			  MATCH (n:Change {kind: c.kind, key: c.key}) USING INDEX SEEK n:Change(kind, key) WHERE n.seq > c.seq
			  RETURN n.seq AS nextSeq, n.before AS nextBefore ORDER BY n.seq LIMIT 1
			}
			WITH c, CASE WHEN c.operation = 'DELETED' THEN [null] WHEN nextSeq IS NULL THEN [] ELSE [nextBefore] END
			     AS after
			""";

	private static final String CONTENT_AT = """
			MATCH (c:Change {kind: $kind, key: $key, version: $version}) USING INDEX SEEK c:Change(kind, key)
			WHERE c.operation <> 'DELETED'
			WITH c ORDER BY c.seq DESC LIMIT 1
			""" + AFTER + "RETURN after";

	private static final String LAST_VERSION = """
			MATCH (c:Change {kind: $kind, key: $key}) USING INDEX SEEK c:Change(kind, key)
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
	 * @param after its content after (none for a deletion): not stored, since the entity or its next change holds it
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

	/**
	 * The content an entity had at {@code version}, read as {@code type}, if a record gives it that version;
	 * {@code current} gives it when that record is the entity's newest.
	 */
	public <T> Optional<T> contentAt(String kind, String key, long version, Class<T> type,
			Supplier<Optional<T>> current) {
		return neo4j.query(CONTENT_AT)
			.bindAll(Map.of("kind", kind, "key", key, "version", version))
			.fetchAs(Following.class)
			.mappedBy((types, record) -> new Following(texts(record.get(0))))
			.one()
			.flatMap(following -> following.before().isEmpty()
					? current.get()
					: Optional.ofNullable(following.before().get(0)).map(text -> read(text, type)));
	}

	/** What {@link #AFTER} found after a record: the next record's {@code before}, or nothing. */
	private record Following(List<@Nullable String> before) {
	}

	/** The texts of a list value, null where a record holds none. */
	static List<@Nullable String> texts(Value list) {
		return list.asList(value -> value.isNull() ? null : value.asString());
	}

	/** Content as the records write it, as a tree: recorded text, or an entity's current content. */
	JsonNode tree(Object content) {
		return json.readTree(content instanceof String text ? text : json.writeValueAsString(content));
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
