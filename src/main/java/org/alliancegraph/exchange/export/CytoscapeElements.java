package org.alliancegraph.exchange.export;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.projection.ProjectedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The actor graph as Cytoscape.js elements ({@code cy.add(answer.elements)}), the shape the explorer page
 * reads: {@code {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}}.
 */
record CytoscapeElements(Elements elements) {

	record Elements(List<Node> nodes, List<Edge> edges) {
	}

	record Node(ExportedActorGraph.NodeAttributes data) {
	}

	record Edge(EdgeData data) {
	}

	/**
	 * @param weight the number of ties the two actors share at the date, a partnership counting its intensity
	 */
	record EdgeData(String id, String source, String target, double weight) {
	}

	static CytoscapeElements of(ExportedActorGraph graph) {
		List<Node> nodes = new ArrayList<>();
		for (ActorNode actor : graph.projected().actors().vertexSet()) {
			nodes.add(new Node(graph.attributes(actor)));
		}
		List<Edge> edges = new ArrayList<>();
		for (DefaultWeightedEdge e : graph.projected().actors().edgeSet()) {
			String source = graph.source(e);
			String target = graph.target(e);
			edges.add(new Edge(new EdgeData(ProjectedGraph.tieId(source, target), source, target, graph.weight(e))));
		}
		return new CytoscapeElements(new Elements(nodes, edges));
	}
}
