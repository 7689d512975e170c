package org.alliancegraph.explorer;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

import static org.alliancegraph.explorer.ExplorerPage.AT;
import static org.alliancegraph.explorer.ExplorerPage.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis panels beside the explorer's graph (gaps, catalysts, territories, "Se situer", the report) in a real
 * headless Chromium, against the whole service with the demo data: each shows what its API answer says, for the
 * Ardèche (07) at {@link ExplorerPage#AT}. Skipped when Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "alliance.demo-data=true",
		"alliance.neo4j.data-dir=${java.io.tmpdir}/neo4j-analysis-panels-${random.uuid}",
		"alliance.import.work-dir=${java.io.tmpdir}/imports-analysis-panels-${random.uuid}",
		"alliance.security.admin-password=x" })
class AnalysisPanelsBrowserTests extends ExplorerInChromium {

	private static final String SCOPE = "territory=07&at=" + AT;

	@Test
	void shouldShowInTheGapsPanelWhatTheGapsAnswerSays() {
		page.open("/?" + SCOPE + "&analysis=gaps");
		WebElement panel = waitFor("[data-testid=gaps-panel]");
		JsonNode gaps = page.api("/api/v1/analysis/gaps?" + SCOPE);

		// the sector-mixing heat map: one cell per pair of present sectors, its ties those of the answer, the
		// answer's empty pairs hatched and counted
		Set<String> emptyPairs = new HashSet<>();
		gaps.get("emptySectorPairs").forEach(p -> emptyPairs.add(p.get(0).asString() + "|" + p.get(1).asString()));
		assertThat(emptyPairs).isNotEmpty();
		assertThat(page.text("[data-testid=gaps-empty-pairs]")).isEqualTo(String.valueOf(emptyPairs.size()));
		List<WebElement> emptyCells = panel.findElements(By.cssSelector("[data-testid=gaps-mixing] td.empty"));
		assertThat(emptyCells.stream().map(this::pairOf)).containsExactlyInAnyOrderElementsOf(emptyPairs);
		List<WebElement> cells = panel.findElements(By.cssSelector("[data-testid=gaps-mixing] td.mixing-cell"));
		int present = 0;
		for (var sector : gaps.get("sectorMixing").get("actors").properties()) {
			present += sector.getValue().asInt() > 0 ? 1 : 0;
		}
		assertThat(cells).hasSize(present * (present + 1) / 2);
		for (WebElement cell : cells) {
			assertThat(Integer.parseInt(cell.getDomAttribute("data-ties"))).as(pairOf(cell))
				.isEqualTo(gaps.get("sectorMixing").get("ties").get(cell.getDomAttribute("data-a"))
					.get(cell.getDomAttribute("data-b")).asInt());
		}

		// needs against coverage: every domain of the answer, its gaps first and marked, in the answer's order
		List<String> gapDomains = new ArrayList<>();
		gaps.get("domainGaps").forEach(g -> gapDomains.add(g.get("domain").asString()));
		assertThat(gapDomains).isNotEmpty();
		List<WebElement> rows = panel.findElements(By.cssSelector("[data-testid=gaps-domains] tbody tr"));
		assertThat(rows).hasSize(gaps.get("domains").size());
		assertThat(rows.subList(0, gapDomains.size()).stream().map(r -> r.getDomAttribute("data-domain")))
			.containsExactlyElementsOf(gapDomains);
		assertThat(panel.findElements(By.cssSelector("[data-testid=gaps-domains] tr[data-gap=true]"))).hasSize(gapDomains.size());
		assertThat(page.text("[data-testid=gaps-domain-gap-count]")).isEqualTo(String.valueOf(gapDomains.size()));

		// fragmentation
		assertThat(page.text("[data-testid=gaps-components]")).isEqualTo(String.valueOf(gaps.get("components").size()));
		assertThat(page.text("[data-testid=gaps-isolated]")).isEqualTo(String.valueOf(gaps.get("isolatedActors").size()));
		int largest = gaps.get("components").get(0).get("size").asInt();
		assertThat(plain(page.text("[data-testid=gaps-outside-largest]"))).isEqualTo("%d %% (%d acteurs)"
			.formatted(Math.round(100 * gaps.get("shareOutsideLargest").asDouble()), gaps.get("actorCount").asInt() - largest));
		assertThat(page.text("[data-testid=gaps-communities]")).startsWith(gaps.get("communities").size() + " ");
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("analysis-gaps-07");

		// with three sectors kept, the seven others are absent: listed as the answer lists them
		String sectors = "&sector=ASSOCIATION&sector=COMPANY&sector=LOCAL_AUTHORITY";
		page.open("/?" + SCOPE + sectors + "&analysis=gaps");
		waitFor("[data-testid=gaps-panel]");
		JsonNode filtered = page.api("/api/v1/analysis/gaps?" + SCOPE + sectors);
		List<String> absent = new ArrayList<>();
		filtered.get("sectorsAbsent").forEach(s -> absent.add(s.asString()));
		assertThat(absent).hasSize(7);
		assertThat(browser.findElements(By.cssSelector("[data-testid=gaps-sectors-absent] li")).stream()
			.map(li -> li.getDomAttribute("data-code"))).containsExactlyInAnyOrderElementsOf(absent);
	}

