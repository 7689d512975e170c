package org.alliancegraph.analysis.articulation;

import java.util.List;
import java.util.Objects;

/**
 * An actor or project spanning several territorial levels (see {@link MultiLevelSpan}).
 *
 * @param id the actor's or project's id
 * @param levels the levels it spans, from COMMUNE up to REGION
 */
public record LevelSpan(String id, List<String> levels) {

	public LevelSpan {
		Objects.requireNonNull(id, "id");
		levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
	}
}
