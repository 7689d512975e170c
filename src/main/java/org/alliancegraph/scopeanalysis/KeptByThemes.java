package org.alliancegraph.scopeanalysis;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.alliancegraph.projection.ProjectedGraph;

/**
 * The part of a projected actor graph that SDG and partnership-type filters keep: an actor that contributes, at
 * the projection's date, to a project aiming at one of the SDGs, or that is a member of an active partnership of
 * one of the types; a tie between two such contributors of one project or members of one partnership. With both
 * filters, what both keep. The projection reads the project and partnership ties of the scope once, so the
 * explorer no longer pages through every partnership and project of the scope to find them.
 */
final class KeptByThemes {

	private final Set<String> actors = new TreeSet<>();

	private final Set<String> ties = new TreeSet<>();

	private KeptByThemes() {
	}

	/**
	 * @param sdgs SDG codes (empty: no SDG filter)
	 * @param types partnership type codes (empty: no type filter); one of the two filters at least
	 */
	static AnalysisAnswers.Highlight of(ProjectedGraph graph, Set<String> sdgs, Set<String> types,
			ScopeDescription scope) {
		KeptByThemes kept = null;
		if (!sdgs.isEmpty()) {
			kept = joining(graph.projects().values().stream()
				.filter(p -> !Collections.disjoint(p.sdgs(), sdgs))
				.map(ProjectedGraph.ProjectTie::members));
		}
		if (!types.isEmpty()) {
			KeptByThemes byType = joining(graph.partnerships().values().stream()
				.filter(p -> types.contains(p.type()))
				.map(ProjectedGraph.PartnershipTie::members));
			kept = kept == null ? byType : kept.and(byType);
		}
		if (kept == null) {
			throw new IllegalArgumentException("an SDG or a partnership type to keep");
		}
		return new AnalysisAnswers.Highlight(scope, new TreeSet<>(sdgs), new TreeSet<>(types), List.copyOf(kept.actors),
				kept.ties.stream().map(tie -> List.of(tie.split("\\|", 2))).toList());
	}

	/** The members of each group, and every pair of members of one group. */
	private static KeptByThemes joining(Stream<List<String>> groups) {
		KeptByThemes kept = new KeptByThemes();
		groups.forEach(members -> {
			kept.actors.addAll(members);
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					kept.ties.add(ProjectedGraph.tieId(members.get(i), members.get(j)));
				}
			}
		});
		return kept;
	}

	private KeptByThemes and(KeptByThemes other) {
		actors.retainAll(other.actors);
		ties.retainAll(other.ties);
		return this;
	}
}
