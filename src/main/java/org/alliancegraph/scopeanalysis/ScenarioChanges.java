package org.alliancegraph.scopeanalysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;

/**
 * The changes of a what-if scenario on a scope's network, checked against its projection.
 *
 * @param without the ids of the actors leaving
 * @param withoutPartnerships the ids of the partnerships ending: their part of each tie goes, the part of the
 *     other partnerships and projects stays
 * @param with the hypothetical new ties, each two actor ids
 */
public record ScenarioChanges(Set<String> without, Set<String> withoutPartnerships, List<List<String>> with) {

	public ScenarioChanges {
		without = Set.copyOf(without);
		withoutPartnerships = Set.copyOf(withoutPartnerships);
		with = with.stream().map(List::copyOf).toList();
	}

	/**
	 * The changes of the request parameters (comma-separated ids; {@code with} as {@code A:B,C:D}); every unknown
	 * id and malformed pair goes to {@code errors}, named.
	 */
	static ScenarioChanges parse(@Nullable String without, @Nullable String withoutPartnerships,
			@Nullable String with, ProjectedGraph graph, InputErrors errors) {
		Set<String> actors = new LinkedHashSet<>();
		graph.actors().vertexSet().stream().map(ActorNode::id).forEach(actors::add);
		Set<String> leaving = new LinkedHashSet<>();
		for (String id : ids(without)) {
			if (!actors.contains(id)) {
				errors.add("without", id, "acteur inconnu dans ce périmètre (territoire, date, filtres)");
			}
			leaving.add(id);
		}
		Set<String> ending = new LinkedHashSet<>();
		for (String id : ids(withoutPartnerships)) {
			if (!graph.partnerships().containsKey(id)) {
				errors.add("withoutPartnerships", id,
						"partenariat inconnu, inactif à cette date ou sans membre dans ce périmètre");
			}
			ending.add(id);
		}
		List<List<String>> ties = new ArrayList<>();
		for (String pair : ids(with)) {
			List<String> ends = List.of(pair.split(":", -1)).stream().map(String::strip).toList();
			if (ends.size() != 2 || ends.get(0).isEmpty() || ends.get(1).isEmpty() || ends.get(0).equals(ends.get(1))) {
				errors.add("with", pair, "attendu : deux identifiants d'acteurs différents séparés par « : » (A:B)");
				continue;
			}
			for (String end : ends) {
				if (!actors.contains(end)) {
					errors.add("with", end, "acteur inconnu dans ce périmètre (territoire, date, filtres)");
				}
				else if (leaving.contains(end)) {
					errors.add("with", end, "cet acteur quitte le réseau dans ce scénario (without)");
				}
			}
			ties.add(ends);
		}
		return new ScenarioChanges(leaving, ending, ties);
	}

	private static List<String> ids(@Nullable String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return List.of(list.split(",", -1)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
