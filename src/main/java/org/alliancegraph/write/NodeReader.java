package org.alliancegraph.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Reads of the nodes of one label keyed by {@code id}, all through one projection: a {@code RETURN} of the node
 * {@code n} in one row, lists of linked keys included. The API's reads, the comparison before an upsert and the
 * exports then show the same content. Plain Cypher rather than Spring Data's mapping, which at the scale of an
 * import is slow and loads linked entities with everything they link to.
 *
 * @param <T> what a row becomes
 */
public final class NodeReader<T> {

	private final Neo4jClient neo4j;

	private final Class<T> type;

	private final Function<Record, T> mapper;

	private final Function<T, String> id;

	private final String byIds;

	private final String idsAfter;

	/**
	 * @param type what a row becomes
	 * @param label the nodes' label (a constant of the code, never an input)
	 * @param projection the {@code RETURN} clause that reads a node {@code n}
	 * @param mapper turns a row of the projection into a {@code T}
	 * @param id the key of a {@code T}
	 */
	public NodeReader(Neo4jClient neo4j, Class<T> type, String label, String projection, Function<Record, T> mapper,
			Function<T, String> id) {
		this.neo4j = neo4j;
		this.type = type;
		this.mapper = mapper;
		this.id = id;
		String match = "UNWIND $ids AS id\nMATCH (n:" + label + " {id: id})\n";
		this.byIds = match + projection;
		// the id's uniqueness constraint is a range index: it gives the order, a deep page costs as much as the first;
		// the ids come apart from the projection, on which Neo4j 5.26's planner failed with this ORDER BY
		// ("n.id should not appear non-cached")
		this.idsAfter = "MATCH (n:" + label + ")\nWHERE n.id > $after\nRETURN n.id AS id ORDER BY id LIMIT $limit";
	}

	/** The nodes of {@code ids} that exist, in the order of {@code ids}. */
	public List<T> read(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, T> byId = new HashMap<>();
		fetch(byIds, Map.of("ids", ids)).forEach(t -> byId.put(id.apply(t), t));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The nodes of {@code ids} that exist as the write path compares them, by id: their content as a request
	 * ({@code content}) and their version.
	 */
	public <R> Map<String, EntityKind.Stored<R>> stored(List<String> ids, Function<T, R> content,
			Function<T, @Nullable Long> version) {
		Map<String, EntityKind.Stored<R>> stored = new HashMap<>();
		read(ids).forEach(t -> stored.put(id.apply(t), new EntityKind.Stored<>(content.apply(t), version.apply(t))));
		return stored;
	}

	/** At most {@code limit} nodes whose id comes after {@code after} ({@code ""} for the first page), in id order. */
	public List<T> after(String after, int limit) {
		return read(List.copyOf(neo4j.query(idsAfter).bindAll(Map.of("after", after, "limit", limit))
			.fetchAs(String.class)
			.all()));
	}

	private List<T> fetch(String query, Map<String, Object> parameters) {
		return List.copyOf(neo4j.query(query).bindAll(parameters).fetchAs(type)
			.mappedBy((types, row) -> mapper.apply(row))
			.all());
	}
}