	@Test
	void shouldShowTheSuggestedPairAndExactlyTheirCommonPartners() {
		page.open("/?" + SCOPE + "&analysis=gaps");
		waitFor("[data-testid=gaps-panel]");
		JsonNode suggestion = page.api("/api/v1/analysis/suggestions?" + SCOPE + "&limit=1").get("suggestions").get(0);
		String a = suggestion.get("a").asString();
		String b = suggestion.get("b").asString();

		WebElement first = browser.findElements(By.cssSelector("[data-testid=gaps-suggestion]")).get(0);
		assertThat(first.getDomAttribute("data-a")).isEqualTo(a);
		assertThat(first.getDomAttribute("data-b")).isEqualTo(b);
		first.click();

		assertThat(first.getDomAttribute("aria-pressed")).isEqualTo("true");
		assertThat(ids(".pair-end")).containsExactlyInAnyOrder(a, b);
		// the common partners, from the ties of the export (the API's graph), not from the page
		Map<String, Set<String>> partners = new HashMap<>();
		for (JsonNode edge : page.api("/api/v1/exports?format=cytoscape&" + SCOPE).get("elements").get("edges")) {
			String source = edge.get("data").get("source").asString();
			String target = edge.get("data").get("target").asString();
			partners.computeIfAbsent(source, k -> new HashSet<>()).add(target);
			partners.computeIfAbsent(target, k -> new HashSet<>()).add(source);
		}
		Set<String> common = new HashSet<>(partners.get(a));
		common.retainAll(partners.get(b));
		assertThat(common).hasSize(suggestion.get("indices").get("commonNeighbors").asInt());
		Set<String> shown = new HashSet<>(ids("node.neighbour"));
		shown.removeAll(Set.of(a, b));
		assertThat(shown).containsExactlyInAnyOrderElementsOf(common);
		assertThat(ids("node.faded")).hasSize((int) page.nodeCount() - 2 - common.size());
		assertThat(page.text("[data-testid=gaps-suggestion-status]")).contains(common.size() + " partenaires communs");
		page.screenshot("analysis-suggestion-07");

		browser.findElement(By.cssSelector("[data-testid=gaps-suggestion-reset]")).click();
		assertThat(ids("node.faded")).isEmpty();
		assertThat(ids(".pair-end")).isEmpty();
	}

