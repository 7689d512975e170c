package org.alliancegraph.exchange.export;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The graph exports: Cytoscape.js elements, GraphML and dynamic GEXF of the actor graph of a scope. */
public class GraphExportIntegrationTests extends IntegrationTest {

	/**
	 * Three actors. On 2025-01-01: a1–a2 (x1, intensity 2), a2–a3 (x3), a1–a3 (project p1). On 2020-06-01:
	 * a2–a3 only (x2, ended 2020-12-31). Over time, a2–a3 has two spells.
	 */
	public static final String DOCUMENT = """
			{
			  "territories": [{"code": "T1", "name": "Test", "level": "CUSTOM", "partOf": []}],
			  "actors": [
			    {"id": "a1", "name": "Association A", "sector": "ASSOCIATION", "locatedIn": "T1"},
			    {"id": "a2", "name": "Entreprise B", "sector": "COMPANY", "locatedIn": "T1"},
			    {"id": "a3", "name": "Réseau C", "sector": "NETWORK", "locatedIn": "T1"}
			  ],
			  "projects": [
			    {"id": "p1", "name": "Mobilité solidaire", "phase": "EXPERIMENTATION", "start": "2023-01-01",
			     "domains": ["MOBILITY"],
			     "contributors": [{"actor": "a1", "role": "LEAD", "since": "2023-01-01"},
			                      {"actor": "a3", "role": "PARTNER", "since": "2023-03-01"}]}
			  ],
			  "partnerships": [
			    {"id": "x1", "type": "SOCIETAL_INNOVATION", "start": "2022-05-01", "intensity": 2,
			     "members": [{"actor": "a1", "role": "LEAD"}, {"actor": "a2", "role": "PARTNER"}]},
			    {"id": "x2", "type": "GRANT", "start": "2019-01-01", "end": "2020-12-31",
			     "members": [{"actor": "a2", "role": "FUNDER"}, {"actor": "a3", "role": "LEAD"}]},
			    {"id": "x3", "type": "ECONOMIC_COOPERATION", "start": "2021-06-01",
			     "members": [{"actor": "a2", "role": "LEAD"}, {"actor": "a3", "role": "PARTNER"}]}
			  ]
			}""";

	/**
	 * The catalyst scores of the triangle on 2025-01-01, by hand (weights a1–a2 2, a1–a3 1, a2–a3 1). The score
	 * is 0.30 betweenness + 0.20 brokerage + 0.15 effective size + 0.10 low constraint + 0.15 sector diversity +
	 * 0.10 territory span, each as a mid-rank percentile {@code (below + (equal - 1) / 2) / (n - 1)}, n = 3.
	 * Every pair is tied: betweenness 0 and no brokerage for all; each actor has partners of 2 other sectors and
	 * all sit in T1 (span 1): percentile 0.5 for all four. Burt, with p the share of an actor's tie weight and m
	 * a tie relative to the partner's strongest: effective size a1 = (1 - 1/3 · 1/2) + (1 - 2/3 · 1) = 7/6, a2 the
	 * same by symmetry, a3 = (1 - 1/2 · 1) + (1 - 1/2 · 1) = 1; constraint a1 = (2/3 + 1/3 · 1/2)² + (1/3 +
	 * 2/3 · 1/3)² = 325/324, a2 the same, a3 = 2 (1/2 + 1/2 · 2/3)² = 25/18. So a1 and a2 share the top of both
	 * (percentile 0.75) and a3 is last (0): a1, a2 0.15 + 0.10 + 0.1125 + 0.075 + 0.075 + 0.05 = 0.5625, a3 0.375.
	 * Equal scores rank by id: a1 1, a2 2, a3 3.
	 */
	private static final Map<String, Double> TRIANGLE_SCORES = Map.of("a1", 0.5625, "a2", 0.5625, "a3", 0.375);

	private static final Map<String, Integer> TRIANGLE_RANKS = Map.of("a1", 1, "a2", 2, "a3", 3);

	@BeforeEach
	void importDocument() {
		assertThat(post("/api/v1/imports", DOCUMENT).status()).isEqualTo(200);
	}

	@Test
	void shouldGiveTheActorGraphAsCytoscapeElements() {
		Answer answer = get("/api/v1/exports?format=cytoscape&territory=T1&at=2025-01-01");

		assertThat(answer.status()).isEqualTo(200);
		JsonNode elements = answer.json().get("elements");
		assertThat(elements.get("nodes")).hasSize(3);
		assertThat(elements.get("edges")).hasSize(3);
		JsonNode a2 = node(elements, "a2");
		assertThat(a2.get("label").asString()).isEqualTo("Entreprise B");
		assertThat(a2.get("sector").asString()).isEqualTo("COMPANY");
		assertThat(a2.get("territory").asString()).isEqualTo("T1");
		assertThat(a2.get("seat").asString()).isEqualTo("T1");
		JsonNode edge = edge(elements, "a1|a2");
		assertThat(edge.get("weight").asDouble()).isEqualTo(2.0);
		assertThat(edge(elements, "a1|a3").get("weight").asDouble()).isEqualTo(1.0);
		assertThat(edge(elements, "a2|a3").get("weight").asDouble()).isEqualTo(1.0);
		for (String id : List.of("a1", "a2", "a3")) {
			assertThat(node(elements, id).get("score").asDouble()).as("score of " + id)
				.isCloseTo(TRIANGLE_SCORES.get(id), within(1e-9));
			assertThat(node(elements, id).get("rank").asInt()).as("rank of " + id).isEqualTo(TRIANGLE_RANKS.get(id));
		}
		assertThat(edge.get("source").asString() + edge.get("target").asString()).isIn("a1a2", "a2a1");
	}

