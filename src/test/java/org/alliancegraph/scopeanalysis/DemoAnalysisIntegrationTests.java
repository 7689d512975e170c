package org.alliancegraph.scopeanalysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analyses on the demo data (imported through the API): every endpoint answers, and its figures agree
 * with each other and with the database — not values copied from a previous run.
 */
class DemoAnalysisIntegrationTests extends IntegrationTest {

	private static final String AT = "2025-06-30";

	@BeforeEach
	void importDemo() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/demo/demo-alliances.json")) {
			assertThat(post("/api/v1/imports", new String(in.readAllBytes(), StandardCharsets.UTF_8)).status())
				.isEqualTo(200);
		}
	}

	@Test
	void shouldAnswerEveryAnalysisConsistently() {
		JsonNode catalysts = get("/api/v1/analysis/catalysts?territory=26&at=" + AT + "&limit=1000").json();
		int n = catalysts.get("actorCount").asInt();
		assertThat(n).isEqualTo(count("""
				MATCH (root:Territory {code: '26'})
				MATCH (t:Territory)-[:PART_OF*0..]->(root)
				MATCH (a:Actor)-[:LOCATED_IN|ACTIVE_IN]->(t)
				RETURN count(DISTINCT a)"""));
		assertThat(catalysts.get("catalysts")).hasSize(n);
		double previous = Double.MAX_VALUE;
		for (JsonNode c : catalysts.get("catalysts")) {
			assertThat(c.get("score").asDouble()).isLessThanOrEqualTo(previous);
			previous = c.get("score").asDouble();
			assertThat(c.get("betweennessNormalized").asDouble())
				.isCloseTo(c.get("betweenness").asDouble() * 2 / ((n - 1.0) * (n - 2.0)), within(1e-9));
			assertThat(c.get("explanation").asString()).isNotBlank();
		}

		JsonNode gaps = get("/api/v1/analysis/gaps?territory=26&at=" + AT).json();
		assertThat(gaps.get("tieCount").asInt()).isEqualTo(catalysts.get("tieCount").asInt());
		int inComponents = 0;
		for (JsonNode component : gaps.get("components")) {
			inComponents += component.get("size").asInt();
		}
		assertThat(inComponents).isEqualTo(n);
		for (JsonNode isolated : gaps.get("isolatedActors")) {
			assertThat(find(catalysts.get("catalysts"), isolated.asString()).get("betweenness").asDouble()).isZero();
		}

		JsonNode suggestions = get("/api/v1/analysis/suggestions?territory=26&at=" + AT + "&limit=10").json();
		assertThat(suggestions.get("suggestions")).isNotEmpty();
		for (JsonNode s : suggestions.get("suggestions")) {
			assertThat(sharedActiveTies(s.get("a").asString(), s.get("b").asString())).isZero();
			assertThat(s.get("reasons")).isNotEmpty();
		}

		JsonNode trajectory = get("/api/v1/analysis/trajectory?territory=26&from=2019-06-30&to=" + AT + "&step=P2Y")
			.json();
		assertThat(trajectory.get("points")).hasSize(4);
		JsonNode last = trajectory.get("points").get(3);
		assertThat(last.get("at").asString()).isEqualTo(AT);
		assertThat(last.get("tieCount").asInt()).isEqualTo(catalysts.get("tieCount").asInt());
		assertThat(last.get("components").asInt()).isEqualTo(gaps.get("components").size());
	}

	@Test
	void shouldReportCutPointsWhoseRemovalReallySplitsTheNetwork() {
		JsonNode articulations = get("/api/v1/analysis/articulations?territory=07&at=" + AT).json();
		assertThat(articulations.get("articulationPoints")).isNotEmpty();
		assertThat(articulations.get("territoryLinks")).isNotEmpty();
		for (JsonNode link : articulations.get("territoryLinks")) {
			// directly linked territories need at least one actor removed to be cut apart
			assertThat(link.get("carriers")).isNotEmpty();
			assertThat(link.get("vertexConnectivity").asInt()).isPositive();
		}
		JsonNode link = articulations.get("territoryLinks").get(0);
		JsonNode pair = get("/api/v1/analysis/articulations?territory=07&at=" + AT + "&between="
				+ link.get("a").asString() + "," + link.get("b").asString()).json();
		assertThat(pair.get("cut").get("actors")).hasSize(link.get("vertexConnectivity").asInt());
		int components = articulations.get("components").asInt();
		JsonNode point = articulations.get("articulationPoints").get(0);
		int without = point.get("componentsWithout").asInt();
		assertThat(without).isGreaterThan(components);

		assertThat(asAdmin("DELETE", "/api/v1/actors/" + point.get("id").asString() + "?cascade=true", null).status())
			.isEqualTo(200);

		JsonNode after = get("/api/v1/analysis/articulations?territory=07&at=" + AT).json();
		assertThat(after.get("components").asInt()).isEqualTo(without);
	}

	private long sharedActiveTies(String a, String b) {
		return count("""
				MATCH (x:Actor {id: '%s'}), (y:Actor {id: '%s'})
				RETURN COUNT { (x)-[:MEMBER_OF]->(p:Partnership)<-[:MEMBER_OF]-(y)
				               WHERE p.start <= date('%s') AND (p.end IS NULL OR p.end >= date('%s')) }
				     + COUNT { (x)-[c1:CONTRIBUTES_TO]->(p:Project)<-[c2:CONTRIBUTES_TO]-(y)
				               WHERE p.start <= date('%s') AND (p.end IS NULL OR p.end >= date('%s')) }"""
			.formatted(a, b, AT, AT, AT, AT));
	}

	private static JsonNode find(JsonNode catalysts, String id) {
		Set<String> seen = new HashSet<>();
		for (JsonNode c : catalysts) {
			seen.add(c.get("id").asString());
			if (c.get("id").asString().equals(id)) {
				return c;
			}
		}
		throw new AssertionError("no catalyst " + id + " among " + seen.size());
	}
}
