package org.alliancegraph.exchange.export;

import java.util.Map;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.web.ControlCharacters;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jspecify.annotations.Nullable;

/**
 * The actor graph of a scope as the graph exports show it: the projection (actors, weighted ties at the
 * date) and the catalyst figures of each actor.
 *
 * @param projected the projection of the scope
 * @param catalysts the catalyst result of each actor, by id
 */
record ExportedActorGraph(ProjectedGraph projected, Map<String, CatalystResult> catalysts) {

	ExportedActorGraph {
		catalysts = Map.copyOf(catalysts);
	}

	/** The attributes every graph format gives a node, in the order they are declared. */
	record NodeAttributes(String id, String label, String sector, String territory, String territoryName,
			String seat, @Nullable Double score, @Nullable Integer rank) {
	}

	/**
	 * The node's attributes, their texts without the characters XML forbids ({@link ControlCharacters}): names
	 * stored before those characters were refused would otherwise make the GraphML or GEXF document invalid.
	 */
	NodeAttributes attributes(ActorNode actor) {
		CatalystResult catalyst = catalysts.get(actor.id());
		return new NodeAttributes(actor.id(), ControlCharacters.strip(actor.name()), actor.sector(), actor.territory(),
				ControlCharacters.strip(projected.territoryNames().getOrDefault(actor.territory(), "")), actor.seat(),
				catalyst == null ? null : catalyst.score(), catalyst == null ? null : catalyst.rank());
	}

	String source(DefaultWeightedEdge edge) {
		return projected.actors().getEdgeSource(edge).id();
	}

	String target(DefaultWeightedEdge edge) {
		return projected.actors().getEdgeTarget(edge).id();
	}

	double weight(DefaultWeightedEdge edge) {
		return projected.actors().getEdgeWeight(edge);
	}
}