	@Test
	void shouldSortTheCatalystTableAsTheApiValuesOrderIt() {
		page.open("/?" + SCOPE + "&analysis=catalysts");
		waitFor("[data-testid=catalyst-table] tbody tr");
		JsonNode answer = page.api("/api/v1/analysis/catalysts?" + SCOPE + "&limit=1000");
		List<JsonNode> catalysts = new ArrayList<>();
		answer.get("catalysts").forEach(catalysts::add);
		assertThat(catalysts).hasSize(answer.get("actorCount").asInt());

		assertThat(rowIds()).containsExactlyElementsOf(order(catalysts, Comparator.comparingInt(c -> c.get("rank").asInt())));
		assertThat(sortOf("rank")).isEqualTo("ascending");

		// effective size, largest first, then smallest first; equal values keep the rank order, and the isolated
		// actors, who have none, come last
		assertThat(catalysts).anyMatch(c -> c.get("effectiveSize").isNull());
		sortBy("effectiveSize").click();
		assertThat(sortOf("effectiveSize")).isEqualTo("descending");
		assertThat(sortOf("rank")).isEqualTo("none");
		assertThat(rowIds()).containsExactlyElementsOf(order(catalysts, byValue("effectiveSize", false)));
		sortBy("effectiveSize").click();
		assertThat(sortOf("effectiveSize")).isEqualTo("ascending");
		assertThat(rowIds()).containsExactlyElementsOf(order(catalysts, byValue("effectiveSize", true)));

		// with the keyboard: constraint, lowest first
		sortBy("constraint").sendKeys(Keys.ENTER);
		assertThat(sortOf("constraint")).isEqualTo("ascending");
		assertThat(rowIds()).containsExactlyElementsOf(order(catalysts, byValue("constraint", true)));
		page.screenshot("analysis-catalysts-07");

		// a row selects its actor on the graph
		String third = rowIds().get(2);
		long before = page.completed();
		browser.findElements(By.cssSelector("[data-testid=catalyst-table] tbody tr")).get(2).click();
		new WebDriverWait(browser, WAIT).until(d -> third.equals(page.js("return window.allianceExplorer.state.actor")));
		assertThat(page.js("return window.allianceExplorer.cy.getElementById(arguments[0]).selected()", third)).isEqualTo(true);
		assertThat(page.completed()).isEqualTo(before);
	}

	@Test
	void shouldDrawTheTerritoriesAndTheirLinksOfTheArticulationsAnswer() {
		page.open("/?" + SCOPE + "&analysis=territories");
		waitFor("[data-testid=territories-view] canvas");
		JsonNode answer = page.api("/api/v1/analysis/articulations?" + SCOPE);

		Set<String> codes = new HashSet<>();
		int actors = 0;
		for (JsonNode territory : answer.get("territories")) {
			codes.add(territory.get("code").asString());
			actors += territory.get("actors").asInt();
		}
		assertThat(actors).isEqualTo(page.nodeCount());
		assertThat(territoryIds("node")).containsExactlyInAnyOrderElementsOf(codes);
		Set<String> links = new HashSet<>();
		Set<String> weak = new HashSet<>();
		for (JsonNode link : answer.get("territoryLinks")) {
			String id = link.get("a").asString() + "|" + link.get("b").asString();
			links.add(id);
			if (link.get("vertexConnectivity").asInt() == 1) {
				weak.add(id);
			}
		}
		assertThat(territoryIds("edge")).containsExactlyInAnyOrderElementsOf(links);
		assertThat(weak).isNotEmpty();
		assertThat(territoryIds("edge.weak")).containsExactlyInAnyOrderElementsOf(weak);
		Set<String> cut = new LinkedHashSet<>();
		answer.get("articulationPoints").forEach(p -> p.get("separates").forEach(code -> cut.add(code.asString())));
		assertThat(cut).isNotEmpty();
		assertThat(territoryIds("node.cut")).containsExactlyInAnyOrderElementsOf(cut);
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("analysis-territories-07");
	}

