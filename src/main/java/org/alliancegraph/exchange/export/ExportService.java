package org.alliancegraph.exchange.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.network.NetworkAnalyses;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.ScopeProjection;
import org.springframework.stereotype.Service;

/**
 * Gathers what the graph exports show: the projection of the scope (the same as the analyses'), the
 * catalyst figures of its actors, and for the dynamic export the history of their ties.
 */
@Service
public class ExportService {

	private final ScopeProjection projection;

	private final NetworkAnalyses analyses;

	private final TieHistory history;

	ExportService(ScopeProjection projection, NetworkAnalyses analyses, TieHistory history) {
		this.projection = projection;
		this.analyses = analyses;
		this.history = history;
	}

	/** The actor graph of the scope at its date with every actor's catalyst score; 404 for an unknown territory. */
	ExportedActorGraph actorGraph(Scope scope) {
		ProjectedGraph graph = projection.project(scope);
		Map<String, CatalystResult> catalysts = new HashMap<>();
		analyses.catalysts(scope, Integer.MAX_VALUE).catalysts().forEach(c -> catalysts.put(c.id(), c));
		return new ExportedActorGraph(graph, catalysts);
	}

	/** The ties among the graph's actors over the whole history. */
	List<TieHistory.PairHistory> tieHistory(ExportedActorGraph graph) {
		List<String> actors = graph.projected().actors().vertexSet().stream().map(ActorNode::id).toList();
		return history.pairs(actors, graph.projected().scope().domains());
	}
}
