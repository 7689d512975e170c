package org.alliancegraph.web;

import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description a client or Swagger UI reads: named, grouped by resource, with its sign-in scheme. */
class ApiDescriptionIntegrationTests extends IntegrationTest {

	@Test
	void shouldNameTheApiGroupItsOperationsAndOfferHttpBasic() {
		JsonNode api = get("/v3/api-docs").json();

		assertThat(api.get("info").get("title").asString())
			.isEqualTo("alliance-graph — API des alliances territoriales / territorial alliances API");
		assertThat(api.get("info").get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
		JsonNode basic = api.get("components").get("securitySchemes").get("basic");
		assertThat(basic.get("type").asString()).isEqualTo("http");
		assertThat(basic.get("scheme").asString()).isEqualTo("basic");
		List<String> tags = new ArrayList<>();
		api.get("paths").forEach(path -> path.forEach(operation -> operation.get("tags")
			.forEach(tag -> tags.add(tag.asString()))));
		assertThat(tags).isNotEmpty().noneMatch(tag -> tag.endsWith("-controller"));
		assertThat(tags).contains("Acteurs / Actors", "Territoires / Territories", "Analyses", "Imports");
		assertThat(api.get("paths").has("/error")).isFalse();
	}

	@Test
	void shouldDescribePagingAsThreeOptionalQueryParameters() {
		JsonNode list = get("/v3/api-docs").json().get("paths").get("/api/v1/actors").get("get");

		List<String> names = new ArrayList<>();
		for (JsonNode parameter : list.get("parameters")) {
			names.add(parameter.get("name").asString());
			assertThat(parameter.path("required").asBoolean(false)).as(parameter.toString()).isFalse();
		}
		assertThat(names).containsExactly("territory", "sector", "domain", "sdg", "q", "page", "size", "sort");
	}
}
