package org.alliancegraph.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's first page (key points and recommendations), its "Se situer" section and its sector colours, over
 * real HTTP on a small fixture worked out by hand:
 *
 * <pre>
 * Région Test (R99)
 * ├─ Département A (91, 20,000 inhabitants): x (association) ─ y (company) ─ z (association), since 2020
 * └─ Département B (92, 10,000 inhabitants): p (association) ─ q (local authority), since 2020
 * </pre>
 *
 * 91 on 2025-12-31: 3 actors, 2 ties. y alone lies between two others (x and z): the three highest betweenness
 * values are all of it, 100 %, and y is the only actor named. Two sectors present, so 8 of 10 absent; the
 * associations x and z are not tied, so the pair association–association is the one empty pair. y's departure cuts
 * z off the three-actor core (1 actor, a third of it). In 2017 the partnerships had not started: 0 ties, 2 now.
 *
 * <p>Peers: the 2 départements of R99. 91 against 92: density 2/3 against 1; actors per 10,000 inhabitants 1.5
 * against 2; sectors 2 and 2; empty sector pairs 1 of 2 possible (association–company, association–association)
 * against 0 of 1; outside the core 0 and 0; brokerage of the top 3 1 against 0 (92 has no go-between); ties across
 * territories 0 and 0 (every actor is seated in its département); partnerships per actor 2/3 against 1/2. With
 * two values the median is their mean: 91 does better than it only on partnerships per actor (higher is better),
 * and not on the three shares where lower is better (it is higher or equal): 1 of 8. Its density, the lower of
 * the two, is at or above 1 of 2: 50 %.
 *
 * <p>Recommendations: the alliance x–z (1 partner in common, y), support y (cuts 1 off), bring in the 8 absent
 * sectors; no territory link and no domain need, so three.
 */
class DiagnosticKeyPointsIntegrationTests extends IntegrationTest {

	private static final String AT = "2025-12-31";

	private static final char NBSP = '\u00A0';

	@BeforeEach
	void fixture() {
		territory("R99", "Région Test", "REGION", 30_000, List.of());
		territory("91", "Département A", "DEPARTEMENT", 20_000, List.of("R99"));
		territory("92", "Département B", "DEPARTEMENT", 10_000, List.of("R99"));
		actor("x", "ASSOCIATION", "91");
		actor("y", "COMPANY", "91");
		actor("z", "ASSOCIATION", "91");
		actor("p", "ASSOCIATION", "92");
		actor("q", "LOCAL_AUTHORITY", "92");
		tie("x", "y");
		tie("y", "z");
		tie("p", "q");
	}

