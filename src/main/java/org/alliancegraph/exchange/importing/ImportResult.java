package org.alliancegraph.exchange.importing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancegraph.write.WriteOutcome;
import org.jspecify.annotations.Nullable;

/**
 * What an import did (or, for a dry run, would do): totals and the same counts per kind.
 *
 * @param created entities that did not exist
 * @param updated entities whose content changed
 * @param unchanged entities already exactly as in the document
 * @param dryRun whether nothing was written
 * @param byKind the counts per kind ("territories", "actors"…)
 * @param importId what the change records of the import name it by (none for a dry run, which writes nothing)
 */
public record ImportResult(int created, int updated, int unchanged, boolean dryRun,
		Map<String, Map<WriteOutcome, Integer>> byKind, @Nullable String importId) {

	ImportResult withImportId(String id) {
		return new ImportResult(created, updated, unchanged, dryRun, byKind, dryRun ? null : id);
	}

	/** Accumulates outcomes while an import runs. */
	public static final class Tally {

		private final Map<String, Map<WriteOutcome, Integer>> byKind = new LinkedHashMap<>();

		public void add(String kind, WriteOutcome outcome) {
			byKind.computeIfAbsent(kind, k -> {
				Map<WriteOutcome, Integer> counts = new EnumMap<>(WriteOutcome.class);
				for (WriteOutcome o : WriteOutcome.values()) {
					counts.put(o, 0);
				}
				return counts;
			}).merge(outcome, 1, Integer::sum);
		}

		public ImportResult result(boolean dryRun) {
			return new ImportResult(total(WriteOutcome.CREATED), total(WriteOutcome.UPDATED),
					total(WriteOutcome.UNCHANGED), dryRun, byKind, null);
		}

		private int total(WriteOutcome outcome) {
			return byKind.values().stream().mapToInt(m -> m.get(outcome)).sum();
		}
	}
}
