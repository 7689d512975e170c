package org.alliancegraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The sign-in page's session, over real HTTP with the cookies a browser keeps: the form signs in (with its CSRF
 * token), the session writes with the token and is refused without it, a wrong password comes back to the form, the
 * sign-out forgets the session, and HTTP Basic works as before, without a token and without a session.
 */
class SignInIntegrationTests extends IntegrationTest {

	private static final String ACTOR = """
			{"id": "asso-1", "name": "Association des jardins", "sector": "ASSOCIATION", "locatedIn": "07"}""";

	private Browser browser;

	@BeforeEach
	void aBrowserWithNoCookieAndATerritory() {
		browser = new Browser();
		cypher("CREATE (:Territory {code: '07', name: 'Ardèche', level: 'DEPARTEMENT', version: 0})");
	}

	@Test
	void anAnonymousVisitorReadsWhoIsSignedInAsNobodyAndGetsTheCsrfCookie() {
		HttpResponse<String> session = browser.get("/api/v1/session");

		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(session.body()).toString()).isEqualTo("{\"user\":null,\"roles\":[],\"canWrite\":false}");
		assertThat(browser.cookie("XSRF-TOKEN")).isNotEmpty();
		assertThat(browser.cookie("JSESSIONID")).as("no session before signing in").isNull();
		HttpResponse<String> page = browser.get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-testid=\"login-username\"", "data-testid=\"login-password\"",
				"data-testid=\"login-submit\"", "<html lang=\"fr\">", "Se connecter");
	}

	@Test
	void shouldSignInWithTheFormAndWriteWithTheSessionAndItsToken() {
		HttpResponse<String> signIn = browser.signIn("editor", "editor-secret", "fr");

		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(browser.cookie("JSESSIONID")).isNotEmpty();
		assertThat(JSON.readTree(browser.get("/api/v1/session").body()).toString())
			.isEqualTo("{\"user\":\"editor\",\"roles\":[\"EDITOR\"],\"canWrite\":true}");

		HttpResponse<String> created = browser.write("POST", "/api/v1/actors", ACTOR, true);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode change = get("/api/v1/actors/asso-1/history").json().get("content").get(0);
		assertThat(change.get("user").asString()).isEqualTo("editor");
		assertThat(change.get("operation").asString()).isEqualTo("CREATED");
	}

	@Test
	void shouldGoBackToTheViewSignedInFromButNeverToAnotherSite() {
		browser.get("/api/v1/session");
		String token = browser.cookie("XSRF-TOKEN");

		HttpResponse<String> wrong = browser.post("/login", form(Map.of("username", "editor", "password", "nope",
				"_csrf", token, "next", "/?territory=07&actor=a1")));
		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).endsWith("/login?error&next=%2F%3Fterritory%3D07%26actor%3Da1"));
		HttpResponse<String> away = browser.post("/login", form(Map.of("username", "editor", "password",
				"editor-secret", "_csrf", token, "next", "//other.example/phishing")));
		assertThat(redirect(away)).isEqualTo("/");
		// signing in renews the token: the page reads the new one before signing out
		browser.get("/api/v1/session");
		browser.post("/logout", form(Map.of("_csrf", browser.cookie("XSRF-TOKEN"))));
		browser.get("/api/v1/session");

		HttpResponse<String> back = browser.post("/login", form(Map.of("username", "editor", "password",
				"editor-secret", "_csrf", browser.cookie("XSRF-TOKEN"), "next", "/?territory=07&actor=a1")));

		assertThat(redirect(back)).isEqualTo("/?territory=07&actor=a1");
		assertThat(browser.get("/login?next=%2F%3Fterritory%3D07").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionWriteWithoutTheTokenIsRefusedAndChangesNothing() {
		browser.signIn("editor", "editor-secret", "fr");
		String before = graphFingerprint();

		HttpResponse<String> forged = browser.write("POST", "/api/v1/actors", ACTOR, false);

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(forged.body()).get("detail").asString()).startsWith("Jeton CSRF absent ou invalide");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void aWrongPasswordComesBackToTheFormWithoutASession() {
		HttpResponse<String> failed = browser.signIn("editor", "not-the-password", "fr");

		assertThat(failed.statusCode()).isEqualTo(302);
		assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(JSON.readTree(browser.get("/api/v1/session").body()).get("user").isNull()).isTrue();
		assertThat(browser.write("POST", "/api/v1/actors", ACTOR, true).statusCode()).isEqualTo(401);
		assertThat(browser.get("/login?error&lang=en").statusCode()).isEqualTo(200);
		// from the English form, back to the English form
		assertThat(browser.signIn("editor", "not-the-password", "en").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error&lang=en"));
	}

	@Test
	void theSignInFormNeedsItsCsrfToken() {
		browser.get("/api/v1/session");

		HttpResponse<String> forged = browser.post("/login",
				form(Map.of("username", "editor", "password", "editor-secret")));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(browser.cookie("JSESSIONID")).isNull();
	}

	@Test
	void theSignOutForgetsTheSession() {
		browser.signIn("admin", ADMIN_PASSWORD, "fr");
		assertThat(JSON.readTree(browser.get("/api/v1/session").body()).get("roles").toString()).isEqualTo("[\"ADMIN\"]");

		HttpResponse<String> out = browser.post("/logout", form(Map.of("_csrf", browser.cookie("XSRF-TOKEN"))));

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(JSON.readTree(browser.get("/api/v1/session").body()).get("user").isNull()).isTrue();
		assertThat(browser.write("POST", "/api/v1/actors", ACTOR, true).statusCode()).isEqualTo(401);
	}

	@Test
	void aReaderSignedInMayNotWrite() {
		browser.signIn("viewer", "viewer-secret", "fr");
		assertThat(JSON.readTree(browser.get("/api/v1/session").body()).toString())
			.isEqualTo("{\"user\":\"viewer\",\"roles\":[\"VIEWER\"],\"canWrite\":false}");

		HttpResponse<String> refused = browser.write("POST", "/api/v1/actors", ACTOR, true);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(refused.body()).get("detail").asString()).startsWith("Votre rôle ne permet pas");
	}

	@Test
	void httpBasicWritesWithoutTokenAndOpensNoSession() throws Exception {
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v1/actors"))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(ACTOR))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
		// the page's own requests get no WWW-Authenticate, which would open the browser's credentials dialog
		HttpResponse<String> anonymous = browser.send(HttpRequest.newBuilder(uri("/api/v1/actors"))
			.header("Content-Type", "application/json")
			.header("X-Requested-With", "XMLHttpRequest")
			.POST(HttpRequest.BodyPublishers.ofString(ACTOR)));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	/** Where an answer sends the browser, as a path of this service (Tomcat may write it whole). */
	private String redirect(HttpResponse<String> answer) {
		String location = answer.headers().firstValue("Location").orElseThrow();
		String origin = "http://127.0.0.1:" + port;
		return location.startsWith(origin) ? location.substring(origin.length()) : location;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** An HTTP client that keeps cookies as a browser does, and follows no redirect. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(uri(path)).GET());
		}

		HttpResponse<String> post(String path, String form) {
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
		}

		/** The sign-in form as the page posts it: the token of the cookie the API wrote. */
		HttpResponse<String> signIn(String user, String password, String lang) {
			get("/api/v1/session");
			return post("/login",
					form(Map.of("username", user, "password", password, "_csrf", cookie("XSRF-TOKEN"), "lang", lang)));
		}

		/** A JSON write with the session cookie, with or without the X-XSRF-TOKEN header. */
		HttpResponse<String> write(String method, String path, String json, boolean withToken) {
			get("/api/v1/session");
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
			if (withToken) {
				request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
			}
			return send(request);
		}

		String cookie(String name) {
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals(name) && !c.getValue().isEmpty())
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}
}
