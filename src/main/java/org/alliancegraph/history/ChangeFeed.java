package org.alliancegraph.history;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.neo4j.GraphPatterns;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reads of the history: the changes of one entity, and the activity feed, both newest first. */
@Service
public class ChangeFeed {

	/**
	 * Every filter may be null; {@code $territories}, when given, holds the codes of the filter territory's subtree
	 * and keeps the changes of entities standing in it.
	 */
	private static final String FILTERS = """
			($kind IS NULL OR c.kind = $kind)
			  AND ($since IS NULL OR c.at >= $since) AND ($until IS NULL OR c.at < $until)
			  AND ($user IS NULL OR c.user = $user) AND ($source IS NULL OR c.source = $source)
			  AND ($importJob IS NULL OR c.importJob = $importJob)
			  AND ($territories IS NULL OR any(code IN split(c.territories, ' ') WHERE code IN $territories))
			""";

	/** The feed reads the records newest first through the seq index; an entity's history seeks its own. */
	private static final String FEED = "MATCH (c:Change) WHERE c.seq IS NOT NULL AND " + FILTERS;

	private static final String ENTITY = "MATCH (c:Change {kind: $kind, key: $key}) USING INDEX SEEK c:Change(kind, key)"
			+ " WHERE " + FILTERS;

	private static final String PAGE = """
			WITH c ORDER BY c.seq DESC SKIP $skip LIMIT $limit
			""" + ChangeLog.AFTER + "RETURN c, after ORDER BY c.seq DESC";

	private static final String COUNT = "RETURN count(c)";

	private static final String SUBTREE = "MATCH (root:Territory {code: $code}) MATCH " + GraphPatterns.SUBTREE
			+ " RETURN collect(DISTINCT t.code)";

	private final Neo4jClient neo4j;

	private final ChangeLog log;

	private final CurrentContents current;

	ChangeFeed(Neo4jClient neo4j, ChangeLog log, CurrentContents current) {
		this.neo4j = neo4j;
		this.log = log;
		this.current = current;
	}

	/**
	 * The filters of the feed, each optional.
	 *
	 * @param since changes at or after this instant
	 * @param until changes before this instant
	 * @param territories the codes of a territory's {@link #subtree(String) subtree}: changes of entities standing in it
	 */
	public record Filter(@Nullable String kind, @Nullable String key, @Nullable OffsetDateTime since,
			@Nullable OffsetDateTime until, @Nullable String user, @Nullable ChangeSource source,
			@Nullable String importJob, @Nullable List<String> territories) {

		public static Filter of(String kind, String key) {
			return new Filter(kind, key, null, null, null, null, null, null);
		}
	}

	@Transactional(readOnly = true)
	public Page<Change> changes(Filter filter, Pageable pageable) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", filter.kind());
		parameters.put("key", filter.key());
		parameters.put("since", filter.since());
		parameters.put("until", filter.until());
		parameters.put("user", filter.user());
		parameters.put("source", filter.source() == null ? null : filter.source().name());
		parameters.put("importJob", filter.importJob());
		parameters.put("territories", filter.territories());
		String matching = filter.key() == null ? FEED : ENTITY;
		long total = neo4j.query(matching + COUNT).bindAll(parameters).fetchAs(Long.class).one().orElse(0L);
		parameters.put("skip", pageable.getOffset());
		parameters.put("limit", pageable.getPageSize());
		List<Recorded> recorded = List.copyOf(neo4j.query(matching + PAGE)
			.bindAll(parameters)
			.fetchAs(Recorded.class)
			.mappedBy((types, record) -> new Recorded(record.get("c"), ChangeLog.texts(record.get("after"))))
			.all());
		Map<String, Map<String, Object>> newest = newestContents(recorded);
		List<Change> content = recorded.stream().map(r -> change(r, newest)).toList();
		return new PageImpl<>(content, pageable, total);
	}

	/** The codes of the territory {@code code} and of all it contains; empty when no territory has that code. */
	@Transactional(readOnly = true)
	public List<String> subtree(String code) {
		return neo4j.query(SUBTREE)
			.bind(code)
			.to("code")
			.fetchAs(List.class)
			.mappedBy((types, record) -> record.get(0).asList(Value::asString))
			.one()
			.orElse(List.of());
	}

	/** The current contents of the entities whose newest record is on the page, one read a kind. */
	private Map<String, Map<String, Object>> newestContents(List<Recorded> page) {
		Map<String, Set<String>> keys = new HashMap<>();
		page.stream()
			.filter(r -> r.after().isEmpty())
			.forEach(r -> keys.computeIfAbsent(r.c().get("kind").asString(), kind -> new HashSet<>())
				.add(r.c().get("key").asString()));
		Map<String, Map<String, Object>> contents = new HashMap<>();
		keys.forEach((kind, ofKind) -> contents.put(kind, current.of(kind, ofKind)));
		return contents;
	}

	/** A record as read, with what {@link ChangeLog#AFTER} found after it. */
	private record Recorded(Value c, List<@Nullable String> after) {
	}

	private Change change(Recorded recorded, Map<String, Map<String, Object>> newest) {
		Value c = recorded.c();
		String kind = c.get("kind").asString();
		String key = c.get("key").asString();
		@Nullable Object after = recorded.after().isEmpty() ? newest.getOrDefault(kind, Map.of()).get(key)
				: recorded.after().get(0);
		return new Change(c.get("seq").asLong(), c.get("at").asOffsetDateTime(), c.get("user").asString(),
				ChangeSource.valueOf(c.get("source").asString()), text(c.get("importJob")), kind, key,
				ChangeOperation.valueOf(c.get("operation").asString()), c.get("version").asLong(),
				c.get("before").isNull() ? null : log.tree(c.get("before").asString()),
				after == null ? null : log.tree(after));
	}

	private static @Nullable String text(Value value) {
		return value.isNull() ? null : value.asString();
	}
}