	@Test
	void shouldTakeTheNetworkAsItStoodAtTheDate() {
		JsonNode elements = get("/api/v1/exports?format=cytoscape&at=2020-06-01").json().get("elements");

		assertThat(elements.get("nodes")).hasSize(3);
		assertThat(elements.get("edges")).hasSize(1);
		assertThat(elements.get("edges").get(0).get("data").get("id").asString()).isEqualTo("a2|a3");
	}

	@Test
	void shouldFilterBySectorLikeTheAnalyses() {
		JsonNode elements = get("/api/v1/exports?format=cytoscape&at=2025-01-01&sector=COMPANY&sector=NETWORK")
			.json()
			.get("elements");

		assertThat(elements.get("nodes").findValuesAsString("id")).containsExactlyInAnyOrder("a2", "a3");
	}

	@Test
	void shouldWriteGraphMlThatParsesBackWithTheSameGraphAndAttributes() {
		JsonNode elements = get("/api/v1/exports?format=cytoscape&at=2025-01-01").json().get("elements");
		Answer answer = get("/api/v1/exports?format=graphml&at=2025-01-01");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("application/graphml+xml");
		GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory(id -> id);
		Map<String, Map<String, String>> attributes = new HashMap<>();
		Graph<String, DefaultWeightedEdge> graph = parse(importer, answer.body(), attributes);

		assertThat(graph.vertexSet()).hasSize(elements.get("nodes").size());
		assertThat(graph.edgeSet()).hasSize(elements.get("edges").size());
		for (JsonNode node : elements.get("nodes")) {
			JsonNode data = node.get("data");
			Map<String, String> parsed = attributes.get(data.get("id").asString());
			assertThat(parsed).containsEntry("label", data.get("label").asString())
				.containsEntry("sector", data.get("sector").asString())
				.containsEntry("territory", data.get("territory").asString())
				.containsEntry("seat", data.get("seat").asString())
				.containsEntry("rank", data.get("rank").asString());
			assertThat(Double.parseDouble(parsed.get("score"))).isCloseTo(data.get("score").asDouble(), within(1e-12));
		}
		assertThat(graph.getEdgeWeight(graph.getEdge("a1", "a2"))).isEqualTo(2.0);
	}

	@Test
	void shouldWriteADynamicGexfWithTheIntervalsOfTheTies() {
		Answer answer = get("/api/v1/exports?format=gexf&territory=T1&at=2025-01-01");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("mode=\"dynamic\"").contains("timeformat=\"date\"")
			.contains("<spell start=\"2019-01-01\" end=\"2020-12-31\"")
			.contains("<spell start=\"2021-06-01\"")
			.contains("<spell start=\"2023-03-01\"");
		SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
		importer.setSchemaValidation(true);
		importer.setVertexFactory(id -> id);
		Map<String, Map<String, String>> attributes = new HashMap<>();
		Graph<String, DefaultWeightedEdge> graph = parse(importer, answer.body(), attributes);

		assertThat(graph.vertexSet()).containsExactlyInAnyOrder("a1", "a2", "a3");
		assertThat(graph.edgeSet()).hasSize(3);
		assertThat(attributes.get("a3")).containsEntry("sector", "NETWORK").containsEntry("territory", "T1")
			.containsEntry("rank", "3");
		assertThat(Double.parseDouble(attributes.get("a3").get("score"))).isCloseTo(TRIANGLE_SCORES.get("a3"),
				within(1e-9));
		// x2 and x3: weight 1 + 1 over the history
		assertThat(graph.getEdgeWeight(graph.getEdge("a2", "a3"))).isEqualTo(2.0);
	}

	@Test
	void shouldAnswer404ForAnUnknownTerritory() {
		Answer answer = get("/api/v1/exports?format=gexf&territory=NOWHERE");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void shouldRejectAnUnknownFormatNamingTheParameter() {
		Answer answer = get("/api/v1/exports?format=pdf");

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().get("errors").get(0).get("path").asString()).isEqualTo("format");
		assertThat(get("/api/v1/exports").status()).isEqualTo(422);
	}

	/** Parses an export back with a jgrapht-io importer, collecting the vertices' attributes. */
	private static <I extends BaseEventDrivenImporter<String, DefaultWeightedEdge> & GraphImporter<String, DefaultWeightedEdge>> Graph<String, DefaultWeightedEdge> parse(
			I importer, String body, Map<String, Map<String, String>> attributes) {
		Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		importer.addVertexAttributeConsumer((vertexAndKey, value) -> attributes
			.computeIfAbsent(vertexAndKey.getFirst(), v -> new HashMap<>())
			.put(vertexAndKey.getSecond(), value.getValue()));
		importer.importGraph(graph, new StringReader(body));
		return graph;
	}

	private static JsonNode node(JsonNode elements, String id) {
		for (JsonNode node : elements.get("nodes")) {
			if (node.get("data").get("id").asString().equals(id)) {
				return node.get("data");
			}
		}
		throw new AssertionError("no node " + id);
	}

	private static JsonNode edge(JsonNode elements, String id) {
		for (JsonNode edge : elements.get("edges")) {
			if (edge.get("data").get("id").asString().equals(id)) {
				return edge.get("data");
			}
		}
		throw new AssertionError("no edge " + id);
	}
}
