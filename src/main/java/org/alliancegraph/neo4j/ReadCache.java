package org.alliancegraph.neo4j;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers of public reads, kept while the {@link DataVersion#stamp() data stamp} is the one they were computed at:
 * a read repeated on unchanged data costs one constant-time stamp query instead of its own queries, whichever
 * instance wrote last. The stamp is read before the answer is computed, so an answer is never filed under a stamp
 * newer than the data it saw. Simultaneous identical reads compute once; a read that fails (a 4xx) is not kept.
 */
@Component
public class ReadCache {

	/** Bounded by count: a page of the lists is at most 100 entities. */
	private static final long MAXIMUM_ANSWERS = 2_000;

	private final DataVersion dataVersion;

	private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(MAXIMUM_ANSWERS).build();

	ReadCache(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	/**
	 * The answer of {@code read} for {@code arguments} at the current data stamp, computed by {@code answer} when
	 * not kept yet; {@code arguments} must have value equality (nulls allowed).
	 */
	@SuppressWarnings("unchecked")
	public <T> T get(String read, Supplier<T> answer, @Nullable Object... arguments) {
		Key key = new Key(read, Arrays.asList(arguments), dataVersion.stamp());
		return (T) answers.get(key, k -> answer.get());
	}

	private record Key(String read, List<@Nullable Object> arguments, String stamp) {
	}
}
