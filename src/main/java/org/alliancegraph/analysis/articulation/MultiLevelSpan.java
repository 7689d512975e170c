package org.alliancegraph.analysis.articulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Multi-level articulation: the actors (or projects) that span two or more of the territorial levels
 * COMMUNE, EPCI, DEPARTEMENT and REGION.
 *
 * <p>Definition. The caller gives, for each actor, the levels of the territories it is located or active
 * in, or that its projects target; the actors with at least two distinct standard levels are kept, the
 * levels listed from COMMUNE up to REGION. Other levels (CUSTOM areas) are ignored. Ordered by number of
 * levels, descending, then id.
 *
 * <p>Complexity: O(a log a) for a actors. Lazy, cached, unmodifiable results.
 */
public final class MultiLevelSpan {

	/** The standard levels, from the smallest to the largest. */
	public static final List<String> LEVELS = List.of("COMMUNE", "EPCI", "DEPARTEMENT", "REGION");

	private final Map<String, Set<String>> levelsById;

	private @Nullable List<LevelSpan> spans;

	/**
	 * @param levelsById for each actor or project id, the levels of the territories it relates to
	 */
	public MultiLevelSpan(Map<String, ? extends Collection<String>> levelsById) {
		Objects.requireNonNull(levelsById, "levelsById");
		this.levelsById = new HashMap<>();
		levelsById.forEach((id, levels) -> this.levelsById.put(id, Set.copyOf(levels)));
	}

	/** The actors spanning at least two levels, most levels first, then by id. */
	public List<LevelSpan> spans() {
		if (this.spans == null) {
			List<LevelSpan> result = new ArrayList<>();
			this.levelsById.forEach((id, levels) -> {
				List<String> standard = LEVELS.stream().filter(levels::contains).toList();
				if (standard.size() >= 2) {
					result.add(new LevelSpan(id, standard));
				}
			});
			result.sort(Comparator.comparingInt((LevelSpan span) -> span.levels().size())
				.reversed()
				.thenComparing(LevelSpan::id));
			this.spans = List.copyOf(result);
		}
		return this.spans;
	}
}