	@Test
	void shouldLinkTheReportOfTheTerritoryAndDateInView() {
		page.open("/?" + SCOPE + "&analysis=report");
		waitFor("[data-testid=report-html]");

		String html = browser.findElement(By.cssSelector("[data-testid=report-html]")).getDomAttribute("href");
		String pdf = browser.findElement(By.cssSelector("[data-testid=report-pdf]")).getDomAttribute("href");
		assertThat(html).isEqualTo(page.url("/api/v1/territories/07/diagnostic.html?at=" + AT + "&lang=fr"));
		assertThat(pdf).isEqualTo(page.url("/api/v1/territories/07/diagnostic.pdf?at=" + AT + "&lang=fr"));
		HttpResponse<String> report = ExplorerPage.send(HttpRequest.newBuilder(page.uri(html)).GET());
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("Ardèche");

		browser.findElement(By.cssSelector(".lang button[data-lang=en]")).click();
		// the tab is drawn again in English: its links are new elements
		new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
			.until(d -> String.valueOf(d.findElement(By.cssSelector("[data-testid=report-pdf]")).getDomAttribute("href"))
				.endsWith("&lang=en"));
		assertThat(browser.findElement(By.cssSelector("[data-testid=report-html]")).getText()).isEqualTo("Open the report");
	}

	@Test
	void shouldShowForEachIndicatorTheValueAndPercentileOfTheBenchmark() {
		page.open("/?" + SCOPE + "&analysis=benchmark");
		new WebDriverWait(browser, WAIT).until(d -> "ready".equals(
				d.findElement(By.cssSelector("[data-testid=benchmark-view]")).getDomAttribute("data-state")));
		JsonNode benchmark = page.api("/api/v1/analysis/benchmark?" + SCOPE);

		List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid=benchmark-indicator]"));
		assertThat(rows).hasSize(benchmark.get("indicators").size()).hasSize(8);
		for (int i = 0; i < rows.size(); i++) {
			JsonNode indicator = benchmark.get("indicators").get(i);
			WebElement row = rows.get(i);
			assertThat(row.getDomAttribute("data-code")).isEqualTo(indicator.get("code").asString());
			assertThat(Double.parseDouble(row.getDomAttribute("data-value"))).as(indicator.get("code").asString())
				.isEqualTo(indicator.get("value").asDouble());
			assertThat(Double.parseDouble(row.getDomAttribute("data-percentile")))
				.isEqualTo(indicator.get("percentile").asDouble());
			assertThat(row.findElement(By.cssSelector("[data-testid=benchmark-percentile]")).getText())
				.isEqualTo(Math.round(indicator.get("percentile").asDouble()) + "e centile");
		}
		// the Ardèche and the Drôme are the two départements of Auvergne-Rhône-Alpes in the demo
		assertThat(benchmark.get("peers").asInt()).isEqualTo(2);
		assertThat(page.text("[data-testid=benchmark-peer-set]"))
			.isEqualTo("Ardèche, au 30 juin 2025, parmi les 2 départements de la région Auvergne-Rhône-Alpes.");
		// the density reads as a percentage with one decimal
		assertThat(plain(rows.get(0).findElement(By.cssSelector("[data-testid=benchmark-value]")).getText()))
			.isEqualTo(String.format(Locale.ROOT, "%.1f %%", 100 * benchmark.get("indicators").get(0).get("value").asDouble())
				.replace('.', ','));
		assertThat(page.consoleErrors()).isEmpty();
		page.screenshot("analysis-benchmark-07");

