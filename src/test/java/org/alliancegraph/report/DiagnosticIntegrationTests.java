package org.alliancegraph.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.alliancegraph.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagnostic report over real HTTP on the demo data (Drôme, 26): its figures are the analysis endpoints'
 * for the same scope and date, its page is well-formed XHTML, its PDF opens, holds its sections and accented
 * words as text and renders to non-blank pages (saved under {@code target/report-pages/} to be looked at).
 */
class DiagnosticIntegrationTests extends IntegrationTest {

	private static final String AT = "2025-12-31";

	private static final String FROM = "2017-12-31";

	private static final Path PAGES = Path.of("target", "report-pages");

	private static final HttpClient BINARY = HttpClient.newHttpClient();

	/** The demo document, imported by the tests that need it (an import takes seconds). */
	void demo() throws IOException {
		String demo;
		try (InputStream in = getClass().getResourceAsStream("/demo/demo-alliances.json")) {
			demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		long start = System.nanoTime();
		assertThat(post("/api/v1/imports", demo).status()).isEqualTo(200);
		System.out.printf("demo import: %d ms%n", (System.nanoTime() - start) / 1_000_000);
	}

	@Test
	void shouldReportTheSameFiguresAsTheAnalysisEndpointsInBothLanguages() throws Exception {
		demo();
		JsonNode report = get("/api/v1/territories/26/diagnostic?at=" + AT).json();

		assertThat(report.get("catalysts"))
			.isEqualTo(get("/api/v1/analysis/catalysts?territory=26&at=" + AT + "&limit=10").json());
		assertThat(report.get("gaps")).isEqualTo(get("/api/v1/analysis/gaps?territory=26&at=" + AT).json());
		assertThat(report.get("suggestions"))
			.isEqualTo(get("/api/v1/analysis/suggestions?territory=26&at=" + AT + "&limit=10").json());
		assertThat(report.get("articulations"))
			.isEqualTo(get("/api/v1/analysis/articulations?territory=26&at=" + AT).json());
		assertThat(report.get("fragilities"))
			.isEqualTo(get("/api/v1/analysis/robustness?territory=26&at=" + AT + "&limit=5").json());
		assertThat(report.get("trajectory")).isEqualTo(
				get("/api/v1/analysis/trajectory?territory=26&from=" + FROM + "&to=" + AT + "&step=P1Y").json());

		JsonNode gaps = report.get("gaps");
		JsonNode key = report.get("keyFigures");
		assertThat(key.get("actors").asInt()).isEqualTo(gaps.get("actorCount").asInt()).isPositive();
		assertThat(key.get("ties").asInt()).isEqualTo(gaps.get("tieCount").asInt()).isPositive();
		assertThat(key.get("components").asInt()).isEqualTo(gaps.get("components").size());
		assertThat(key.get("isolatedActors").asInt()).isEqualTo(gaps.get("isolatedActors").size());
		assertThat(key.get("articulationPoints").asInt())
			.isEqualTo(report.get("articulations").get("articulationPoints").size());
		JsonNode last = report.get("trajectory").get("points").get(8);
		assertThat(last.get("at").asString()).isEqualTo(AT);
		assertThat(key.get("density").asDouble()).isEqualTo(last.get("density").asDouble());
		long bySector = 0;
		for (JsonNode count : key.get("actorsBySector")) {
			bySector += count.get("count").asLong();
			assertThat(count.get("count").asInt())
				.isEqualTo(gaps.get("sectorMixing").get("actors").path(count.get("code").asString()).asInt(0));
		}
		assertThat(bySector).isEqualTo(key.get("actors").asLong());
		assertThat(key.get("actorsBySector")).hasSize(10);
		assertThat(key.get("projectsByPhase")).hasSize(4);
		assertThat(report.get("sdgs")).hasSize(17);
		assertThat(report.get("levers")).hasSize(4);
		// the report's projects are those the gap analysis counts: active, targeting the scope
		long partnerships = 0;
		for (JsonNode count : key.get("partnershipsByType")) {
			partnerships += count.get("count").asLong();
		}
		assertThat(partnerships).isEqualTo(key.get("partnerships").asLong()).isPositive();
		// a domain flagged as a gap carries the gap analysis's own figures
		for (JsonNode gap : gaps.get("domainGaps")) {
			JsonNode row = find(report.get("domains"), "domain", gap.get("domain").asString());
			assertThat(row.get("gap").asBoolean()).isTrue();
			assertThat(row.get("activeProjects").asInt()).isEqualTo(gap.get("activeProjects").asInt());
			assertThat(row.get("actors").asInt()).isEqualTo(gap.get("actors").asInt());
			assertThat(row.get("needIndex").asDouble()).isEqualTo(gap.get("needIndex").asDouble());
		}
		// the Drôme is part of the région, whose other département it is linked to
		assertThat(report.get("territory").get("parents").get(0).get("code").asString()).isEqualTo("R84");
		assertThat(report.get("neighbourLinks").findValuesAsString("other")).contains("07");
		// each as the parent's articulation analysis has it
		JsonNode parentLinks = get("/api/v1/analysis/articulations?territory=R84&at=" + AT).json().get("territoryLinks");
		for (JsonNode link : report.get("neighbourLinks")) {
			assertThat(link.get("parent").asString()).isEqualTo("R84");
			assertThat(parentLinks).contains(link.get("link"));
		}
		JsonNode network = report.get("network");
		assertThat(network.get("nodes").size()).isPositive().isLessThanOrEqualTo(NetworkLayout.MAX_NODES);
		for (JsonNode node : network.get("nodes")) {
			assertThat(node.get("x").asDouble()).isBetween(0.0, network.get("width").asDouble());
			assertThat(node.get("y").asDouble()).isBetween(0.0, network.get("height").asDouble());
		}

		// English and French differ in labels, not in figures
		ObjectNode fr = (ObjectNode) get("/api/v1/territories/26/diagnostic?lang=fr&at=" + AT).json();
		ObjectNode en = (ObjectNode) get("/api/v1/territories/26/diagnostic?lang=en&at=" + AT).json();

		assertThat(fr.get("labels").get("sectors").get("COMPANY").asString()).isEqualTo("Entreprise");
		assertThat(en.get("labels").get("sectors").get("COMPANY").asString()).isEqualTo("Company");
		for (ObjectNode each : List.of(fr, en)) {
			each.remove("lang");
			each.remove("labels");
			((ObjectNode) each.get("peers")).remove("peerSet");
			for (String part : List.of("keyPoints", "recommendations")) {
				// the same codes, numbers and values; the peers named and the texts in each language
				for (JsonNode point : each.get(part)) {
					((ObjectNode) point).remove(List.of("text", "figure"));
					((ObjectNode) point.get("values")).remove("peerSet");
				}
			}
		}
		assertThat(en).isEqualTo(fr);

		String frText = pdfText(fetch("/api/v1/territories/26/diagnostic.pdf?lang=fr&at=" + AT), "26fr2");
		String enText = pdfText(fetch("/api/v1/territories/26/diagnostic.pdf?lang=en&at=" + AT), "26en");
		assertThat(enText).contains("Key points", "Recommendations", "Key figures", "Catalysts", "Gaps",
				"Network fragilities", "Where it stands", "Suggested alliances", "Trajectory", "Picture of the network",
				"Appendix");
		assertThat(enText).doesNotContain("Chiffres clés", "Alliances suggérées", "in French");
		// the catalysts' explanations and the suggestions' reasons in English, from their structured reasons
		assertThat(enText).contains("of the shortest paths between actors go through it", "in common")
			.doesNotContain("plus courts chemins", "partenaires en commun", "secteurs complémentaires");
		assertThat(frText).doesNotContain("Key figures");
	}

	@Test
	void shouldServeAWellFormedPageAndAPdfWithEverySectionInOrder() throws Exception {
		demo();
		Answer answer = get("/api/v1/territories/26/diagnostic.html?at=" + AT);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.contentType()).startsWith("text/html");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document page = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
		NodeList sections = page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < sections.getLength(); i++) {
			ids.add(((org.w3c.dom.Element) sections.item(i)).getAttribute("id"));
		}
		assertThat(ids).containsExactly("essentials", "identity", "catalysts", "gaps", "articulations", "fragilities",
				"peers", "suggestions", "trajectory", "coverage", "network", "appendix");
		// nine charts, and a strip per indicator the peers have
		int strips = 0;
		for (JsonNode indicator : get("/api/v1/analysis/benchmark?territory=26&at=" + AT).json().get("indicators")) {
			strips += indicator.get("count").asInt() > 0 ? 1 : 0;
		}
		assertThat(strips).isEqualTo(8);
		assertThat(page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(9 + strips);
		assertThat(answer.body()).contains("Drôme", "Chiffres clés", "Catalyseurs");
		// the page links to its PDF, its other language and the explorer on the same scope and date
		assertThat(answer.body()).contains("href=\"diagnostic.pdf?lang=fr&amp;at=" + AT + "\"",
				"href=\"diagnostic.html?lang=en&amp;at=" + AT + "\"",
				"href=\"../../../../?territory=26&amp;at=" + AT + "&amp;lang=fr\"");
		Files.createDirectories(PAGES);
		Files.writeString(PAGES.resolve("diagnostic-26fr.html"), answer.body());

		byte[] pdf = fetch("/api/v1/territories/26/diagnostic.pdf?at=" + AT);

		String text = pdfText(pdf, "26fr");
		assertThat(text).contains("Drôme", "L’essentiel", "Recommandations", "Chiffres clés", "Catalyseurs", "Manques",
				"Articulations entre territoires", "Fragilités du réseau", "Se situer", "Alliances suggérées", "Trajectoire", "ODD et leviers", "Image du réseau", "Annexe");
		assertThat(text).contains("é", "è", "ç");
		// the methods state the configured threshold of sampled betweenness (alliance.analysis defaults)
		// French groups thousands with a narrow no-break space
		assertThat(text).contains("Au-delà de 5\u202f000 acteurs").doesNotContain("10 000 acteurs");
		assertThat(text).doesNotContain("Télécharger le PDF");
		assertThat(text.indexOf("L’essentiel")).isLessThan(text.indexOf("Chiffres clés"));
		// the first page names the sections its points come from; the sections follow it in order
		int keyFigures = text.indexOf("Chiffres clés");
		assertThat(text.indexOf("Catalyseurs", keyFigures)).isPositive()
			.isLessThan(text.indexOf("Alliances suggérées", keyFigures));
	}

