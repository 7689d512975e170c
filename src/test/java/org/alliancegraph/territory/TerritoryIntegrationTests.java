package org.alliancegraph.territory;

import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryIntegrationTests extends IntegrationTest {

	private static Map<String, Object> territory(String code, String name, String level, String... partOf) {
		return Map.of("code", code, "name", name, "level", level, "partOf", List.of(partOf));
	}

	private void region84AndDrome() {
		assertThat(post("/api/v1/territories", territory("R84", "Auvergne-Rhône-Alpes", "REGION")).status())
			.isEqualTo(201);
		assertThat(post("/api/v1/territories", territory("26", "Drôme", "DEPARTEMENT", "R84")).status()).isEqualTo(201);
	}

	@Test
	void shouldCreateReadUpdateAndDeleteATerritory() {
		region84AndDrome();
		Answer created = post("/api/v1/territories",
				Map.of("code", "26362", "name", "Valence", "level", "COMMUNE", "population", 64726, "partOf",
						List.of("26"), "indicators", Map.of("POVERTY_RATE", 22.5)));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/territories/26362");
		assertThat(created.json().get("version").asLong()).isZero();

		Answer read = get("/api/v1/territories/26362");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo("Valence");
		assertThat(read.json().get("partOf").get(0).asString()).isEqualTo("26");
		assertThat(read.json().get("indicators").get("POVERTY_RATE").asDouble()).isEqualTo(22.5);

		Answer updated = put("/api/v1/territories/26362", Map.of("name", "Valence (Drôme)", "level", "COMMUNE",
				"partOf", List.of("26"), "version", 0));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).isEqualTo(1);
		assertThat(updated.json().get("indicators").size()).isZero();

		Answer page = get("/api/v1/territories?parent=R84&level=COMMUNE");
		assertThat(page.json().get("page").get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.json().get("content").get(0).get("code").asString()).isEqualTo("26362");

		assertThat(delete("/api/v1/territories/26362").status()).isEqualTo(204);
		assertThat(get("/api/v1/territories/26362").status()).isEqualTo(404);
	}

	@Test
	void shouldRejectACycleInPartOfAndChangeNothing() {
		region84AndDrome();
		post("/api/v1/territories", territory("BV-A", "Bassin A", "CUSTOM", "26"));
		post("/api/v1/territories", territory("BV-B", "Bassin B", "CUSTOM", "BV-A"));
		String before = graphFingerprint();

		Answer cycle = put("/api/v1/territories/BV-A", territory("BV-A", "Bassin A", "CUSTOM", "BV-B"));

		assertThat(cycle.status()).isEqualTo(422);
		assertThat(cycle.contentType()).startsWith("application/problem+json");
		assertThat(cycle.json().get("detail").asString()).contains("cycle").contains("BV-A → BV-B → BV-A");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldRefuseToDeleteAReferencedTerritoryUnlessAnAdminCascades() {
		region84AndDrome();
		String before = graphFingerprint();

		Answer refused = delete("/api/v1/territories/R84");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("references").get("parts").get(0).asString()).isEqualTo("26");
		assertThat(graphFingerprint()).isEqualTo(before);

		assertThat(send("DELETE", "/api/v1/territories/R84?cascade=true", null, "editor", "editor-secret").status())
			.isEqualTo(403);
		assertThat(asAdmin("DELETE", "/api/v1/territories/R84?cascade=true", null).status()).isEqualTo(204);
		assertThat(get("/api/v1/territories/26").json().get("partOf").size()).isZero();
	}
}