	@Test
	void shouldOpenOnFiveKeyPointsWithTheirNumbersAndRecommendationsFromTheirSections() {
		JsonNode report = get("/api/v1/territories/91/diagnostic?at=" + AT).json();

		JsonNode points = report.get("keyPoints");
		assertThat(points.findValuesAsString("code")).containsExactly("HOLDERS", "MISSING", "FRAGILITY",
				"EVOLUTION_SAME_ACTORS", "PEERS");
		assertThat(points.findValuesAsString("section")).containsExactly("catalysts", "gaps", "fragilities",
				"trajectory", "peers");
		JsonNode holders = points.get(0);
		assertThat(holders.get("number").asDouble()).isEqualTo(1.0);
		assertThat(holders.get("values").get("actors").get(0).asString()).isEqualTo("Acteur y");
		assertThat(holders.get("values").get("actors")).hasSize(1);
		assertThat(holders.get("text").asString()).isEqualTo("Qui tient le réseau : Acteur y porte 100" + NBSP
				+ "% de l’intermédiation, c’est-à-dire des plus courts chemins entre acteurs qui passent par un tiers.");
		JsonNode missing = points.get(1).get("values");
		assertThat(missing.get("sectorsAbsent").asInt()).isEqualTo(8);
		assertThat(missing.get("sectors").asInt()).isEqualTo(10);
		assertThat(missing.get("emptyPairs").asInt()).isEqualTo(1);
		assertThat(missing.get("domainsWithoutProjects").asInt()).isZero();
		assertThat(points.get(1).get("text").asString()).isEqualTo("Ce qui manque : 8 secteurs absents (sur 10), "
				+ "1 paire de secteurs présents qui ne travaillent jamais ensemble, aucun domaine où le besoin dépasse la "
				+ "référence nationale sans aucun projet actif.");
		JsonNode fragility = points.get(2);
		assertThat(fragility.get("number").asDouble()).isEqualTo(1.0);
		assertThat(fragility.get("text").asString()).isEqualTo("Fragilité : le départ de Acteur y couperait 1 acteur "
				+ "du cœur du réseau (33" + NBSP + "% de celui-ci).");
		assertThat(points.get(3).get("number").asDouble()).isEqualTo(2.0);
		assertThat(points.get(3).get("text").asString()).isEqualTo("Évolution : de 2017 à 2025, le réseau a gardé ses "
				+ "3 acteurs et est passé de 0 à 2 liens entre eux.");
		JsonNode evolution = points.get(3).get("values");
		assertThat(evolution.get("from").asString()).isEqualTo("2017");
		assertThat(evolution.get("to").asString()).isEqualTo("2025");
		assertThat(evolution.get("tiesBefore").asInt()).isZero();
		assertThat(evolution.get("ties").asInt()).isEqualTo(2);
		assertThat(evolution.get("actors").asInt()).isEqualTo(3);
		JsonNode peers = points.get(4);
		assertThat(peers.get("number").asDouble()).isEqualTo(1.0);
		assertThat(peers.get("figure").asString()).isEqualTo("1 / 8");
		assertThat(peers.get("text").asString()).isEqualTo("Parmi les 2 départements de la région Région Test, le "
				+ "territoire fait mieux que la médiane sur 1 des 8 indicateurs ; sa densité égale ou dépasse celle de "
				+ "50" + NBSP + "% d’entre eux.");

		JsonNode recommendations = report.get("recommendations");
		assertThat(recommendations.findValuesAsString("code")).containsExactly("CREATE_ALLIANCE", "SUPPORT_CATALYST",
				"BRING_IN_SECTORS");
		assertThat(recommendations.findValuesAsString("section")).containsExactly("suggestions", "fragilities", "gaps");
		assertThat(recommendations.get(0).get("text").asString()).isEqualTo("Créer l’alliance entre Acteur x et "
				+ "Acteur z : 1 partenaire en commun, et pas encore de lien entre eux.");
		assertThat(recommendations.get(2).get("values").get("sectors")).hasSize(8);

		// in English, from the same values
		JsonNode en = get("/api/v1/territories/91/diagnostic?lang=en&at=" + AT).json();
		assertThat(en.get("keyPoints").get(1).get("text").asString()).isEqualTo("What is missing: 8 absent sectors "
				+ "(of 10), 1 pair of present sectors that never work together, no domain where the need is above the "
				+ "national reference with no active project.");
		assertThat(en.get("keyPoints").get(2).get("text").asString()).isEqualTo("Fragility: the departure of Acteur y "
				+ "would cut 1 actor off the core of the network (33% of it).");
		assertThat(en.get("keyPoints").get(4).get("text").asString()).isEqualTo("Among the 2 départements of the "
				+ "region Région Test, the territory does better than the median on 1 of the 8 indicators; its density "
				+ "equals or exceeds that of 50% of them.");

		// the page links each point to its section
		String page = get("/api/v1/territories/91/diagnostic.html?at=" + AT).body();
		String essentials = page.substring(page.indexOf("id=\"essentials\""), page.indexOf("id=\"identity\""));
		assertThat(essentials).contains("href=\"#catalysts\"", "href=\"#gaps\"", "href=\"#fragilities\"",
				"href=\"#trajectory\"", "href=\"#peers\"", "href=\"#suggestions\"", "→ Fragilités du réseau");
	}

