package org.alliancegraph.history;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One change record as the API shows it.
 *
 * @param seq its place in the order of all changes (the feed's newest first is the highest)
 * @param before the entity's whole content before, as the import document writes it (none for a creation)
 * @param after its whole content after (none for a deletion)
 */
public record Change(long seq, OffsetDateTime at, String user, ChangeSource source, @Nullable String importJob,
		String kind, String key, ChangeOperation operation, long version, @Nullable JsonNode before,
		@Nullable JsonNode after) {
}
