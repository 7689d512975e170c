package org.alliancegraph.explorer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

import static org.alliancegraph.explorer.ExplorerPage.AT;
import static org.alliancegraph.explorer.ExplorerPage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real headless Chromium, against the whole service with the demo data: what the page draws
 * is what the API says. Skipped when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "alliance.demo-data=true",
		"alliance.neo4j.data-dir=${java.io.tmpdir}/neo4j-explorer-${random.uuid}",
		"alliance.import.work-dir=${java.io.tmpdir}/imports-explorer-${random.uuid}",
		"alliance.security.admin-password=" + ExplorerBrowserTests.ADMIN_PASSWORD })
class ExplorerBrowserTests extends ExplorerInChromium {

	static final String ADMIN_PASSWORD = "x";

	@Test
	void shouldDrawEveryActorOfTheTerritoryWithoutConsoleErrors() {
		page.open("/?territory=07&at=" + AT);
		JsonNode catalysts = page.api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + AT);

		assertThat(page.nodeCount()).isEqualTo(catalysts.get("actorCount").asInt()).isPositive();
		assertThat(page.tieCount()).isEqualTo(catalysts.get("tieCount").asInt());
		assertThat(page.text("#scope-name")).contains("Ardèche");
		assertThat(browser().findElements(By.cssSelector("#breadcrumbs a")).stream().map(WebElement::getText))
			.contains("Tous les territoires", "Auvergne-Rhône-Alpes");
		// one palette for the page and the report: each tied actor is drawn in its sector's colour as the API serves it
		// (an isolated one is a ring)
		Map<String, String> served = new java.util.HashMap<>();
		page.api("/api/v1/reference/sectors").forEach(s -> {
			int rgb = Integer.parseInt(s.get("attributes").get("colour").asString().substring(1), 16);
			served.put(s.get("code").asString(), "rgb(" + (rgb >> 16) + "," + ((rgb >> 8) & 0xff) + "," + (rgb & 0xff) + ")");
		});
		@SuppressWarnings("unchecked")
		List<List<String>> drawn = (List<List<String>>) page.js("return window.allianceExplorer.cy.nodes().filter(n => n.degree() > 0)"
				+ ".map(n => [n.data('sector'), n.style('background-color').replace(/\\s/g, '')])");
		assertThat(drawn).isNotEmpty().allSatisfy(d -> assertThat(d.get(1)).as(d.get(0)).isEqualTo(served.get(d.get(0))));
		assertThat(page.consoleErrors()).isEmpty();
		// printed for the record; timings are the benches' business, not a test's
		System.out.printf("explorer timing, territory 07 (demo): %s; page ready %.0f ms after navigation%n",
				page.lastTiming(), page.firstReadyMs());
		page.screenshot("explorer-07-ardeche");
	}

	@Test
	void shouldFollowTheApiWhenASectorIsRemovedAndTheDateMoves() {
		page.open("/?territory=07&at=" + AT);
		List<String> sectors = new ArrayList<>();
		page.api("/api/v1/reference/sectors").forEach(s -> sectors.add(s.get("code").asString()));
		sectors.remove("COMPANY");

		long before = page.completed();
		browser().findElement(By.cssSelector("label[for='sector-COMPANY']")).click();
		page.waitForLoad(before);
		String sectorQuery = sectors.stream().map(s -> "sector=" + s).collect(Collectors.joining("&"));
		JsonNode withoutCompanies = page.api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + AT + "&" + sectorQuery);
		assertThat(browser().getCurrentUrl()).doesNotContain("sector=COMPANY").contains("sector=ASSOCIATION");
		assertThat(page.nodeCount()).isEqualTo(withoutCompanies.get("actorCount").asInt())
			.isLessThan(page.api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + AT).get("actorCount").asInt());
		assertThat(page.tieCount()).isEqualTo(withoutCompanies.get("tieCount").asInt());
		page.screenshot("explorer-07-without-companies");

		// three years back with the keyboard: Page Down moves the date slider by twelve months
		WebElement slider = browser().findElement(By.id("date-slider"));
		for (int i = 0; i < 3; i++) {
			long step = page.completed();
			slider.sendKeys(Keys.PAGE_DOWN);
			page.waitForLoad(step);
		}
		String at = (String) page.js("return window.allianceExplorer.state.at");
		assertThat(at).isEqualTo(LocalDate.parse(AT).minusYears(3).toString());
		assertThat(browser().getCurrentUrl()).contains("at=" + at);
		JsonNode past = page.api("/api/v1/analysis/catalysts?territory=07&limit=1&at=" + at + "&" + sectorQuery);
		assertThat(page.nodeCount()).isEqualTo(past.get("actorCount").asInt());
		assertThat(page.tieCount()).isEqualTo(past.get("tieCount").asInt()).isLessThan(withoutCompanies.get("tieCount").asInt());
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("explorer-07-three-years-earlier");
	}

	@Test
	void shouldOpenTheActorPanelWithItsCatalystExplanationOnClick() {
		String id = "la-dep-ardeche";
		page.patch("/api/v1/actors/" + id, "{\"description\": \"Département chef de file des solidarités en Ardèche\"}", "admin", ADMIN_PASSWORD);
		String partnership = null;
		for (JsonNode p : page.api("/api/v1/partnerships?actor=" + id + "&size=100").get("content")) {
			boolean started = LocalDate.parse(p.get("start").asString()).isBefore(LocalDate.parse(AT));
			if (started && (p.get("end") == null || p.get("end").isNull())) {
				partnership = p.get("id").asString();
			}
		}
		assertThat(partnership).as("a partnership of " + id + " running on " + AT + ", so the panel shows it")
			.isNotNull();
		page.patch("/api/v1/partnerships/" + partnership, "{\"description\": \"Convention territoriale renouvelée\"}", "admin", ADMIN_PASSWORD);
		page.open("/?territory=07&at=" + AT);
		page.clickNode(id);
		new WebDriverWait(browser(), WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));

		JsonNode catalyst = null;
		for (JsonNode c : page.api("/api/v1/analysis/catalysts?territory=07&limit=1000&at=" + AT).get("catalysts")) {
			if (id.equals(c.get("id").asString())) {
				catalyst = c;
			}
		}
		assertThat(catalyst).isNotNull();
		assertThat(browser().getCurrentUrl()).contains("actor=" + id);
		assertThat(page.text("#panel-title")).isEqualTo(catalyst.get("name").asString());
		assertThat(page.text("#panel-explanation")).isEqualToIgnoringCase(catalyst.get("explanation").asString());
		assertThat(browser().findElements(By.cssSelector("#panel-partnerships .card"))).isNotEmpty();
		new WebDriverWait(browser(), WAIT).until(d -> "true".equals(
				d.findElement(By.cssSelector("[data-testid=panel-history]")).getDomAttribute("data-ready")));
		// the changes are dated by the clock, when they are made: today
		String today = DateTimeFormatter.ofPattern("d MMM y", Locale.FRENCH).format(LocalDate.now(ZoneOffset.UTC));
		assertThat(browser().findElements(By.cssSelector("[data-testid=panel-history] li")).stream().map(WebElement::getText))
			.as("the patch, then the demo's import at start")
			.containsExactly("Modifié par admin le " + today + " : description", "Créé par system le " + today);
		WebElement cardHistory = browser().findElement(
				By.cssSelector("[data-testid=card-history][data-key='" + partnership + "']"));
		assertThat(cardHistory.getDomAttribute("data-ready")).as("read only when opened").isNull();
		cardHistory.findElement(By.tagName("summary")).click();
		new WebDriverWait(browser(), WAIT).until(d -> "true".equals(cardHistory.getDomAttribute("data-ready")));
		assertThat(cardHistory.findElements(By.tagName("li")).stream().map(WebElement::getText))
			.as("the partnership's patch, then its creation")
			.containsExactly("Modifié par admin le " + today + " : description", "Créé par system le " + today);
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("explorer-07-actor-panel");

		browser().findElement(By.id("ego-1")).click();
		new WebDriverWait(browser(), WAIT).until(d -> d.findElement(By.id("ego-banner")).isDisplayed());
		long shown = ((Number) page.js("return window.allianceExplorer.cy.nodes(':visible').length")).longValue();
		long partners = ((Number) page.js("return window.allianceExplorer.cy.getElementById(arguments[0])"
				+ ".closedNeighborhood('node').length", id)).longValue();
		assertThat(shown).isEqualTo(partners).isLessThan(page.nodeCount());
		assertThat(browser().getCurrentUrl()).contains("hops=1");
		page.screenshot("explorer-07-ego-network");
	}

	@Test
	void shouldRestoreTheSameViewFromItsUrlInANewTab() throws IOException {
		page.open("/?territory=26&sector=ASSOCIATION&sector=LOCAL_AUTHORITY&sector=NETWORK&at=2024-06-30"
				+ "&actor=net-alliances-drome-ardeche&suggestions=1");
		new WebDriverWait(browser(), WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));
		String url = browser().getCurrentUrl();
		Object state = page.js("return window.allianceExplorer.state");
		long nodes = page.nodeCount();
		long ties = page.tieCount();
		String title = page.text("#panel-title");
		Object positions = page.js("return window.allianceExplorer.cy.nodes().map(n => [n.id(), n.position()])");

		// the link opened elsewhere: another browser, its own empty profile, so no position kept by the first one
		ExplorerPage first = page;
		page = new ExplorerPage(ExplorerPage.chromium(), port);
		try {
			page.open(url);
			new WebDriverWait(browser(), WAIT)
				.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));

			assertThat(page.js("return window.allianceExplorer.state")).isEqualTo(state);
			assertThat(page.nodeCount()).isEqualTo(nodes)
				.isEqualTo(page.api("/api/v1/analysis/catalysts?territory=26&limit=1&at=2024-06-30"
						+ "&sector=ASSOCIATION&sector=LOCAL_AUTHORITY&sector=NETWORK").get("actorCount").asInt());
			assertThat(page.tieCount()).isEqualTo(ties);
			assertThat(page.text("#panel-title")).isEqualTo(title).isEqualTo("Réseau Alliances & Territoires Drôme-Ardèche");
			assertThat(page.text("#date-output")).isEqualTo("30 juin 2024");
			assertThat(page.js("return window.allianceExplorer.cy.nodes().map(n => [n.id(), n.position()])"))
				.as("the drawing itself: every actor at the same place").isEqualTo(positions);
			assertThat(page.consoleErrors()).isEmpty();
			page.screenshot("explorer-26-shared-link");
		}
		finally {
			browser().quit();
			page = first;
		}
	}

	@Test
	void shouldSwitchToEnglish() {
		page.open("/?territory=26&at=" + AT);
		browser().findElement(By.cssSelector(".lang button[data-lang='en']")).click();
		new WebDriverWait(browser(), WAIT).until(d -> d.getCurrentUrl().contains("lang=en"));
		new WebDriverWait(browser(), WAIT).until(d -> page.text("#scope-summary").contains("actors"));
		assertThat(browser().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(page.text("#filters-title")).isEqualTo("Filters");
		assertThat(page.text("label[for='sector-COMPANY']")).contains("Company");
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("explorer-26-english");
	}

	/**
	 * The English page says a catalyst's explanation and its suggested alliances' reasons in English, from their
	 * structured form (why), where the API's explanation and reasons fields are French.
	 */
	@Test
	void shouldExplainACatalystInEnglishOnTheEnglishPage() {
		String id = "la-dep-ardeche";
		JsonNode catalyst = null;
		for (JsonNode c : page.api("/api/v1/analysis/catalysts?territory=07&limit=1000&at=" + AT).get("catalysts")) {
			if (id.equals(c.get("id").asString())) {
				catalyst = c;
			}
		}
		assertThat(catalyst).isNotNull();
		Map<String, JsonNode> why = new java.util.HashMap<>();
		catalyst.get("why").forEach(reason -> why.put(reason.get("code").asString(), reason.get("values")));
		JsonNode span = why.get("SECTORS_AND_TERRITORIES");
		long percent = Math.round(why.get("PATHS_THROUGH").get("share").asDouble() * 100);
		page.open("/?territory=07&at=" + AT + "&lang=en&analysis=gaps&actor=" + id);
		new WebDriverWait(browser(), WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));
		new WebDriverWait(browser(), WAIT).until(d -> !d.findElements(By.cssSelector(
				"[data-testid=gaps-suggestions] .reasons li")).isEmpty());

		String explanation = page.text("#panel-explanation");
		assertThat(explanation).startsWith("connects " + span.get("sectors").asInt() + " sectors and "
				+ span.get("territories").asInt() + " territories; ")
			.contains(percent + "% of the shortest paths between actors go through it")
			.doesNotContain("relie", "chemins");
		int common = page.api("/api/v1/analysis/suggestions?territory=07&limit=1&at=" + AT).get("suggestions").get(0)
			.get("indices").get("commonNeighbors").asInt();
		// the gaps panel is folded while the actor's panel is open: its text is read, not what is on screen
		assertThat(browser().findElements(By.cssSelector("[data-testid=gaps-suggestions] .reasons li")).stream()
			.map(li -> li.getDomProperty("textContent")))
			.contains(common + (common == 1 ? " partner in common" : " partners in common"))
			.allSatisfy(reason -> assertThat(reason).doesNotContain("partenaire", "secteurs", "territoire"));
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("explorer-07-actor-panel-english");
	}

	@Test
	void shouldExportTheViewAsPngAndThroughTheExportEndpointWithTheSameFilters() {
		page.open("/?territory=26&sector=ASSOCIATION&sector=NETWORK&at=2023-12-31");
		String png = (String) ((JavascriptExecutor) browser()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const original = URL.createObjectURL;
				URL.createObjectURL = (blob) => { done(blob.type + ' ' + blob.size); return original(blob); };
				document.getElementById('export-png').click();""");
		assertThat(png).startsWith("image/png ");
		assertThat(Long.parseLong(png.substring("image/png ".length()))).isGreaterThan(20_000);

		for (String format : List.of("graphml", "gexf")) {
			String href = browser().findElement(By.id("export-" + format)).getDomProperty("href");
			assertThat(href).contains("format=" + format, "territory=26", "at=2023-12-31", "sector=ASSOCIATION",
					"sector=NETWORK");
			HttpResponse<String> file = ExplorerPage.send(HttpRequest.newBuilder(URI.create(href)).GET());
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.body()).contains(format.equals("graphml") ? "<graphml" : "<gexf");
		}
		assertThat(page.consoleErrors()).isEmpty();
	}

	@Test
	void shouldSayWhenTheTerritoryIsUnknown() {
		page.open("/?territory=99999&at=" + AT);
		assertThat(page.js("return window.allianceExplorer.status")).isEqualTo("error");
		assertThat(page.text("#status-title")).isEqualTo("Territoire inconnu");
		assertThat(page.text("#status-detail")).contains("99999");
		assertThat(page.nodeCount()).isZero();
		page.screenshot("explorer-unknown-territory");
		browser().findElement(By.cssSelector("#status-actions button")).click();
		new WebDriverWait(browser(), WAIT).until(d -> "ready".equals(page.js("return window.allianceExplorer.status")));
		assertThat(page.nodeCount()).isEqualTo(page.api("/api/v1/analysis/catalysts?limit=1&at=" + AT).get("actorCount").asInt());
	}

	/**
	 * "Simuler son départ" for the actor whose departure would cut off most of the Ardèche's network, as the
	 * robustness analysis ranks them (computed for every actor at once, by another algorithm than the scenario's):
	 * the page marks exactly that many actors as cut off, names as many, shows the components after as robustness
	 * counts them, and takes the marks away on "Revenir au réseau".
	 */
	@Test
	void shouldSimulateTheDepartureOfAnActorAndGoBack() {
		JsonNode worst = page.api("/api/v1/analysis/robustness?territory=07&limit=1&at=" + AT).get("actors").get(0);
		int cutOff = worst.get("cutOff").asInt();
		assertThat(cutOff).as("the Ardèche's network has an actor whose departure cuts some off").isPositive();
		String id = worst.get("id").asString();
		page.open("/?territory=07&at=" + AT + "&actor=" + id);
		new WebDriverWait(browser(), WAIT)
			.until(d -> "true".equals(d.findElement(By.id("panel")).getDomAttribute("data-ready")));

		browser().findElement(By.cssSelector("[data-testid=departure-simulate]")).click();
		new WebDriverWait(browser(), WAIT)
			.until(d -> !d.findElements(By.cssSelector("[data-testid=departure-figures]")).isEmpty());

		assertThat(((Number) page.js("return window.allianceExplorer.cy.nodes('.cut-off').length")).intValue())
			.isEqualTo(cutOff);
		assertThat(page.js("return window.allianceExplorer.cy.getElementById(arguments[0]).hasClass('departed')", id))
			.isEqualTo(Boolean.TRUE);
		assertThat(page.text("[data-testid=departure-cut-off]")).startsWith(cutOff + " acteur");
		assertThat(browser().findElements(By.cssSelector("[data-testid=departure-result] ul")).get(0)
			.findElements(By.tagName("li"))).hasSize(cutOff);
		List<String> components = browser
			.findElements(By.cssSelector("[data-testid=departure-figures] tbody tr"))
			.get(1)
			.findElements(By.tagName("td"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(components.get(1)).isEqualTo(String.valueOf(worst.get("componentsAfter").asInt()));
		page.screenshot("explorer-07-departure");

		browser().findElement(By.cssSelector("[data-testid=departure-reset]")).click();
		assertThat(((Number) page.js("return window.allianceExplorer.cy.nodes('.cut-off, .departed').length")).intValue())
			.isZero();
		assertThat(browser().findElements(By.cssSelector("[data-testid=departure-figures]"))).isEmpty();
		assertThat(page.consoleErrors()).isEmpty();
	}

	/**
	 * A scope of 2,000 actors (imported here, about 10 s), drawn in the browser(). The figures are printed, for the
	 * record: timings are the benches' business. Run on demand, to keep the class short:
	 * {@code mvn test -Dtest='org.alliancegraph.explorer.**' -Dexplorer.large=true}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "explorer.large", matches = "true",
			disabledReason = "2,000-actor timing runs with -Dexplorer.large=true")
	void shouldDrawTwoThousandActors() {
		page.postImport(TwoThousandActors.document(), "admin", ADMIN_PASSWORD);
		JsonNode catalysts = page.api(
				"/api/v1/analysis/catalysts?territory=" + TwoThousandActors.TERRITORY + "&limit=1&at=" + AT);
		assertThat(catalysts.get("actorCount").asInt()).isEqualTo(TwoThousandActors.ACTORS);

		page.open("/?territory=" + TwoThousandActors.TERRITORY + "&at=" + AT);
		assertThat(page.nodeCount()).isEqualTo(TwoThousandActors.ACTORS);
		assertThat(page.tieCount()).isEqualTo(catalysts.get("tieCount").asInt());
		Map<String, Object> timing = page.lastTiming();
		System.out.printf("explorer timing, %d actors: %s; page ready %.0f ms after navigation%n",
				TwoThousandActors.ACTORS, timing, page.firstReadyMs());
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("explorer-2000-actors");
	}
}
