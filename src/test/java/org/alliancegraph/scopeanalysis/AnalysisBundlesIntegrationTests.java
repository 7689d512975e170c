package org.alliancegraph.scopeanalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scope's analyses are computed once per data version, whoever asks: simultaneous identical requests, the
 * explorer's export, the diagnostic report; a write makes the next request compute them again. Counted by the
 * bundles' metric, on the graph of {@link AnalysisIntegrationTests}.
 */
class AnalysisBundlesIntegrationTests extends IntegrationTest {

	private static final String CATALYSTS = "/api/v1/analysis/catalysts?territory=26&at=2024-01-01&limit=3";

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void fixture() {
		cypher(AnalysisIntegrationTests.FIXTURE);
	}

	@Test
	void shouldComputeEachPartOnceForEveryoneUntilTheNextWrite() throws Exception {
		double catalysts = computed("catalysts");
		double gaps = computed("gaps");
		double articulations = computed("articulations");
		double past = computed("past catalysts");

		List<String> answers = concurrently(8, () -> get(CATALYSTS).body());
		assertThat(answers).hasSize(8).containsOnly(answers.get(0));
		assertThat(JSON.readTree(answers.get(0)).get("catalysts").get(0).get("id").asString()).isEqualTo("c");
		// the explorer's graph carries every actor's rank, from the same ranking
		JsonNode elements = get("/api/v1/exports?format=cytoscape&territory=26&at=2024-01-01").json();
		assertThat(rankOf(elements, "c")).isEqualTo(1);
		assertThat(computed("catalysts") - catalysts).isEqualTo(1);

		// the report of the same scope and date reads the same bundle: its catalysts are not computed again, and
		// its trajectory's point of that date reuses the gaps' components and the articulations; each of the 8
		// earlier dates of its trajectory ranks its catalysts once, for its top three. Its 'Se situer' section
		// reads the peers' indicators, computed together in bundles that are not kept: the Drôme is the only
		// département of its région here, so one more ranking, for its brokerage concentration
		JsonNode report = get("/api/v1/territories/26/diagnostic?at=2024-01-01").json();
		assertThat(report.get("catalysts").get("catalysts").get(0).get("id").asString()).isEqualTo("c");
		assertThat(report.get("peers").get("benchmark").get("peers").asInt()).isEqualTo(1);
		assertThat(computed("catalysts") - catalysts).isEqualTo(1 + 1);
		assertThat(computed("past catalysts") - past).isEqualTo(8);
		assertThat(computed("gaps") - gaps).isEqualTo(1);
		assertThat(computed("articulations") - articulations).isEqualTo(1 + 8);
		// the same trajectory, gaps and catalysts through the API: nothing computed again
		get(CATALYSTS);
		get("/api/v1/analysis/gaps?territory=26&at=2024-01-01");
		JsonNode trajectory = get("/api/v1/analysis/trajectory?territory=26&from=2016-01-01&to=2024-01-01").json();
		assertThat(trajectory.get("points")).hasSize(9);
		assertThat(trajectory.get("points").get(8).get("topCatalysts").get(0).get("id").asString()).isEqualTo("c");
		assertThat(computed("catalysts") - catalysts).isEqualTo(1 + 1);
		assertThat(computed("past catalysts") - past).isEqualTo(8);
		assertThat(computed("gaps") - gaps).isEqualTo(1);
		assertThat(computed("articulations") - articulations).isEqualTo(1 + 8);

		// a write moves the data version: the next answer is computed again, on the new graph
		assertThat(asAdmin("DELETE", "/api/v1/actors/z", null).status()).isEqualTo(204);
		JsonNode after = get(CATALYSTS).json();
		assertThat(after.get("actorCount").asInt()).isEqualTo(5);
		assertThat(computed("catalysts") - catalysts).isEqualTo(1 + 1 + 1);
	}

	private double computed(String part) {
		Counter counter = meters.find(AnalysisBundles.COMPUTED).tag("part", part).counter();
		return counter == null ? 0 : counter.count();
	}

	private static int rankOf(JsonNode cytoscape, String id) {
		for (JsonNode node : cytoscape.get("elements").get("nodes")) {
			if (node.get("data").get("id").asString().equals(id)) {
				return node.get("data").get("rank").asInt();
			}
		}
		throw new AssertionError("no node " + id);
	}

	/** The answers of {@code n} identical requests sent at the same instant. */
	private static List<String> concurrently(int n, java.util.concurrent.Callable<String> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<String> answers = new ArrayList<>();
			for (Future<String> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
