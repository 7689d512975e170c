package org.alliancegraph.report;

import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report that does not wait for its peers ({@code alliance.report.peers-wait=0s}, a context of its own): the first
 * request starts their computation and is answered at once, saying the peers are being computed; that report is not
 * kept, so the same request asked again a little later, with no write in between, finds the benchmark.
 */
@TestPropertySource(properties = "alliance.report.peers-wait=0s")
class DiagnosticPendingPeersIntegrationTests extends IntegrationTest {

	private static final String AT = "2025-12-31";

	private static final String OTHER_DATE = "2024-12-31";

	@Test
	void shouldSayThePeersAreComputingAndNotKeepThatReport() throws InterruptedException {
		for (Map<String, Object> territory : List.<Map<String, Object>>of(
				Map.of("code", "R98", "name", "Région Lente", "level", "REGION"),
				Map.of("code", "93", "name", "Département Un", "level", "DEPARTEMENT", "partOf", List.of("R98")),
				Map.of("code", "94", "name", "Département Deux", "level", "DEPARTEMENT", "partOf", List.of("R98")))) {
			assertThat(post("/api/v1/territories", territory).status()).isEqualTo(201);
		}
		for (String seat : List.of("93", "94")) {
			assertThat(post("/api/v1/actors", Map.of("id", "a" + seat, "name", "Acteur " + seat, "sector", "ASSOCIATION",
					"locatedIn", seat, "activeIn", List.of())).status()).isEqualTo(201);
		}

		JsonNode first = get("/api/v1/territories/93/diagnostic?at=" + AT).json();

		assertThat(first.get("peers").get("benchmark").isNull()).isTrue();
		assertThat(first.get("peers").get("pending").get("state").asString()).isEqualTo("RUNNING");
		assertThat(first.get("keyPoints").get(4).get("code").asString()).isEqualTo("PEERS_PENDING");
		assertThat(first.get("keyPoints").get(4).get("number").isNull()).isTrue();
		// the page says so too (another date: peers of their own, not computed yet)
		String page = get("/api/v1/territories/93/diagnostic.html?at=" + OTHER_DATE).body();
		String section = page.substring(page.indexOf("id=\"peers\""), page.indexOf("id=\"suggestions\""));
		assertThat(section).contains("sont en cours de calcul").doesNotContain("<svg");

		// the same request again, the data unchanged: a kept report would say the same for ever
		JsonNode later = first;
		for (int attempt = 0; attempt < 100 && later.get("peers").get("benchmark").isNull(); attempt++) {
			Thread.sleep(100);
			later = get("/api/v1/territories/93/diagnostic?at=" + AT).json();
		}
		assertThat(later.get("peers").get("benchmark"))
			.isEqualTo(get("/api/v1/analysis/benchmark?territory=93&at=" + AT).json());
		assertThat(later.get("peers").get("benchmark").get("peers").asInt()).isEqualTo(2);
		assertThat(later.get("keyPoints").get(4).get("code").asString()).isEqualTo("PEERS");
	}
}