	/** Every page of the French and the English PDF of the Drôme holds a heading or real content. */
	@Test
	void shouldCarryNoMereFragmentOnAnyPage() throws Exception {
		demo();
		for (String lang : List.of("fr", "en")) {
			Path pdf = PdfPages.saved(fetch("/api/v1/territories/26/diagnostic.pdf?lang=" + lang + "&at=" + AT),
					"26" + lang + "-pages");
			assertThat(PdfPages.assertEveryPageHoldsContent(pdf, lang)).isGreaterThan(10);
		}
	}

	@Test
	void shouldRenderATerritoryWithoutActors() throws Exception {
		// a code and a date no other test uses: the fixture is written without bumping the data version, and
		// projections are cached by scope and data version
		cypher("""
				CREATE (:Territory {code: 'R84', name: 'Auvergne-Rhône-Alpes', level: 'REGION', version: 0})
				       <-[:PART_OF]-(:Territory {code: 'PROJET-VIDE', name: 'Projet à venir', level: 'CUSTOM',
				                                 version: 0})""");

		byte[] pdf = fetch("/api/v1/territories/PROJET-VIDE/diagnostic.pdf?at=2011-03-01");

		assertThat(pdfText(pdf, "empty")).contains("Projet à venir", "Chiffres clés", "Annexe");
		JsonNode report = get("/api/v1/territories/PROJET-VIDE/diagnostic?at=2011-03-01").json();
		assertThat(report.get("keyFigures").get("actors").asInt()).isZero();
		assertThat(report.get("network").get("nodes")).isEmpty();
	}