		// at 1024 pixels wide the analyses open over the graph, which keeps its width
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 911));
		try {
			page.open("/?" + SCOPE + "&analysis=gaps");
			waitFor("[data-testid=gaps-panel]");
			page.screenshot("analysis-gaps-07-1024");
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1043));
		}
	}

	/**
	 * A peer set not computed yet, asked without waiting ({@code wait=0}): the service answers 202 with its progress
	 * at once, the page shows it and asks again after the Retry-After until the benchmark comes.
	 */
	@Test
	void shouldShowTheProgressOfABenchmarkStillComputingThenTheBenchmark() {
		// a date no other test asks the benchmark for: its peer set is not kept yet
		String scope = "territory=26&at=2025-06-29";
		page.open("/?" + scope);
		page.js("window.allianceExplorer.benchmarkWait = 0");
		browser.findElement(By.cssSelector("[data-testid=analysis-tab-benchmark]")).click();

		new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.cssSelector("[data-testid=benchmark-progress]")).isEmpty());
		page.screenshot("analysis-benchmark-computing-26");
		WebElement view = browser.findElement(By.cssSelector("[data-testid=benchmark-view]"));
		new WebDriverWait(browser, WAIT).until(d -> "ready".equals(view.getDomAttribute("data-state")));
		assertThat(Integer.parseInt(view.getDomAttribute("data-waited"))).isPositive();
		JsonNode benchmark = page.api("/api/v1/analysis/benchmark?" + scope);
		List<WebElement> rows = view.findElements(By.cssSelector("[data-testid=benchmark-indicator]"));
		assertThat(rows).hasSize(8);
		for (int i = 0; i < rows.size(); i++) {
			assertThat(Double.parseDouble(rows.get(i).getDomAttribute("data-percentile")))
				.isEqualTo(benchmark.get("indicators").get(i).get("percentile").asDouble());
		}
		assertThat(page.text("[data-testid=benchmark-peer-set]"))
			.isEqualTo("Drôme, au 29 juin 2025, parmi les 2 départements de la région Auvergne-Rhône-Alpes.");
		assertThat(page.consoleErrors()).isEmpty();
	}

	private WebElement waitFor(String selector) {
		return new WebDriverWait(browser, WAIT).until(d -> {
			List<WebElement> found = d.findElements(By.cssSelector(selector));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	/** French numbers put a narrow no-break space before "%": a plain space here. */
	private static String plain(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	/** A pair of sectors in alphabetical order, as the answer lists its empty pairs. */
	private String pairOf(WebElement cell) {
		String a = cell.getDomAttribute("data-a");
		String b = cell.getDomAttribute("data-b");
		return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
	}

	@SuppressWarnings("unchecked")
	private List<String> ids(String selector) {
		return (List<String>) page.js("return window.allianceExplorer.cy.$(arguments[0]).map(e => e.id())", selector);
	}

	@SuppressWarnings("unchecked")
	private List<String> territoryIds(String selector) {
		return (List<String>) page.js("return window.allianceExplorer.territoryCy.$(arguments[0]).map(e => e.id())",
				selector);
	}

	private List<String> rowIds() {
		return browser.findElements(By.cssSelector("[data-testid=catalyst-table] tbody tr")).stream()
			.map(row -> row.getDomAttribute("data-id"))
			.toList();
	}

	private WebElement sortBy(String key) {
		return browser.findElement(By.cssSelector("[data-testid=catalyst-table] th[data-key=" + key + "] button"));
	}

	private String sortOf(String key) {
		return browser.findElement(By.cssSelector("[data-testid=catalyst-table] th[data-key=" + key + "]"))
			.getDomAttribute("aria-sort");
	}

	/** By a figure of the answer in one direction, the actors without it last, then by rank. */
	private static Comparator<JsonNode> byValue(String field, boolean ascending) {
		Comparator<Double> direction = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
		return Comparator.<JsonNode, Double>comparing(c -> c.get(field).isNull() ? null : c.get(field).asDouble(),
				Comparator.nullsLast(direction))
			.thenComparingInt(c -> c.get("rank").asInt());
	}

	private static List<String> order(List<JsonNode> catalysts, Comparator<JsonNode> comparator) {
		return catalysts.stream().sorted(comparator).map(c -> c.get("id").asString()).toList();
	}
}