	@Test
	void shouldPlaceTheTerritoryAmongItsNamedPeersAsTheBenchmarkEndpointDoes() {
		JsonNode report = get("/api/v1/territories/91/diagnostic?at=" + AT).json();
		JsonNode benchmark = get("/api/v1/analysis/benchmark?territory=91&at=" + AT).json();

		assertThat(report.get("peers").get("benchmark")).isEqualTo(benchmark);
		assertThat(report.get("peers").get("pending").isNull()).isTrue();
		assertThat(report.get("peers").get("peerSet").asString())
			.isEqualTo("les 2 départements de la région Région Test");
		JsonNode density = indicator(benchmark, "DENSITY");
		assertThat(density.get("value").asDouble()).isEqualTo(2.0 / 3);
		assertThat(density.get("median").asDouble()).isEqualTo((2.0 / 3 + 1) / 2);
		assertThat(density.get("percentile").asDouble()).isEqualTo(50.0);
		assertThat(indicator(benchmark, "ACTORS_PER_10K_INHABITANTS").get("value").asDouble()).isEqualTo(1.5);

		String page = get("/api/v1/territories/91/diagnostic.html?at=" + AT).body();
		String section = page.substring(page.indexOf("id=\"peers\""), page.indexOf("id=\"suggestions\""));
		assertThat(section).contains("les 2 départements de la région Région Test");
		// density: the territory 0,667, min 0,667, q1 0,750, median 0,833, q3 0,917, max 1,000, 50 % at or below
		String row = section.substring(section.indexOf("data-code=\"DENSITY\""),
				section.indexOf("data-code=\"ACTORS_PER_10K_INHABITANTS\""));
		assertThat(cells(row)).containsExactly("Densité du réseau", "0,667", "0,667", "0,750", "0,833", "0,917",
				"1,000", "50" + NBSP + "%");
		assertThat(row).contains("<svg");
		assertThat(get("/api/v1/territories/91/diagnostic.html?lang=en&at=" + AT).body()).contains("Where it stands",
				"the 2 départements of the region Région Test");
	}

	@Test
	void shouldDrawEverySectorInTheColourTheReferenceVocabularyGivesIt() {
		Map<String, String> served = new HashMap<>();
		for (JsonNode sector : get("/api/v1/reference/sectors").json()) {
			served.put(sector.get("code").asString(), sector.get("attributes").get("colour").asString());
		}
		assertThat(served).hasSize(10).containsEntry("ASSOCIATION", "#edc948");

		JsonNode report = get("/api/v1/territories/91/diagnostic?at=" + AT).json();
		Map<String, String> drawn = new HashMap<>();
		report.get("labels").get("sectorColours").properties().forEach(e -> drawn.put(e.getKey(), e.getValue().asString()));

		assertThat(drawn).isEqualTo(served);
		String page = get("/api/v1/territories/91/diagnostic.html?at=" + AT).body();
		served.values().forEach(colour -> assertThat(page).contains("background-color:" + colour));
		// the sector bars and the network's discs too
		assertThat(page).contains("fill=\"#edc948\"", "fill=\"#f28e2b\"");
	}

