package org.alliancegraph.scopeanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The robustness answer over real HTTP on the graph of {@link AnalysisIntegrationTests}, worked out by hand:
 *
 * <pre>
 * EPCI 200000001: a ─ b, a ─ c, b ─ c        EPCI 200000002: d ─ e, z alone        c ─ d between them
 * </pre>
 *
 * L = {a, b, c, d, e} (5), {z} apart: 2 components. Without c: pieces {a, b} and {d, e}, equal, the main one holds
 * a: d and e cut off (2), 3 components, and the only tie between the two EPCI (c ─ d) goes: 1 link lost. Without d:
 * {a, b, c} and {e}: 1 cut off, 3 components, the same link lost. a, b, e: nothing cut off, 2 components; z: 1
 * component. Sequence over 6 actors: c first (largest left 2, every other departure leaves at least 3), and
 * 2 &lt; 6 / 2 ends it.
 */
class RobustnessIntegrationTests extends IntegrationTest {

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void fixture() {
		cypher(AnalysisIntegrationTests.FIXTURE);
	}

	@Test
	void shouldRankTheCutActorFirstWithHandComputedFigures() {
		JsonNode answer = get("/api/v1/analysis/robustness?territory=26&at=2024-01-01").json();

		assertThat(answer.get("scope").get("territory").asString()).isEqualTo("26");
		assertThat(answer.get("actorCount").asInt()).isEqualTo(6);
		assertThat(answer.get("largestComponent").asInt()).isEqualTo(5);
		List<String> rows = new ArrayList<>();
		for (JsonNode actor : answer.get("actors")) {
			rows.add(actor.get("id").asString() + " " + actor.get("cutOff").asInt() + " "
					+ actor.get("componentsAfter").asInt() + " " + actor.get("territoryLinksLost").asInt());
		}
		assertThat(rows).containsExactly("c 2 3 1", "d 1 3 1", "a 0 2 0", "b 0 2 0", "e 0 2 0", "z 0 1 0");
		JsonNode c = answer.get("actors").get(0);
		assertThat(c.get("name").asString()).isEqualTo("Acteur c");
		assertThat(c.get("sector").asString()).isEqualTo("LOCAL_AUTHORITY");
		assertThat(c.get("territory").asString()).isEqualTo("200000001");
		assertThat(answer.get("sequence")).hasSize(1);
		JsonNode step = answer.get("sequence").get(0);
		assertThat(step.get("removed").get("id").asString()).isEqualTo("c");
		assertThat(step.get("removed").get("name").asString()).isEqualTo("Acteur c");
		assertThat(step.get("largestComponent").asInt()).isEqualTo(2);
		assertThat(step.get("largestComponentShare").asDouble()).isCloseTo(2 / 6.0, within(1e-9));
		assertThat(answer.get("sequenceComplete").asBoolean()).isTrue();
	}

	@Test
	void shouldComputeRobustnessOncePerDataVersionWhateverTheLimit() {
		double before = computed();

		get("/api/v1/analysis/robustness?territory=26&at=2024-01-01&limit=3");
		get("/api/v1/analysis/robustness?territory=26&at=2024-01-01&limit=5");

		assertThat(computed() - before).isEqualTo(1.0);
	}

	private double computed() {
		Counter counter = meters.find(AnalysisBundles.COMPUTED).tag("part", "robustness").counter();
		return counter == null ? 0 : counter.count();
	}

	@Test
	void shouldCapTheListAtTheLimit() {
		JsonNode answer = get("/api/v1/analysis/robustness?territory=26&at=2024-01-01&limit=2").json();

		assertThat(answer.get("actors").findValuesAsString("id")).containsExactly("c", "d");
		assertThat(answer.get("actorCount").asInt()).isEqualTo(6);
	}

	@Test
	void shouldRejectALimitOutOfRangeInFrench() {
		for (String limit : List.of("0", "1001")) {
			Answer answer = get("/api/v1/analysis/robustness?territory=26&limit=" + limit);

			assertThat(answer.status()).isEqualTo(422);
			JsonNode error = answer.json().get("errors").get(0);
			assertThat(error.get("path").asString()).isEqualTo("limit");
			assertThat(error.get("message").asString()).contains("compris entre 1 et 1000");
		}
	}
}
