package org.alliancegraph.projection;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The graphs an analysis needs for one scope, read from Neo4j once and shared read-only.
 *
 * @param scope what was projected
 * @param scopeLevel the level of the scope's territory (null for the whole graph)
 * @param groupLevel the level actors are grouped by ({@link ActorNode#territory()})
 * @param actors the actor graph: actors linked when they share a partnership or a project active at the date;
 *     weight = number of shared ties, a partnership counting its intensity
 * @param actorProjects the bipartite graph of actors and the projects they contribute to at the date
 *     (vertices are ids; project vertices are prefixed {@code project:})
 * @param partnerships the partnerships active at the date with a member in the scope, by id: their in-scope
 *     members and the weight each adds to every tie between two of them, so that a scenario can take one
 *     partnership's part out of a tie that others carry too
 * @param projects the projects active at the date with a contributor in the scope, by id: their in-scope
 *     contributors at the date and the SDGs they aim at
 * @param territoryNames names of the territories the actors are grouped by
 * @param dataVersion the data stamp the projection was read at (see {@code DataVersion#stamp()})
 */
public record ProjectedGraph(Scope scope, @Nullable String scopeLevel, String groupLevel, Graph<ActorNode, DefaultWeightedEdge> actors,
		Graph<String, DefaultWeightedEdge> actorProjects, Map<String, PartnershipTie> partnerships,
		Map<String, ProjectTie> projects, Map<String, String> territoryNames, String dataVersion) {

	/**
	 * One partnership's part of the actor graph.
	 *
	 * @param members its members in the scope, distinct
	 * @param weight what it adds to the weight of the tie between any two of them (its intensity, 1 when not given)
	 * @param type its partnership type code
	 */
	public record PartnershipTie(List<String> members, double weight, String type) {

		public PartnershipTie {
			members = List.copyOf(members);
		}
	}

	/**
	 * One project's part of the actor graph.
	 *
	 * @param members its contributors in the scope at the date, distinct
	 * @param sdgs the codes of the SDGs it aims at
	 */
	public record ProjectTie(List<String> members, Set<String> sdgs) {

		public ProjectTie {
			members = List.copyOf(members);
			sdgs = Set.copyOf(sdgs);
		}
	}

	/** {@code a|b}: {@code |} is never part of an actor id, so a tie's id names its ends unambiguously. */
	public static String tieId(String a, String b) {
		return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
	}
}
