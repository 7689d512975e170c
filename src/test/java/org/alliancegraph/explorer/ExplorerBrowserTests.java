package org.alliancegraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), against
 * the whole service with the demo data: what the page draws is what the API says. Screenshots go to
 * {@code target/screenshots/}. Skipped when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "alliance.demo-data=true",
		"alliance.neo4j.data-dir=${java.io.tmpdir}/neo4j-explorer-${random.uuid}",
		"alliance.import.work-dir=${java.io.tmpdir}/imports-explorer-${random.uuid}",
		"alliance.security.admin-password=" + ExplorerBrowserTests.ADMIN_PASSWORD })
class ExplorerBrowserTests {

	static final String ADMIN_PASSWORD = "x";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The date every view is opened at, so that what the demo shows does not move with today's date: a date
	 * well inside the demo's history, when most of its partnerships run.
	 */
	private static final String AT = "2025-06-30";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static ChromeDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startChromium() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
						+ " (apt-get install -y chromium chromium-driver)");
		Files.createDirectories(SCREENSHOTS);
		browser = chromium();
	}

	/** A new Chromium on a new, empty profile: nothing stored from another browser's pages. */
	private static ChromeDriver chromium() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--lang=fr-FR",
				"--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium-profile-").toAbsolutePath());
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chromium = new ChromeDriver(service, options);
		// headless Chromium keeps 143 px of the window for its (invisible) toolbars: a 1440 × 900 page
		chromium.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1043));
		chromium.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return chromium;
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	/**
	 * Each test starts from one tab and nothing the page stored before (the drawings' positions in localStorage,
	 * the HTTP cache), whatever ran before it.
	 */
	@BeforeEach
	void oneTabWithNothingStored() {
		List<String> tabs = new ArrayList<>(browser.getWindowHandles());
		for (String tab : tabs.subList(1, tabs.size())) {
			browser.switchTo().window(tab).close();
		}
		browser.switchTo().window(tabs.get(0));
		browser.get("about:blank");
		browser.executeCdpCommand("Storage.clearDataForOrigin",
				Map.of("origin", "http://127.0.0.1:" + port, "storageTypes", "all"));
		browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
		browserLog();
	}

	@Test
	void shouldDrawEveryActorOfTheTerritoryWithoutConsoleErrors() {
		open("/?territory=07&at=" + AT);
		JsonNode catalysts = api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + AT);

		assertThat(nodeCount()).isEqualTo(catalysts.get("actorCount").asInt()).isPositive();
		assertThat(tieCount()).isEqualTo(catalysts.get("tieCount").asInt());
		assertThat(text("#scope-name")).contains("Ardèche");
		assertThat(browser.findElements(By.cssSelector("#breadcrumbs a")).stream().map(WebElement::getText))
			.contains("Tous les territoires", "Auvergne-Rhône-Alpes");
		assertThat(consoleErrors()).isEmpty();
		// printed for the record; timings are the benches' business, not a test's
		System.out.printf("explorer timing, territory 07 (demo): %s; page ready %.0f ms after navigation%n",
				lastTiming(), firstReadyMs());
		screenshot("explorer-07-ardeche");
	}

	@Test
	void shouldFollowTheApiWhenASectorIsRemovedAndTheDateMoves() {
		open("/?territory=07&at=" + AT);
		List<String> sectors = new ArrayList<>();
		api("/api/v1/reference/sectors").forEach(s -> sectors.add(s.get("code").asString()));
		sectors.remove("COMPANY");

		long before = completed();
		browser.findElement(By.cssSelector("label[for='sector-COMPANY']")).click();
		waitForLoad(before);
		String sectorQuery = sectors.stream().map(s -> "sector=" + s).collect(Collectors.joining("&"));
		JsonNode withoutCompanies = api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + AT + "&" + sectorQuery);
		assertThat(browser.getCurrentUrl()).doesNotContain("sector=COMPANY").contains("sector=ASSOCIATION");
		assertThat(nodeCount()).isEqualTo(withoutCompanies.get("actorCount").asInt())
			.isLessThan(api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + AT).get("actorCount").asInt());
		assertThat(tieCount()).isEqualTo(withoutCompanies.get("tieCount").asInt());
		screenshot("explorer-07-without-companies");

		// three years back with the keyboard: Page Down moves the date slider by twelve months
		WebElement slider = browser.findElement(By.id("date-slider"));
		for (int i = 0; i < 3; i++) {
			long step = completed();
			slider.sendKeys(Keys.PAGE_DOWN);
			waitForLoad(step);
		}
		String at = (String) js("return window.allianceExplorer.state.at");
		assertThat(at).isEqualTo(LocalDate.parse(AT).minusYears(3).toString());
		assertThat(browser.getCurrentUrl()).contains("at=" + at);
		JsonNode past = api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + at + "&" + sectorQuery);
		assertThat(nodeCount()).isEqualTo(past.get("actorCount").asInt());
		assertThat(tieCount()).isEqualTo(past.get("tieCount").asInt()).isLessThan(withoutCompanies.get("tieCount").asInt());
		assertThat(consoleErrors()).isEmpty();
		screenshot("explorer-07-three-years-earlier");
	}

	@Test
	void shouldOpenTheActorPanelWithItsCatalystExplanationOnClick() {
		String id = "la-dep-ardeche";
		patchAsAdmin("/api/v1/actors/" + id, "{\"description\": \"Département chef de file des solidarités en Ardèche\"}");
		String partnership = null;
		for (JsonNode p : api("/api/v1/partnerships?actor=" + id + "&size=100").get("content")) {
			boolean started = LocalDate.parse(p.get("start").asString()).isBefore(LocalDate.parse(AT));
			if (started && (p.get("end") == null || p.get("end").isNull())) {
				partnership = p.get("id").asString();
			}
		}
		assertThat(partnership).as("a partnership of " + id + " running on " + AT + ", so the panel shows it")
			.isNotNull();
		patchAsAdmin("/api/v1/partnerships/" + partnership, "{\"description\": \"Convention territoriale renouvelée\"}");
		open("/?territory=07&at=" + AT);
		clickNode(id);
		new WebDriverWait(browser, WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));

		JsonNode catalyst = null;
		for (JsonNode c : api("/api/v1/analysis/catalysts?territory=07&limit=1000&at=" + AT).get("catalysts")) {
			if (id.equals(c.get("id").asString())) {
				catalyst = c;
			}
		}
		assertThat(catalyst).isNotNull();
		assertThat(browser.getCurrentUrl()).contains("actor=" + id);
		assertThat(text("#panel-title")).isEqualTo(catalyst.get("name").asString());
		assertThat(text("#panel-explanation")).isEqualToIgnoringCase(catalyst.get("explanation").asString());
		assertThat(browser.findElements(By.cssSelector("#panel-partnerships .card"))).isNotEmpty();
		new WebDriverWait(browser, WAIT).until(d -> "true".equals(
				d.findElement(By.cssSelector("[data-testid=panel-history]")).getDomAttribute("data-ready")));
		// the changes are dated by the clock, when they are made: today
		String today = DateTimeFormatter.ofPattern("d MMM y", Locale.FRENCH).format(LocalDate.now(ZoneOffset.UTC));
		assertThat(browser.findElements(By.cssSelector("[data-testid=panel-history] li")).stream().map(WebElement::getText))
			.as("the patch, then the demo's import at start")
			.containsExactly("Modifié par admin le " + today + " : description", "Créé par system le " + today);
		WebElement cardHistory = browser.findElement(
				By.cssSelector("[data-testid=card-history][data-key='" + partnership + "']"));
		assertThat(cardHistory.getDomAttribute("data-ready")).as("read only when opened").isNull();
		cardHistory.findElement(By.tagName("summary")).click();
		new WebDriverWait(browser, WAIT).until(d -> "true".equals(cardHistory.getDomAttribute("data-ready")));
		assertThat(cardHistory.findElements(By.tagName("li")).stream().map(WebElement::getText))
			.as("the partnership's patch, then its creation")
			.containsExactly("Modifié par admin le " + today + " : description", "Créé par system le " + today);
		assertThat(consoleErrors()).isEmpty();
		screenshot("explorer-07-actor-panel");

		browser.findElement(By.id("ego-1")).click();
		new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.id("ego-banner")).isDisplayed());
		long shown = ((Number) js("return window.allianceExplorer.cy.nodes(':visible').length")).longValue();
		long partners = ((Number) js("return window.allianceExplorer.cy.getElementById(arguments[0])"
				+ ".closedNeighborhood('node').length", id)).longValue();
		assertThat(shown).isEqualTo(partners).isLessThan(nodeCount());
		assertThat(browser.getCurrentUrl()).contains("hops=1");
		screenshot("explorer-07-ego-network");
	}

	@Test
	void shouldRestoreTheSameViewFromItsUrlInANewTab() throws IOException {
		open("/?territory=26&sector=ASSOCIATION&sector=LOCAL_AUTHORITY&sector=NETWORK&at=2024-06-30"
				+ "&actor=net-alliances-drome-ardeche&suggestions=1");
		new WebDriverWait(browser, WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));
		String url = browser.getCurrentUrl();
		Object state = js("return window.allianceExplorer.state");
		long nodes = nodeCount();
		long ties = tieCount();
		String title = text("#panel-title");
		Object positions = js("return window.allianceExplorer.cy.nodes().map(n => [n.id(), n.position()])");

		// the link opened elsewhere: another browser, its own empty profile, so no position kept by the first one
		ChromeDriver first = browser;
		browser = chromium();
		try {
			open(url);
			new WebDriverWait(browser, WAIT)
				.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));

			assertThat(js("return window.allianceExplorer.state")).isEqualTo(state);
			assertThat(nodeCount()).isEqualTo(nodes)
				.isEqualTo(api("/api/v1/analysis/catalysts?territory=26&limit=1&at=2024-06-30"
						+ "&sector=ASSOCIATION&sector=LOCAL_AUTHORITY&sector=NETWORK").get("actorCount").asInt());
			assertThat(tieCount()).isEqualTo(ties);
			assertThat(text("#panel-title")).isEqualTo(title).isEqualTo("Réseau Alliances & Territoires Drôme-Ardèche");
			assertThat(text("#date-output")).isEqualTo("30 juin 2024");
			assertThat(js("return window.allianceExplorer.cy.nodes().map(n => [n.id(), n.position()])"))
				.as("the drawing itself: every actor at the same place").isEqualTo(positions);
			assertThat(consoleErrors()).isEmpty();
			screenshot("explorer-26-shared-link");
		}
		finally {
			browser.quit();
			browser = first;
		}
	}

	@Test
	void shouldSwitchToEnglish() {
		open("/?territory=26&at=" + AT);
		browser.findElement(By.cssSelector(".lang button[data-lang='en']")).click();
		new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("lang=en"));
		new WebDriverWait(browser, WAIT).until(d -> text("#scope-summary").contains("actors"));
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(text("#filters-title")).isEqualTo("Filters");
		assertThat(text("label[for='sector-COMPANY']")).contains("Company");
		assertThat(consoleErrors()).isEmpty();
		screenshot("explorer-26-english");
	}

	@Test
	void shouldExportTheViewAsPngAndThroughTheExportEndpointWithTheSameFilters() {
		open("/?territory=26&sector=ASSOCIATION&sector=NETWORK&at=2023-12-31");
		String png = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const original = URL.createObjectURL;
				URL.createObjectURL = (blob) => { done(blob.type + ' ' + blob.size); return original(blob); };
				document.getElementById('export-png').click();""");
		assertThat(png).startsWith("image/png ");
		assertThat(Long.parseLong(png.substring("image/png ".length()))).isGreaterThan(20_000);

		for (String format : List.of("graphml", "gexf")) {
			String href = browser.findElement(By.id("export-" + format)).getDomProperty("href");
			assertThat(href).contains("format=" + format, "territory=26", "at=2023-12-31", "sector=ASSOCIATION",
					"sector=NETWORK");
			HttpResponse<String> file = send(HttpRequest.newBuilder(URI.create(href)).GET());
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.body()).contains(format.equals("graphml") ? "<graphml" : "<gexf");
		}
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void shouldSayWhenTheTerritoryIsUnknown() {
		open("/?territory=99999&at=" + AT);
		assertThat(js("return window.allianceExplorer.status")).isEqualTo("error");
		assertThat(text("#status-title")).isEqualTo("Territoire inconnu");
		assertThat(text("#status-detail")).contains("99999");
		assertThat(nodeCount()).isZero();
		screenshot("explorer-unknown-territory");
		browser.findElement(By.cssSelector("#status-actions button")).click();
		new WebDriverWait(browser, WAIT).until(d -> "ready".equals(js("return window.allianceExplorer.status")));
		assertThat(nodeCount()).isEqualTo(api("/api/v1/analysis/catalysts?limit=1&at=" + AT).get("actorCount").asInt());
	}

	/**
	 * "Simuler son départ" for the actor whose departure would cut off most of the Ardèche's network, as the
	 * robustness analysis ranks them (computed for every actor at once, by another algorithm than the scenario's):
	 * the page marks exactly that many actors as cut off, names as many, shows the components after as robustness
	 * counts them, and takes the marks away on "Revenir au réseau".
	 */
	@Test
	void shouldSimulateTheDepartureOfAnActorAndGoBack() {
		JsonNode worst = api("/api/v1/analysis/robustness?territory=07&limit=1&at=" + AT).get("actors").get(0);
		int cutOff = worst.get("cutOff").asInt();
		assertThat(cutOff).as("the Ardèche's network has an actor whose departure cuts some off").isPositive();
		String id = worst.get("id").asString();
		open("/?territory=07&at=" + AT + "&actor=" + id);
		new WebDriverWait(browser, WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));

		browser.findElement(By.cssSelector("[data-testid=departure-simulate]")).click();
		new WebDriverWait(browser, WAIT)
			.until(d -> !d.findElements(By.cssSelector("[data-testid=departure-figures]")).isEmpty());

		assertThat(((Number) js("return window.allianceExplorer.cy.nodes('.cut-off').length")).intValue())
			.isEqualTo(cutOff);
		assertThat(js("return window.allianceExplorer.cy.getElementById(arguments[0]).hasClass('departed')", id))
			.isEqualTo(Boolean.TRUE);
		assertThat(text("[data-testid=departure-cut-off]")).startsWith(cutOff + " acteur");
		assertThat(browser.findElements(By.cssSelector("[data-testid=departure-result] ul")).get(0)
			.findElements(By.tagName("li"))).hasSize(cutOff);
		List<String> components = browser
			.findElements(By.cssSelector("[data-testid=departure-figures] tbody tr"))
			.get(1)
			.findElements(By.tagName("td"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(components.get(1)).isEqualTo(String.valueOf(worst.get("componentsAfter").asInt()));
		screenshot("explorer-07-departure");

		browser.findElement(By.cssSelector("[data-testid=departure-reset]")).click();
		assertThat(((Number) js("return window.allianceExplorer.cy.nodes('.cut-off, .departed').length")).intValue())
			.isZero();
		assertThat(browser.findElements(By.cssSelector("[data-testid=departure-figures]"))).isEmpty();
		assertThat(consoleErrors()).isEmpty();
	}

	/**
	 * A scope of 2,000 actors (imported here, about 10 s), drawn in the browser. The figures are printed, for the
	 * record: timings are the benches' business. Run on demand, to keep the class short:
	 * {@code mvn test -Dtest='org.alliancegraph.explorer.**' -Dexplorer.large=true}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "explorer.large", matches = "true",
			disabledReason = "2,000-actor timing runs with -Dexplorer.large=true")
	void shouldDrawTwoThousandActors() {
		postImport(TwoThousandActors.document());
		JsonNode catalysts = api(
				"/api/v1/analysis/catalysts?territory=" + TwoThousandActors.TERRITORY + "&limit=1&at=" + AT);
		assertThat(catalysts.get("actorCount").asInt()).isEqualTo(TwoThousandActors.ACTORS);

		open("/?territory=" + TwoThousandActors.TERRITORY + "&at=" + AT);
		assertThat(nodeCount()).isEqualTo(TwoThousandActors.ACTORS);
		assertThat(tieCount()).isEqualTo(catalysts.get("tieCount").asInt());
		Map<String, Object> timing = lastTiming();
		System.out.printf("explorer timing, %d actors: %s; page ready %.0f ms after navigation%n",
				TwoThousandActors.ACTORS, timing, firstReadyMs());
		assertThat(consoleErrors()).isEmpty();
		screenshot("explorer-2000-actors");
	}

	// --- helpers -------------------------------------------------------------------------------------

	private void open(String path) {
		String url = path.startsWith("http") ? path : "http://127.0.0.1:" + port + path;
		browser.get(url);
		new WebDriverWait(browser, WAIT).until(d -> {
			Object done = js("return !!window.allianceExplorer && ['ready', 'empty', 'error']"
					+ ".includes(window.allianceExplorer.status) && window.allianceExplorer.pending === 0"
					+ " && window.allianceExplorer.completed > 0");
			return Boolean.TRUE.equals(done);
		});
	}

	private long completed() {
		return ((Number) js("return window.allianceExplorer.completed")).longValue();
	}

	private void waitForLoad(long before) {
		new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(js(
				"return window.allianceExplorer.completed > arguments[0] && window.allianceExplorer.pending === 0"
						+ " && window.allianceExplorer.status === 'ready'",
				before)));
	}

	private long nodeCount() {
		return ((Number) js("return window.allianceExplorer.cy ? window.allianceExplorer.cy.nodes().length : 0"))
			.longValue();
	}

	private long tieCount() {
		return ((Number) js("return window.allianceExplorer.cy.edges().not('.suggestion').length")).longValue();
	}

	private double firstReadyMs() {
		return ((Number) js("return window.allianceExplorer.firstReadyMs")).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> lastTiming() {
		List<Map<String, Object>> timings = (List<Map<String, Object>>) js("return window.allianceExplorer.timings");
		return timings.get(timings.size() - 1);
	}

	/**
	 * A click on an actor's node, through Cytoscape's own event (what a click on the canvas turns into): the
	 * nodes are drawn on a canvas, and a click at computed coordinates may land on a label or a neighbour.
	 */
	private void clickNode(String id) {
		Object found = js("""
				const node = window.allianceExplorer.cy.getElementById(arguments[0]);
				if (node.empty()) return false;
				node.emit('tap');
				return true;""", id);
		assertThat(found).as("node " + id + " drawn").isEqualTo(true);
	}

	private String text(String selector) {
		return browser.findElement(By.cssSelector(selector)).getText().strip();
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	private List<LogEntry> browserLog() {
		return browser.manage().logs().get(LogType.BROWSER).getAll();
	}

	/** Errors in the console since the last look. */
	private List<String> consoleErrors() {
		return browserLog().stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private void screenshot(String name) {
		try {
			Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JsonNode api(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private void postImport(String document) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/imports"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private void patchAsAdmin(String path, String patch) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/merge-patch+json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.method("PATCH", HttpRequest.BodyPublishers.ofString(patch, StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