	/**
	 * y, between the associations x and z: its partners are of 1 sector in 1 territory; it lies on the one path
	 * between two others, x–z, of the one pair there is: normalised betweenness 1; x and z share a sector, y another:
	 * brokerage within one sector, once (Gould and Fernandez's consultant); x and z are not tied, so both partners
	 * are non-redundant: effective size 2 of 2. The alliance x–z: one partner in common, same territory, same sector.
	 */
	@Test
	void shouldGiveReasonsAsCodesAndSayThemInTheReportsLanguage() {
		JsonNode y = get("/api/v1/analysis/catalysts?territory=91&at=" + AT).json().get("catalysts").get(0);
		assertThat(y.get("id").asString()).isEqualTo("y");
		assertThat(y.get("explanation").asString()).isEqualTo("relie 1 secteur et 1 territoire ; 100 % des plus courts "
				+ "chemins entre acteurs passent par lui ; intermédiaire entre partenaires d'un même secteur dans 1 cas ; "
				+ "2 partenaires non redondants sur 2");
		JsonNode why = y.get("why");
		assertThat(why.findValuesAsString("code")).containsExactly("SECTORS_AND_TERRITORIES", "PATHS_THROUGH",
				"BROKER_WITHIN_SECTOR", "NON_REDUNDANT_PARTNERS");
		assertThat(why.get(0).get("values").get("sectors").asInt()).isEqualTo(1);
		assertThat(why.get(1).get("values").get("share").asDouble()).isEqualTo(1.0);
		assertThat(why.get(1).get("values").get("estimated").asBoolean()).isFalse();
		assertThat(why.get(2).get("values").get("count").asInt()).isEqualTo(1);
		assertThat(why.get(3).get("values").get("effectiveSize").asDouble()).isEqualTo(2.0);
		JsonNode suggestion = get("/api/v1/analysis/suggestions?territory=91&at=" + AT).json().get("suggestions").get(0);
		assertThat(suggestion.get("why").findValuesAsString("code")).containsExactly("COMMON_PARTNERS", "SAME_TERRITORY");

		String en = get("/api/v1/territories/91/diagnostic.html?lang=en&at=" + AT).body();
		assertThat(en).contains("connects 1 sector and 1 territory; 100% of the shortest paths between actors go "
				+ "through it; go-between for partners of one sector in 1 case; 2 non-redundant partners out of 2",
				"1 partner in common; same territory");
		String fr = get("/api/v1/territories/91/diagnostic.html?at=" + AT).body();
		assertThat(fr).contains("relie 1 secteur et 1 territoire ; 100" + NBSP + "% des plus courts chemins entre "
				+ "acteurs passent par lui ; intermédiaire entre partenaires d’un même secteur dans 1 cas ; "
				+ "2 partenaires non redondants sur 2", "1 partenaire en commun ; même territoire");
	}

	/** Every page of the French and the English PDF of a small territory holds a heading or real content. */
	@Test
	void shouldCarryNoMereFragmentOnAnyPageOfASmallTerritory() throws Exception {
		for (String lang : List.of("fr", "en")) {
			PdfPages.assertEveryPageHoldsContent(PdfPages.saved(pdfBytes(lang), "91" + lang), lang);
		}
	}

	private byte[] pdfBytes(String lang) throws Exception {
		var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/territories/91/diagnostic.pdf?lang=" + lang
						+ "&at=" + AT)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static JsonNode indicator(JsonNode benchmark, String code) {
		for (JsonNode indicator : benchmark.get("indicators")) {
			if (indicator.get("code").asString().equals(code)) {
				return indicator;
			}
		}
		throw new AssertionError("no indicator " + code);
	}

	/** The texts of the cells of the first table row in {@code html}. */
	private static List<String> cells(String html) {
		String row = html.substring(html.indexOf("<tr"), html.indexOf("</tr>"));
		return java.util.Arrays.stream(row.split("<td"))
			.skip(1)
			.map(cell -> cell.substring(cell.indexOf('>') + 1).replaceAll("<[^>]+>", "").strip())
			.toList();
	}

	private void territory(String code, String name, String level, long population, List<String> partOf) {
		assertThat(post("/api/v1/territories", Map.of("code", code, "name", name, "level", level, "population",
				population, "partOf", partOf)).status()).isEqualTo(201);
	}

	private void actor(String id, String sector, String territory) {
		assertThat(post("/api/v1/actors", Map.of("id", id, "name", "Acteur " + id, "sector", sector, "locatedIn",
				territory, "activeIn", List.of())).status()).isEqualTo(201);
	}

	private void tie(String a, String b) {
		assertThat(post("/api/v1/partnerships", Map.of("id", a + b, "type", "GRANT", "start", "2020-01-01", "members",
				List.of(Map.of("actor", a, "role", "LEAD"), Map.of("actor", b, "role", "PARTNER")))).status())
			.isEqualTo(201);
	}
}
