package org.alliancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code alliance.security.public-read=false}: a visitor of the page is sent to the sign-in page, which still
 * opens with what it is drawn with; the API answers 401 to anonymous reads, and reads with credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "alliance.demo-data=false",
		"alliance.neo4j.data-dir=${java.io.tmpdir}/neo4j-closed-${random.uuid}",
		"alliance.import.work-dir=${java.io.tmpdir}/imports-closed-${random.uuid}",
		"alliance.security.admin-password=closed-secret", "alliance.security.public-read=false",
		"alliance.warm-up=false" })
class ClosedReadsIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void anAnonymousVisitorIsSentToTheSignInPageAndTheApiAsksForCredentials() throws Exception {
		HttpResponse<String> page = get("/", null);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port + "/login");

		assertThat(get("/login", null).body()).contains("data-testid=\"login-submit\"");
		for (String asset : new String[] { "/css/explorer.css", "/js/login.js", "/i18n/fr.json" }) {
			assertThat(get(asset, null).statusCode()).as(asset).isEqualTo(200);
		}
		assertThat(get("/api/v1/session", null).body()).isEqualTo("{\"user\":null,\"roles\":[],\"canWrite\":false}");

		HttpResponse<String> anonymous = get("/api/v1/actors", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(get("/api/v1/actors", "admin:closed-secret").statusCode()).isEqualTo(200);
		assertThat(get("/", "admin:closed-secret").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