	/**
	 * x ─ y ─ z: y's departure leaves {x} and {z}; the largest component after it is the one of the smallest id,
	 * {x}, so z alone is cut off from the three-actor core: cut off 1, 2 components. x's or z's departure cuts
	 * nobody off. The section names y only.
	 */
	@Test
	void shouldNameTheDeparturesThatWouldHurtTheNetworkMost() throws Exception {
		assertThat(post("/api/v1/territories", Map.of("code", "FRAGILE", "name", "Réseau fragile", "level", "CUSTOM"))
			.status()).isEqualTo(201);
		for (String id : List.of("x", "y", "z")) {
			assertThat(post("/api/v1/actors", Map.of("id", id, "name", "Acteur " + id, "sector", "ASSOCIATION",
					"locatedIn", "FRAGILE", "activeIn", List.of())).status()).isEqualTo(201);
		}
		for (List<String> pair : List.of(List.of("x", "y"), List.of("y", "z"))) {
			assertThat(post("/api/v1/partnerships", Map.of("id", pair.get(0) + pair.get(1), "type", "GRANT", "start",
					"2020-01-01", "members", List.of(Map.of("actor", pair.get(0), "role", "LEAD"),
							Map.of("actor", pair.get(1), "role", "PARTNER")))).status()).isEqualTo(201);
		}

		JsonNode fragilities = get("/api/v1/territories/FRAGILE/diagnostic?at=" + AT).json().get("fragilities");

		assertThat(fragilities.get("largestComponent").asInt()).isEqualTo(3);
		assertThat(fragilities.get("actors").findValuesAsString("id")).containsExactly("y", "x", "z");
		JsonNode y = fragilities.get("actors").get(0);
		assertThat(y.get("cutOff").asInt()).isEqualTo(1);
		assertThat(y.get("componentsAfter").asInt()).isEqualTo(2);
		assertThat(fragilities.get("actors").get(1).get("cutOff").asInt()).isZero();
		String page = get("/api/v1/territories/FRAGILE/diagnostic.html?at=" + AT).body();
		String section = page.substring(page.indexOf("id=\"fragilities\""), page.indexOf("id=\"suggestions\""));
		assertThat(section).contains("Fragilités du réseau", "Acteur y").doesNotContain("Acteur x", "Acteur z");
		assertThat(get("/api/v1/territories/FRAGILE/diagnostic.html?lang=en&at=" + AT).body())
			.contains("Network fragilities");
	}

