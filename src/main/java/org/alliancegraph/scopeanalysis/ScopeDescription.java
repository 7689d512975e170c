package org.alliancegraph.scopeanalysis;

import java.time.LocalDate;
import java.util.Set;

import org.alliancegraph.projection.ProjectedGraph;
import org.jspecify.annotations.Nullable;

/**
 * The scope an answer is about, echoed in every analysis answer.
 *
 * @param territory the territory code (null: the whole graph)
 * @param level its level
 * @param at the date of the network
 * @param groupLevel the level actors are grouped by for territory figures
 * @param sectors the sector filter (empty: all)
 * @param domains the domain filter (empty: all)
 */
public record ScopeDescription(@Nullable String territory, @Nullable String level, LocalDate at, String groupLevel,
		Set<String> sectors, Set<String> domains) {

	static ScopeDescription of(ProjectedGraph graph) {
		return new ScopeDescription(graph.scope().territory(), graph.scopeLevel(), graph.scope().at(),
				graph.groupLevel(), graph.scope().sectors(), graph.scope().domains());
	}
}
