package org.alliancegraph.web;

import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Conventions every resource shares: security, problem details for malformed requests, exposure. */
class ApiConventionsIntegrationTests extends IntegrationTest {

	private static final Map<String, Object> REGION = Map.of("code", "R84", "name", "Auvergne-Rhône-Alpes", "level",
			"REGION", "partOf", List.of());

	@Test
	void shouldAnswer401ToAWriteWithoutCredentialsAndChangeNothing() {
		String before = graphFingerprint();

		Answer answer = send("POST", "/api/v1/territories", REGION, null, null);

		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains("identifiant et un mot de passe");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer401ToWrongPassword() {
		assertThat(send("POST", "/api/v1/territories", REGION, "editor", "wrong").status()).isEqualTo(401);
	}

	@Test
	void shouldAnswer403ToAWriteByAViewer() {
		String before = graphFingerprint();

		Answer answer = send("POST", "/api/v1/territories", REGION, "viewer", "viewer-secret");

		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldServeReadsWithoutCredentials() {
		assertThat(get("/api/v1/territories").status()).isEqualTo(200);
		assertThat(get("/api/v1/reference/sectors").json().size()).isEqualTo(10);
		assertThat(get("/api/v1/reference/domains").json().size()).isEqualTo(16);
		assertThat(get("/api/v1/reference/sdgs").json().get(16).get("code").asString()).isEqualTo("17");
		assertThat(get("/api/v1/reference/levers").json().size()).isEqualTo(4);
		assertThat(get("/api/v1/reference/partnership-types").json().size()).isEqualTo(6);
	}

	@Test
	void shouldAnswer404ProblemForAnUnknownVocabularyOrTerritory() {
		Answer vocabulary = get("/api/v1/reference/colours");
		assertThat(vocabulary.status()).isEqualTo(404);
		assertThat(vocabulary.json().get("detail").asString()).isEqualTo("Le vocabulaire « colours » est introuvable.");
		assertThat(get("/api/v1/territories/99999").json().get("detail").asString())
			.isEqualTo("Le territoire « 99999 » est introuvable.");
	}

	@Test
	void shouldAnswer400ToMalformedJsonAndChangeNothing() {
		String before = graphFingerprint();

		Answer answer = post("/api/v1/territories", "{\"code\": \"84\", \"name\": ");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).startsWith("(corps) : JSON mal formé à la ligne 1");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer400ToAWronglyTypedField() {
		Answer answer = post("/api/v1/territories", "{\"code\": \"84\", \"name\": \"A\", \"level\": \"REGION\","
				+ " \"population\": \"many\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("detail").asString()).contains("population");
	}

	@Test
	void shouldAnswer415ToAWrongContentType() {
		String before = graphFingerprint();

		Answer answer = send("POST", "/api/v1/territories", "code=R84", "editor", "editor-secret", "text/plain");

		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains("text/plain");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldAnswer413ToAnOversizedBody() {
		String before = graphFingerprint();
		String huge = "{\"code\": \"84\", \"name\": \"" + "x".repeat(1_100_000) + "\", \"level\": \"REGION\"}";

		Answer answer = post("/api/v1/territories", huge);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains("dépasse la taille maximale");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldReportEveryFieldErrorInFrenchWithPathAndValue() {
		Answer answer = post("/api/v1/territories",
				Map.of("code", "7", "name", "", "level", "DEPARTEMENT", "partOf", List.of("99")));

		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.json().get("errors").findValuesAsString("path")).containsExactlyInAnyOrder("name",
				"code", "partOf[0]");
		assertThat(answer.json().get("detail").asString()).startsWith("3 erreurs");
	}

	@Test
	void shouldExposeOnlyHealthAndInfoOfTheActuator() {
		assertThat(get("/actuator/health").status()).isEqualTo(200);
		assertThat(get("/actuator/info").status()).isEqualTo(200);
		// reads are public (alliance.security.public-read defaults to true), so anyone reaches the actuator's
		// paths, and only health and info are exposed (management.endpoints.web.exposure.include): the others
		// are not found, for an anonymous reader and for the admin alike
		for (String endpoint : List.of("/actuator/env", "/actuator/beans")) {
			assertThat(get(endpoint).status()).as("anonymous " + endpoint).isEqualTo(404);
			assertThat(asAdmin("GET", endpoint, null).status()).as("admin " + endpoint).isEqualTo(404);
		}
	}

	@Test
	void shouldPublishTheOpenApiDescription() {
		Answer docs = get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/territories")).isTrue();
		assertThat(get("/swagger-ui.html").status()).isIn(200, 302);
	}
}
