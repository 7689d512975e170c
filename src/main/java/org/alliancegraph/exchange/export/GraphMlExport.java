package org.alliancegraph.exchange.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the actor graph as GraphML with jgrapht-io's exporter, which streams through a SAX transformer:
 * node keys {@code label, sector, territory, territoryName, seat} (strings), {@code score} (double),
 * {@code rank} (int); edge key {@code weight} (double). Node ids are the actor ids (letters, digits and
 * {@code _ . : -}: valid GraphML NMTOKENs); edges get the exporter's generated ids, since no separator
 * between two actor ids would be both a NMTOKEN character and absent from every id.
 */
final class GraphMlExport {

	private GraphMlExport() {
	}

	static void write(ExportedActorGraph graph, Writer out) {
		GraphMLExporter<ActorNode, DefaultWeightedEdge> exporter = new GraphMLExporter<>(ActorNode::id);
		for (String key : new String[] { "label", "sector", "territory", "territoryName", "seat" }) {
			exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
		}
		exporter.registerAttribute("score", AttributeCategory.NODE, AttributeType.DOUBLE);
		exporter.registerAttribute("rank", AttributeCategory.NODE, AttributeType.INT);
		exporter.setExportEdgeWeights(true);
		exporter.setVertexAttributeProvider(v -> attributes(graph.attributes(v)));
		exporter.exportGraph(graph.projected().actors(), out);
	}

	private static Map<String, Attribute> attributes(ExportedActorGraph.NodeAttributes node) {
		Map<String, Attribute> attributes = new LinkedHashMap<>();
		attributes.put("label", DefaultAttribute.createAttribute(node.label()));
		attributes.put("sector", DefaultAttribute.createAttribute(node.sector()));
		attributes.put("territory", DefaultAttribute.createAttribute(node.territory()));
		attributes.put("territoryName", DefaultAttribute.createAttribute(node.territoryName()));
		attributes.put("seat", DefaultAttribute.createAttribute(node.seat()));
		if (node.score() != null) {
			attributes.put("score", DefaultAttribute.createAttribute(node.score()));
			attributes.put("rank", DefaultAttribute.createAttribute(node.rank()));
		}
		return attributes;
	}
}
