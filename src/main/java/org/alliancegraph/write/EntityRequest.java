package org.alliancegraph.write;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * What the write path needs of a request, the whole content of one entity as a client or an import document gives
 * it: its natural key, the version the client read, and its content alone, to compare with what is stored.
 *
 * @param <R> the request's own type
 */
public interface EntityRequest<R extends EntityRequest<R>> {

	/** The natural key: an id, a territory's code. */
	@Nullable String key();

	/** The version the client read, when it gives one. */
	@Nullable Long version();

	/** The same request with {@code key} as its key (the address's). */
	R withKey(String key);

	/** The same content without the version: two requests with the same meaning are then equal. */
	R content();

	/** The territory codes this content names (a seat, where it acts, its targets, its parents): where it stands. */
	List<String> namedTerritories();

	/** The actor ids this content names (members, contributors, funders): their seats place it too. */
	default List<String> namedActors() {
		return List.of();
	}

	/** The distinct non-null values of some lists and single values, for the two methods above. */
	static List<String> distinct(Stream<@Nullable String> values) {
		return values.filter(Objects::nonNull).distinct().toList();
	}
}
