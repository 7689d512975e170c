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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer page as the browser tests see it: a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) on the service at one port, with what they read of the page and of the API. Screenshots
 * go to {@code target/screenshots/}.
 */
final class ExplorerPage {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final Duration WAIT = Duration.ofSeconds(30);

	/**
	 * The date every view is opened at, so that what the demo shows does not move with today's date: a date well
	 * inside the demo's history, when most of its partnerships run.
	 */
	static final String AT = "2025-06-30";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final ChromeDriver browser;

	private final int port;

	ExplorerPage(ChromeDriver browser, int port) {
		this.browser = browser;
		this.port = port;
	}

	/** Skips the calling test class when Chromium is not installed, else starts one. */
	static ChromeDriver chromiumOrSkip() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed"
						+ " (apt-get install -y chromium chromium-driver)");
		Files.createDirectories(SCREENSHOTS);
		return chromium();
	}

	/** A new Chromium on a new, empty profile: nothing stored from another browser's pages. */
	static ChromeDriver chromium() throws IOException {
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

	ChromeDriver browser() {
		return browser;
	}

	/**
	 * One tab and nothing the page stored before (the drawings' positions in localStorage, cookies, the HTTP
	 * cache), whatever ran before.
	 */
	void forgetEverything() {
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

	/** Opens a page of the service and waits until the explorer has loaded its first view. */
	void open(String path) {
		browser.get(url(path));
		new WebDriverWait(browser, WAIT).until(d -> {
			Object done = js("return !!window.allianceExplorer && ['ready', 'empty', 'error']"
					+ ".includes(window.allianceExplorer.status) && window.allianceExplorer.pending === 0"
					+ " && window.allianceExplorer.completed > 0");
			return Boolean.TRUE.equals(done);
		});
	}

	String url(String path) {
		return path.startsWith("http") ? path : "http://127.0.0.1:" + port + path;
	}

	long completed() {
		return ((Number) js("return window.allianceExplorer.completed")).longValue();
	}

	void waitForLoad(long before) {
		new WebDriverWait(browser, WAIT).until(d -> Boolean.TRUE.equals(js(
				"return window.allianceExplorer.completed > arguments[0] && window.allianceExplorer.pending === 0"
						+ " && window.allianceExplorer.status === 'ready'",
				before)));
	}

	long nodeCount() {
		return ((Number) js("return window.allianceExplorer.cy ? window.allianceExplorer.cy.nodes().length : 0"))
			.longValue();
	}

	long tieCount() {
		return ((Number) js("return window.allianceExplorer.cy.edges().not('.suggestion').length")).longValue();
	}

	double firstReadyMs() {
		return ((Number) js("return window.allianceExplorer.firstReadyMs")).doubleValue();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> lastTiming() {
		List<Map<String, Object>> timings = (List<Map<String, Object>>) js("return window.allianceExplorer.timings");
		return timings.get(timings.size() - 1);
	}

	/**
	 * A click on an actor's node, through Cytoscape's own event (what a click on the canvas turns into): the
	 * nodes are drawn on a canvas, and a click at computed coordinates may land on a label or a neighbour.
	 */
	void clickNode(String id) {
		Object found = js("""
				const node = window.allianceExplorer.cy.getElementById(arguments[0]);
				if (node.empty()) return false;
				node.emit('tap');
				return true;""", id);
		assertThat(found).as("node " + id + " drawn").isEqualTo(true);
	}

	String text(String selector) {
		return browser.findElement(By.cssSelector(selector)).getText().strip();
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	private List<LogEntry> browserLog() {
		return browser.manage().logs().get(LogType.BROWSER).getAll();
	}

	/** Errors in the console since the last look. */
	List<String> consoleErrors() {
		return browserLog().stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	void screenshot(String name) {
		try {
			Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GET of the API, anonymous, that must answer 200. */
	JsonNode api(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
		assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** An import document posted with HTTP Basic, that must answer 200. */
	void postImport(String document, String user, String password) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/imports"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic(user, password))
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	/** A JSON merge patch sent with HTTP Basic, that must answer 200. */
	void patch(String path, String patch, String user, String password) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/merge-patch+json")
			.header("Authorization", basic(user, password))
			.method("PATCH", HttpRequest.BodyPublishers.ofString(patch, StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	URI uri(String path) {
		return URI.create(url(path));
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
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
