package org.alliancegraph.exchange.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.TieHistory;
import org.alliancegraph.scopeanalysis.AnalysisBundle;
import org.alliancegraph.scopeanalysis.AnalysisBundles;
import org.springframework.stereotype.Service;

/**
 * Gathers what the graph exports show: the analysis bundle of the scope (its projection and the catalyst figures
 * of its actors, the same the catalysts answer gives), and for the dynamic export the history of their ties.
 */
@Service
public class ExportService {

	private final AnalysisBundles bundles;

	private final TieHistory history;

	ExportService(AnalysisBundles bundles, TieHistory history) {
		this.bundles = bundles;
		this.history = history;
	}

	/** The actor graph of the scope at its date with every actor's catalyst score; 404 for an unknown territory. */
	ExportedActorGraph actorGraph(Scope scope) {
		AnalysisBundle bundle = bundles.of(scope);
		Map<String, CatalystResult> catalysts = new HashMap<>();
		bundle.catalysts(Integer.MAX_VALUE).catalysts().forEach(c -> catalysts.put(c.id(), c));
		return new ExportedActorGraph(bundle.graph(), catalysts);
	}

	/** The ties among the graph's actors over the whole history. */
	List<TieHistory.PairHistory> tieHistory(ExportedActorGraph graph) {
		List<String> actors = graph.projected().actors().vertexSet().stream().map(ActorNode::id).toList();
		return history.pairs(actors, graph.projected().scope().domains());
	}
}
