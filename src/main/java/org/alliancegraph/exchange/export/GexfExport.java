package org.alliancegraph.exchange.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.TieHistory;
import org.jspecify.annotations.Nullable;

/**
 * Writes the actor graph as a dynamic GEXF 1.2 document ({@code mode="dynamic"}, {@code timeformat="date"}):
 * each edge carries the {@code spells} in which its two actors were tied, so Gephi's timeline replays the
 * network's history; nodes carry the sector, the grouping territory, the seat and the catalyst score and
 * rank at the export's date.
 *
 * <p>Written with the JDK's StAX writer, element by element, rather than with jgrapht-io's
 * {@code GEXFExporter}: that exporter writes static graphs only (no {@code mode}, {@code timeformat},
 * {@code start}/{@code end} or {@code spells}), and its output would have to be rewritten.
 */
final class GexfExport {

	static final String NAMESPACE = "http://www.gexf.net/1.2draft";

	private static final String[][] NODE_ATTRIBUTES = { { "sector", "string" }, { "territory", "string" },
			{ "territoryName", "string" }, { "seat", "string" }, { "score", "double" }, { "rank", "integer" } };

	private GexfExport() {
	}

	static void write(ExportedActorGraph graph, List<TieHistory.PairHistory> pairs, LocalDate at, OutputStream out)
			throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NAMESPACE);
		xml.writeStartElement(NAMESPACE, "gexf");
		xml.writeDefaultNamespace(NAMESPACE);
		xml.writeAttribute("version", "1.2");
		xml.writeStartElement("meta");
		xml.writeAttribute("lastmodifieddate", LocalDate.now().toString());
		element(xml, "creator", "alliance-graph");
		element(xml, "description", "Graphe des acteurs : liens = partenariats et projets partagés, avec leurs"
				+ " périodes ; scores de catalyseur au " + at + " / actor graph over time, catalyst scores at " + at);
		xml.writeEndElement();

		xml.writeStartElement("graph");
		xml.writeAttribute("mode", "dynamic");
		xml.writeAttribute("defaultedgetype", "undirected");
		xml.writeAttribute("timeformat", "date");
		xml.writeStartElement("attributes");
		xml.writeAttribute("class", "node");
		xml.writeAttribute("mode", "static");
		for (String[] attribute : NODE_ATTRIBUTES) {
			xml.writeEmptyElement("attribute");
			xml.writeAttribute("id", attribute[0]);
			xml.writeAttribute("title", attribute[0]);
			xml.writeAttribute("type", attribute[1]);
		}
		xml.writeEndElement();

		xml.writeStartElement("nodes");
		for (ActorNode actor : graph.projected().actors().vertexSet()) {
			ExportedActorGraph.NodeAttributes node = graph.attributes(actor);
			xml.writeStartElement("node");
			xml.writeAttribute("id", node.id());
			xml.writeAttribute("label", node.label());
			xml.writeStartElement("attvalues");
			attvalue(xml, "sector", node.sector());
			attvalue(xml, "territory", node.territory());
			attvalue(xml, "territoryName", node.territoryName());
			attvalue(xml, "seat", node.seat());
			attvalue(xml, "score", node.score());
			attvalue(xml, "rank", node.rank());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();

		xml.writeStartElement("edges");
		for (TieHistory.PairHistory pair : pairs) {
			xml.writeStartElement("edge");
			xml.writeAttribute("id", ProjectedGraph.tieId(pair.a(), pair.b()));
			xml.writeAttribute("source", pair.a());
			xml.writeAttribute("target", pair.b());
			xml.writeAttribute("weight", Double.toString(pair.weight()));
			xml.writeStartElement("spells");
			for (TieHistory.Spell spell : pair.spells()) {
				xml.writeEmptyElement("spell");
				xml.writeAttribute("start", spell.start().toString());
				if (spell.end() != null) {
					xml.writeAttribute("end", spell.end().toString());
				}
			}
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.flush();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void attvalue(XMLStreamWriter xml, String key, @Nullable Object value) throws XMLStreamException {
		if (value != null) {
			xml.writeEmptyElement("attvalue");
			xml.writeAttribute("for", key);
			xml.writeAttribute("value", value.toString());
		}
	}
}
