package org.alliancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The Content-Security-Policy of the page and the documents, and CSRF for writes a session cookie authenticates. */
class SecurityHeadersIntegrationTests extends IntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void thePageAllowsOnlyItsOwnOrigin() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityConfiguration.PAGE_POLICY);
		assertThat(SecurityConfiguration.PAGE_POLICY).contains("script-src 'self';", "frame-ancestors 'none'")
			.doesNotContain("unsafe");
		assertThat(send(HttpRequest.newBuilder(uri("/api/v1/actors")).GET()).headers()
			.firstValue("Content-Security-Policy")).contains(SecurityConfiguration.PAGE_POLICY);
	}

	@Test
	void theReportMayCarryInlineStylesButNoForeignScript() throws Exception {
		cypher("CREATE (:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})");

		HttpResponse<String> report = send(HttpRequest.newBuilder(uri("/api/v1/territories/26/diagnostic.html")).GET());

		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Security-Policy"))
			.contains(SecurityConfiguration.DOCUMENT_POLICY);
	}

	@Test
	void aWriteAuthenticatedByASessionCookieNeedsACsrfToken() throws Exception {
		HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/v1/actors"))
			.header("Cookie", "JSESSIONID=0123456789ABCDEF")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("Jeton CSRF absent ou invalide");
		// an API client's credentials come with the request: no token, and the usual answers
		assertThat(post("/api/v1/actors", "{}").status()).isEqualTo(422);
		assertThat(send("POST", "/api/v1/actors", "{}", null, null).status()).isEqualTo(401);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