	@Test
	void shouldAnswer404ForAnUnknownTerritoryAnd422ForAnUnknownLanguage() {
		Answer unknown = get("/api/v1/territories/99/diagnostic.pdf");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(get("/api/v1/territories/99/diagnostic").status()).isEqualTo(404);

		Answer lang = get("/api/v1/territories/26/diagnostic.html?lang=de");
		assertThat(lang.status()).isEqualTo(422);
		assertThat(lang.json().get("errors").get(0).get("path").asString()).isEqualTo("lang");
		assertThat(get("/api/v1/territories/26/diagnostic?at=2025-13-01").status()).isEqualTo(422);
	}

	byte[] fetch(String path) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<byte[]> response = BINARY.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		System.out.printf("%s: %d ms, %d bytes%n", path, (System.nanoTime() - start) / 1_000_000, response.body().length);
		return response.body();
	}

	/**
	 * Opens the PDF with PDFBox and returns its text; saves it and its pages as PNG ({@code pdftoppm}) under
	 * {@code target/report-pages/NAME*}, each page checked not to be blank.
	 */
	static String pdfText(byte[] pdf, String name) throws Exception {
		Files.createDirectories(PAGES);
		try (var old = Files.list(PAGES)) {
			for (Path p : old.filter(p -> p.getFileName().toString().startsWith("page-" + name + "-")).toList()) {
				Files.delete(p);
			}
		}
		Path file = PAGES.resolve("diagnostic-" + name + ".pdf");
		Files.write(file, pdf);
		int pages;
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			pages = document.getNumberOfPages();
			text = new PDFTextStripper().getText(document);
		}
		assertThat(pages).isGreaterThanOrEqualTo(1);
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "70", file.toString(),
				PAGES.resolve("page-" + name).toString()).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
		List<Path> images;
		try (var listing = Files.list(PAGES)) {
			images = listing.filter(p -> p.getFileName().toString().startsWith("page-" + name + "-")).sorted().toList();
		}
		assertThat(images).hasSize(pages);
		for (Path image : images) {
			assertThat(inkShare(ImageIO.read(image.toFile()))).as(image.toString()).isGreaterThan(0.001);
		}
		return text;
	}

	/** The share of pixels that are not (nearly) white. */
	private static double inkShare(BufferedImage image) {
		long ink = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = (rgb >> 16) & 0xFF;
				int g = (rgb >> 8) & 0xFF;
				int b = rgb & 0xFF;
				if (r + g + b < 720) {
					ink++;
				}
			}
		}
		return (double) ink / ((long) image.getWidth() * image.getHeight());
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode item : array) {
			if (item.get(field).asString().equals(value)) {
				return item;
			}
		}
		throw new AssertionError("no " + field + " " + value);
	}
}
