package org.alliancegraph.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.alliancegraph.IntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict, clear input: a table of bad requests, each answered 4xx with French problem details that name the
 * field (for CSV the file, line and column) and show the value sent, with no Java or framework text, and each
 * leaving the data exactly as it was (the JSON export, versions included, is the same before and after).
 */
class StrictInputIntegrationTests extends IntegrationTest {

	/** Texts that would betray Java, Spring or Jackson in an answer. */
	private static final List<String> JAVA_ISH = List.of("java.", "org.springframework", "Exception", "tools.jackson",
			"com.fasterxml", "`");

	private static final String JSON_TYPE = "application/json";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Auvergne-Rhône-Alpes ⊃ Ardèche ⊃ Annonay Rhône Agglo ⊃ Annonay; two actors, a project, a partnership. */
	private static final String FIXTURE = """
			{"territories": [
			  {"code": "R84", "name": "Auvergne-Rhône-Alpes", "level": "REGION", "partOf": []},
			  {"code": "07", "name": "Ardèche", "level": "DEPARTEMENT", "partOf": ["R84"]},
			  {"code": "200040715", "name": "Annonay Rhône Agglo", "level": "EPCI", "partOf": ["07"]},
			  {"code": "07010", "name": "Annonay", "level": "COMMUNE", "partOf": ["200040715", "07"]}],
			 "actors": [
			  {"id": "a1", "name": "Association A", "sector": "ASSOCIATION", "locatedIn": "07010", "activeIn": ["07"]},
			  {"id": "a2", "name": "Entreprise B", "sector": "COMPANY", "locatedIn": "07010", "siren": "732829320"}],
			 "projects": [
			  {"id": "p1", "name": "Mobilité solidaire", "phase": "EMERGENCE", "start": "2023-01-01", "targets": ["07"],
			   "domains": ["MOBILITY"], "sdgs": [11], "contributors": [{"actor": "a1", "role": "LEAD"}]}],
			 "partnerships": [
			  {"id": "x1", "type": "SOCIETAL_INNOVATION", "start": "2022-05-01", "intensity": 2,
			   "members": [{"actor": "a1", "role": "LEAD"}, {"actor": "a2", "role": "PARTNER"}], "supports": ["p1"]}]}""";

	private static final String ACTOR = "{\"id\": \"n1\", \"name\": \"Nouvel acteur\", \"sector\": \"ASSOCIATION\","
			+ " \"locatedIn\": \"07010\"";

	private static final String PROJECT = "{\"id\": \"p2\", \"name\": \"Projet\", \"phase\": \"EMERGENCE\"";

	private static final String PARTNERSHIP = "{\"id\": \"x2\", \"type\": \"GRANT\", \"start\": \"2024-01-01\","
			+ " \"members\": [{\"actor\": \"a1\", \"role\": \"LEAD\"}, {\"actor\": \"a2\", \"role\": \"PARTNER\"}]";

	private static final String ACTORS_HEADER = "id,name,sector,locatedIn\n";

	/**
	 * One bad request and what its answer must say.
	 *
	 * @param body a String (sent as UTF-8), bytes, or null
	 * @param detail a fragment of the French {@code detail}
	 * @param field the {@code path} of one of the {@code errors} (null when the answer has no such list)
	 * @param value the value that error must show
	 */
	record Bad(String name, String method, String path, @Nullable String contentType, @Nullable Object body,
			int status, String detail, @Nullable String field, @Nullable Object value) {

		@Override
		public String toString() {
			return name;
		}
	}

	@BeforeEach
	void fixture() {
		Answer imported = post("/api/v1/imports", FIXTURE);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
	}

	@TestFactory
	Stream<DynamicTest> shouldRefuseEveryBadRequestInFrenchAndChangeNothing() {
		String before = export();
		List<Bad> table = table();
		assertThat(table).hasSizeGreaterThanOrEqualTo(60);
		return table.stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
			Reply answer = sendRaw(bad.method(), bad.path(), bad.contentType(), bad.body(), null);

			assertThat(answer.status()).as(answer.body()).isEqualTo(bad.status());
			assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
			JsonNode problem = answer.json();
			assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
			assertThat(problem.get("title").asString()).isNotBlank();
			assertThat(problem.get("detail").asString()).as(answer.body()).contains(bad.detail());
			if (bad.field() != null) {
				JsonNode error = problem.get("errors")
					.valueStream()
					.filter(e -> bad.field().equals(e.get("path").asString()))
					.findFirst()
					.orElseThrow(() -> new AssertionError("no error at " + bad.field() + " in " + answer.body()));
				if (bad.value() == null) {
					assertThat(error.get("value") == null || error.get("value").isNull()).as(answer.body()).isTrue();
				}
				else {
					assertThat(error.get("value")).as(answer.body()).isEqualTo(JSON.valueToTree(bad.value()));
				}
				assertThat(error.get("message").asString()).isNotBlank();
			}
			assertThat(JAVA_ISH).as(answer.body()).noneMatch(answer.body()::contains);
			assertThat(export()).as("the data after " + bad.name()).isEqualTo(before);
		}));
	}

	private static List<Bad> table() {
		List<Bad> t = new ArrayList<>();
		// control characters, in every kind of text field
		t.add(json("NUL in a name", "POST", "/api/v1/actors", ACTOR.replace("Nouvel acteur", "A\\u0000B") + "}", 422,
				"caractère de contrôle interdit (U+0000", "name", "A\u0000B"));
		t.add(json("BEL in a description", "POST", "/api/v1/actors", ACTOR + ", \"description\": \"a\\u0007b\"}", 422,
				"U+0007", "description", "a\u0007b"));
		t.add(json("ESC in an id", "POST", "/api/v1/actors", ACTOR.replace("n1", "n\\u001b1") + "}", 422, "U+001B",
				"id", "n\u001b1"));
		t.add(json("DEL in a name", "POST", "/api/v1/actors", ACTOR.replace("Nouvel acteur", "A\\u007f") + "}", 422,
				"U+007F", "name", "A\u007f"));
		t.add(json("C1 control in a name", "POST", "/api/v1/actors", ACTOR.replace("Nouvel acteur", "A\\u0085") + "}",
				422, "U+0085", "name", "A\u0085"));
		t.add(json("lone surrogate in a name", "POST", "/api/v1/actors",
				ACTOR.replace("Nouvel acteur", "A\\ud800") + "}", 422, "moitié de paire", "name", "A\ud800"));
		t.add(json("control in a list element", "POST", "/api/v1/actors",
				ACTOR + ", \"activeIn\": [\"07\\u0001\"]}", 422, "U+0001", "activeIn[0]", "07\u0001"));
		t.add(json("control in a project description", "POST", "/api/v1/projects",
				PROJECT + ", \"start\": \"2024-01-01\", \"description\": \"x\\u0000\"}", 422, "U+0000", "description",
				"x\u0000"));
		t.add(json("control in a partnership description", "POST", "/api/v1/partnerships",
				PARTNERSHIP + ", \"description\": \"x\\u000b\"}", 422, "U+000B", "description", "x\u000b"));
		t.add(json("control in a member's role", "POST", "/api/v1/partnerships",
				PARTNERSHIP.replace("\"PARTNER\"", "\"PART\\u0000NER\"") + "}", 422, "U+0000", "members[1].role",
				"PART\u0000NER"));
		t.add(json("control in a territory name", "POST", "/api/v1/territories",
				"{\"code\": \"QPV-1\", \"name\": \"Q\\u0000\", \"level\": \"CUSTOM\"}", 422, "U+0000", "name",
				"Q\u0000"));
		t.add(json("control in an indicator code", "PUT", "/api/v1/territories/07/indicators",
				"{\"POVERTY\\u0000RATE\": 15.4}", 422, "U+0000", "POVERTY\u0000RATE", "POVERTY\u0000RATE"));
		t.add(json("control in an imported actor", "POST", "/api/v1/imports",
				"{\"actors\": [" + ACTOR.replace("Nouvel acteur", "X\\u0002") + "}]}", 422, "U+0002",
				"actors[0].name", "X\u0002"));
		// no coercion
		t.add(json("a number as a date", "POST", "/api/v1/projects", PROJECT + ", \"start\": 20240101}", 400,
				"date attendue", "start", 20240101));
		t.add(json("a decimal as an integer", "POST", "/api/v1/partnerships", PARTNERSHIP + ", \"intensity\": 1.5}",
				400, "nombre entier attendu", "intensity", 1.5));
		t.add(json("an integral decimal as an integer", "POST", "/api/v1/partnerships",
				PARTNERSHIP + ", \"intensity\": 2.0}", 400, "nombre entier attendu", "intensity", 2.0));
		t.add(json("a number as a text", "POST", "/api/v1/actors", ACTOR.replace("\"n1\"", "12345") + "}", 400,
				"texte attendu", "id", 12345));
		t.add(json("a boolean as a text", "POST", "/api/v1/actors",
				ACTOR.replace("\"Nouvel acteur\"", "true") + "}", 400, "texte attendu", "name", true));
		t.add(json("a text as an integer", "POST", "/api/v1/partnerships", PARTNERSHIP + ", \"intensity\": \"2\"}",
				400, "nombre entier attendu", "intensity", "2"));
		t.add(json("a text as an SDG number", "POST", "/api/v1/projects",
				PROJECT + ", \"start\": \"2024-01-01\", \"sdgs\": [\"11\"]}", 400, "nombre entier attendu", "sdgs[0]",
				"11"));
		t.add(json("a text as an amount", "POST", "/api/v1/projects", PROJECT + ", \"start\": \"2024-01-01\","
				+ " \"funders\": [{\"actor\": \"a1\", \"amountEur\": \"1500\", \"year\": 2024}]}", 400,
				"nombre attendu", "funders[0].amountEur", "1500"));
		t.add(json("a decimal as a version", "PUT", "/api/v1/actors/a1",
				ACTOR.replace("n1", "a1") + ", \"version\": 1.0}", 400, "nombre entier attendu", "version", 1.0));
		t.add(json("a text as a list", "POST", "/api/v1/actors", ACTOR + ", \"activeIn\": \"07\"}", 400,
				"liste attendue", "activeIn", "07"));
		t.add(json("an object as a text", "POST", "/api/v1/actors", ACTOR.replace("\"Nouvel acteur\"", "{}") + "}",
				400, "texte attendu", "name", "{…}"));
		t.add(json("a text as a member", "POST", "/api/v1/partnerships",
				"{\"id\": \"x2\", \"type\": \"GRANT\", \"start\": \"2024-01-01\", \"members\": [\"a1\", \"a2\"]}", 400,
				"objet attendu", "members[0]", "a1"));
		t.add(json("a French date", "POST", "/api/v1/projects", PROJECT + ", \"start\": \"31/12/2024\"}", 400,
				"date invalide", "start", "31/12/2024"));
		t.add(json("a date that does not exist", "POST", "/api/v1/projects", PROJECT + ", \"start\": \"2024-02-30\"}",
				400, "date invalide", "start", "2024-02-30"));
		t.add(json("an empty date", "POST", "/api/v1/projects", PROJECT + ", \"start\": \"\"}", 400, "date",
				"start", ""));
		t.add(json("an integer out of range", "POST", "/api/v1/partnerships",
				PARTNERSHIP + ", \"intensity\": 99999999999}", 400, "hors limites", "intensity", "99999999999"));
		// unknown fields and sections, refused as unknown CSV columns are
		t.add(json("an unknown field", "POST", "/api/v1/actors", ACTOR + ", \"colour\": \"red\"}", 400,
				"champ inconnu", "colour", "colour"));
		t.add(json("an unknown field of a member", "POST", "/api/v1/partnerships",
				PARTNERSHIP.replace("\"role\": \"LEAD\"", "\"rolle\": \"LEAD\"") + "}", 400, "champ inconnu",
				"members[0].rolle", "rolle"));
		t.add(json("an unknown import section", "POST", "/api/v1/imports", "{\"aliens\": [{\"id\": \"x\"}]}", 400,
				"champ inconnu", "aliens", "aliens"));
		t.add(json("a mistyped import section", "POST", "/api/v1/imports", "{\"actor\": [" + ACTOR + "}]}", 400,
				"actors, partnerships, projects, territories", "actor", "actor"));
		t.add(json("an unknown field in an import entry", "POST", "/api/v1/imports",
				"{\"actors\": [" + ACTOR + ", \"sectr\": \"X\"}]}", 400, "champ inconnu", "actors[0].sectr", "sectr"));
		t.add(json("an unknown field on an update", "PUT", "/api/v1/partnerships/x1",
				PARTNERSHIP.replace("x2", "x1") + ", \"colour\": 1}", 400, "champ inconnu", "colour", "colour"));
		t.add(json("a field given twice", "POST", "/api/v1/actors", ACTOR + ", \"id\": \"n2\"}", 400, "deux fois",
				"id", "id"));
		// bodies that are not one JSON object
		t.add(json("no body", "POST", "/api/v1/actors", null, 400, "corps de la requête vide", "(corps)", null));
		t.add(json("malformed JSON", "POST", "/api/v1/actors", "{\"id\": \"n1\", \"name\": ", 400, "JSON mal formé",
				"(corps)", null));
		t.add(json("a list as the body", "POST", "/api/v1/actors", "[1, 2]", 400, "objet attendu", "(corps)", "[…]"));
		t.add(json("two values in the body", "POST", "/api/v1/actors", ACTOR + "} {}", 400, "après sa valeur",
				"(corps)", null));
		t.add(new Bad("a Latin-1 JSON body", "POST", "/api/v1/actors", JSON_TYPE,
				(ACTOR.replace("Nouvel acteur", "Café") + "}").getBytes(StandardCharsets.ISO_8859_1), 400,
				"UTF-8", null, null));
		t.add(new Bad("a text body", "POST", "/api/v1/actors", "text/plain", "id=n1", 415, "text/plain", null, null));
		// rules of the domain
		t.add(json("an EPCI code with a wrong check digit", "POST", "/api/v1/territories",
				"{\"code\": \"200040716\", \"name\": \"E\", \"level\": \"EPCI\", \"partOf\": [\"07\"]}", 422, "Luhn",
				"code", "200040716"));
		// query parameters
		t.add(get("a sort with Cypher in it", "/api/v1/actors?sort=name;DROP", 422, "tri non pris en charge", "sort",
				"name;DROP"));
		t.add(get("a sort on a list", "/api/v1/projects?sort=name", 422, "par nom", "sort", "name"));
		t.add(get("a descending sort", "/api/v1/partnerships?sort=start,desc", 422, "date de début", "sort",
				"start,desc"));
		t.add(get("a negative page", "/api/v1/actors?page=-1", 422, "numéro de page", "page", "-1"));
		t.add(get("a page that is not a number", "/api/v1/territories?page=abc", 422, "numéro de page", "page",
				"abc"));
		t.add(get("an empty page size", "/api/v1/actors?size=0", 422, "taille de page", "size", "0"));
		t.add(get("a page size over the maximum", "/api/v1/projects?size=501", 422, "de 1 à 500", "size", "501"));
		t.add(get("a single filter given twice", "/api/v1/actors?sector=ASSOCIATION&sector=COMPANY", 400, "2 fois",
				"sector", List.of("ASSOCIATION", "COMPANY")));
		t.add(get("an unknown filter", "/api/v1/actors?sectr=ASSOCIATION", 400, "paramètre inconnu", "sectr",
				"ASSOCIATION"));
		t.add(get("an unknown analysis parameter", "/api/v1/analysis/catalysts?territoire=07", 400,
				"paramètre inconnu", "territoire", "07"));
		t.add(get("an unknown partnership type", "/api/v1/partnerships?type=NOPE", 422, "type de partenariat inconnu",
				"type", "NOPE"));
		t.add(get("an unknown partnership domain", "/api/v1/partnerships?domain=NOPE", 422, "inconnu", "domain",
				"NOPE"));
		t.add(get("an unknown partnership member", "/api/v1/partnerships?actor=ghost", 422, "acteur inconnu", "actor",
				"ghost"));
		t.add(get("an unknown project phase", "/api/v1/projects?phase=NOPE", 422, "phase inconnue", "phase", "NOPE"));
		t.add(get("an unknown SDG", "/api/v1/projects?sdg=42", 422, "ODD inconnu", "sdg", "42"));
		t.add(get("an unknown project territory", "/api/v1/projects?territory=99999", 422, "territoire inconnu",
				"territory", "99999"));
		t.add(get("an unknown territory level", "/api/v1/territories?level=PLANET", 422, "niveau inconnu", "level",
				"PLANET"));
		t.add(get("an unknown parent territory", "/api/v1/territories?parent=99999", 422, "territoire inconnu",
				"parent", "99999"));
		t.add(get("a malformed escape", "/api/v1/actors?q=%ZZ", 400, "échappement", "q", "%ZZ"));
		t.add(get("escaped bytes that are not UTF-8", "/api/v1/actors?q=caf%E9", 400, "UTF-8", "q", "caf%E9"));
		t.add(get("a control character in a filter", "/api/v1/actors?q=a%01", 422, "U+0001", "q", "a\u0001"));
		t.add(get("a format given twice", "/api/v1/exports?format=json&format=csv", 400, "2 fois", "format",
				List.of("json", "csv")));
		t.add(get("a French date as a parameter", "/api/v1/analysis/catalysts?at=31/12/2024", 422, "AAAA-MM-JJ", "at",
				"31/12/2024"));
		t.add(json("yes as a boolean", "POST", "/api/v1/imports?dryRun=yes", "{}", 422, "true ou false", "dryRun",
				"yes"));
		t.add(new Bad("maybe as a boolean", "DELETE", "/api/v1/actors/a1?cascade=maybe", null, null, 422,
				"true ou false", "cascade", "maybe"));
		// addresses and methods
		t.add(get("an unknown address", "/api/v1/actor", 404, "Aucune ressource à l'adresse « /api/v1/actor »", null,
				null));
		t.add(json("a method not allowed", "PATCH", "/api/v1/actors", "{}", 405, "La méthode PATCH n'est pas"
				+ " permise", null, null));
		t.add(get("an unknown actor", "/api/v1/actors/ghost", 404, "L'acteur « ghost » est introuvable.", null, null));
		t.add(get("an unknown project", "/api/v1/projects/ghost", 404, "Le projet « ghost » est introuvable.", null,
				null));
		t.add(get("an unknown vocabulary", "/api/v1/reference/colours", 404, "Le vocabulaire « colours » est"
				+ " introuvable.", null, null));
		t.add(get("an encoded slash", "/api/v1/actors%2Fa1", 400, "L'adresse demandée est refusée", null, null));
		t.add(get("an encoded backslash", "/api/v1/actors/a%5Cb", 400, "L'adresse demandée est refusée", null, null));
		t.add(get("an encoded NUL", "/api/v1/actors/a%00", 400, "L'adresse demandée est refusée", null, null));
		t.add(get("a double slash", "/api/v1//actors", 400, "« // »", null, null));
		t.add(get("a semicolon", "/api/v1/actors;jsessionid=1", 400, "« ; »", null, null));
		t.add(get("an encoded percent", "/api/v1/actors/a%2525", 400, "L'adresse demandée est refusée", null, null));
		// CSV files
		t.add(csv("a Latin-1 file", List.of(part("actors.csv", "actors.csv",
				(ACTORS_HEADER + "q1,Café associatif,ASSOCIATION,07010\n").getBytes(StandardCharsets.ISO_8859_1))), 422,
				"UTF-8", "actors.csv:2:name", "Caf\uFFFD associatif"));
		t.add(csv("a control character in a cell", List.of(text("actors.csv",
				ACTORS_HEADER + "q1,Bad\u0001name,ASSOCIATION,07010\n")), 422, "U+0001", "actors.csv:2:name",
				"Bad\u0001name"));
		t.add(csv("an unclosed quote", List.of(text("actors.csv", ACTORS_HEADER + "q1,\"unclosed,ASSOCIATION,07010\n")),
				422, "guillemet", "actors.csv:2:", null));
		t.add(csv("a corrupt zip", List.of(part("csv.zip", "csv.zip", "PK\u0003\u0004garbage".getBytes(
				StandardCharsets.ISO_8859_1))), 422, "archive zip", "csv.zip:0:", "csv.zip"));
		t.add(csv("a truncated zip", List.of(part("csv.zip", "csv.zip", truncatedZip())), 422, "archive zip",
				"csv.zip:0:", "csv.zip"));
		t.add(csv("the same file twice", List.of(text("actors.csv", ACTORS_HEADER + "q1,Un,ASSOCIATION,07010\n"),
				part("more", "actors.csv", (ACTORS_HEADER + "q2,Deux,ASSOCIATION,07010\n").getBytes(
						StandardCharsets.UTF_8))), 422, "fichier donné deux fois", "actors.csv:0:", "actors.csv"));
		t.add(csv("an unknown file", List.of(text("aliens.csv", "id\nx\n")), 422, "fichier inconnu", "aliens.csv:0:",
				"aliens.csv"));
		t.add(csv("an unknown zip entry", List.of(part("csv.zip", "csv.zip", zip(Map.of("actors.csv",
				ACTORS_HEADER + "q1,Un,ASSOCIATION,07010\n", "notes.txt", "x")))), 422, "fichier inconnu", "notes.txt:0:",
				"notes.txt"));
		t.add(csv("a header error and a row error", List.of(text("actors.csv",
				"id,name,sector,locatedIn,colour\nq1,Un,ASSOCIATION,07010,red\nq2,Deux,PIRATES,07010,blue\n")), 422,
				"colonne inconnue", "actors.csv:3:sector", "PIRATES"));
		t.add(csv("a column named twice", List.of(text("actors.csv", "id,id,name,sector,locatedIn\n")), 422,
				"nommée deux fois", "actors.csv:1:id", "id"));
		t.add(csv("a bad date in a CSV", List.of(text("projects.csv", "id,name,phase,start\np2,P,EMERGENCE,2024-13-01\n")),
				422, "date invalide", "projects.csv:2:start", "2024-13-01"));
		t.add(new Bad("a multipart body without boundary", "POST", "/api/v1/imports", "multipart/form-data",
				"garbage", 400, "multipart", "(corps)", null));
		return t;
	}

	@Test
	void shouldExportNamesStoredWithControlCharactersAsValidDocuments() throws Exception {
		cypher("MATCH (a:Actor {id: 'a1'}) SET a.name = 'Asso\u0000ciation\u0007 A'");
		cypher("MATCH (t:Territory {code: '07010'}) SET t.name = 'Anno\u0001nay'");

		for (String format : List.of("graphml", "gexf")) {
			Answer answer = get("/api/v1/exports?format=" + format + "&territory=07&at=2024-06-01");
			assertThat(answer.status()).as(format).isEqualTo(200);
			assertThat(answer.body()).as(format).contains("Association A").doesNotContain("\u0000");
			DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
		}
		Answer pdf = get("/api/v1/territories/07/diagnostic.pdf?at=2024-06-01");
		assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		Answer html = get("/api/v1/territories/07/diagnostic.html?at=2024-06-01");
		assertThat(html.body()).contains("Association A").doesNotContain("\u0000", "\u0007");
	}

	@Test
	void shouldBumpTheVersionOfWhatACascadeDeletionChanges() {
		post("/api/v1/imports", """
				{"territories": [{"code": "QPV-1", "name": "Quartier", "level": "CUSTOM", "partOf": []}],
				 "actors": [{"id": "a3", "name": "Actrice C", "sector": "ASSOCIATION", "locatedIn": "07010",
				             "activeIn": ["QPV-1"]}],
				 "projects": [{"id": "p3", "name": "Projet du quartier", "phase": "EMERGENCE", "start": "2023-01-01",
				               "targets": ["QPV-1", "07"], "contributors": [{"actor": "a1", "role": "LEAD"}]}],
				 "partnerships": [{"id": "x3", "type": "GRANT", "start": "2023-01-01", "members": [
				   {"actor": "a1", "role": "LEAD"}, {"actor": "a2", "role": "PARTNER"}, {"actor": "a3", "role": "PARTNER"}]}]}""");
		long p1 = version("projects/p1");
		long x3 = version("partnerships/x3");
		long a3 = version("actors/a3");
		long p3 = version("projects/p3");

		assertThat(asAdmin("DELETE", "/api/v1/actors/a1?cascade=true", null).status()).isEqualTo(200);

		assertThat(version("projects/p1")).as("a project that lost a contributor").isEqualTo(p1 + 1);
		assertThat(version("partnerships/x3")).as("a partnership that lost a member").isEqualTo(x3 + 1);
		assertThat(get("/api/v1/partnerships/x1").status()).as("left with one member").isEqualTo(404);

		assertThat(asAdmin("DELETE", "/api/v1/territories/QPV-1?cascade=true", null).status()).isEqualTo(204);

		assertThat(version("actors/a3")).as("an actor no longer active there").isEqualTo(a3 + 1);
		assertThat(version("projects/p3")).as("a project that lost a target").isEqualTo(p3 + 2);
	}

	private long version(String resource) {
		return get("/api/v1/" + resource).json().get("version").asLong();
	}

	private String export() {
		Answer answer = get("/api/v1/exports?format=json");
		assertThat(answer.status()).isEqualTo(200);
		return answer.body();
	}

	private static Bad json(String name, String method, String path, @Nullable String body, int status, String detail,
			@Nullable String field, @Nullable Object value) {
		return new Bad(name, method, path, JSON_TYPE, body, status, detail, field, value);
	}

	private static Bad get(String name, String path, int status, String detail, @Nullable String field,
			@Nullable Object value) {
		return new Bad(name, "GET", path, null, null, status, detail, field, value);
	}

	/** A multipart part: its form name, its file name and its bytes. */
	private record Part(String name, String fileName, byte[] content) {
	}

	private static Part part(String name, String fileName, byte[] content) {
		return new Part(name, fileName, content);
	}

	private static Part text(String fileName, String content) {
		return new Part(fileName, fileName, content.getBytes(StandardCharsets.UTF_8));
	}

	private static final String BOUNDARY = "----alliance-strict-input";

	private static Bad csv(String name, List<Part> parts, int status, String detail, String field,
			@Nullable Object value) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.name()
					+ "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(part.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Bad(name, "POST", "/api/v1/imports", "multipart/form-data; boundary=" + BOUNDARY,
				body.toByteArray(), status, detail, field, value);
	}

	private static byte[] zip(Map<String, String> files) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (var file : new java.util.TreeMap<>(files).entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A zip of a large compressed entry, cut in the middle of its data. */
	private static byte[] truncatedZip() {
		byte[] whole = zip(Map.of("actors.csv", ACTORS_HEADER + "q1,Un,ASSOCIATION,07010\n".repeat(2000)));
		return java.util.Arrays.copyOf(whole, whole.length / 3);
	}

	/** A request as the table gives it: a String body as UTF-8, bytes as they are; as the editor. */
	private Reply sendRaw(String method, String path, @Nullable String contentType, @Nullable Object body,
			@Nullable String accept) {
		if (!isValidUri(path)) {
			return sendOverSocket(method, path);
		}
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8)));
			if (accept != null) {
				request.header("Accept", accept);
			}
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			byte[] bytes = body == null ? null
					: body instanceof byte[] b ? b : ((String) body).getBytes(StandardCharsets.UTF_8);
			request.method(method, bytes == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(bytes));
			HttpResponse<String> response = HTTP.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isValidUri(String path) {
		try {
			URI.create(path);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A body-less request whose address {@link HttpClient} refuses to send (a malformed escape), written by hand. */
	private Reply sendOverSocket(String method, String path) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			String credentials = Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream()
				.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
						+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = raw.indexOf("\r\n\r\n");
			String head = raw.substring(0, end);
			String body = raw.substring(end + 4);
			if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
				StringBuilder whole = new StringBuilder();
				int at = 0;
				while (true) {
					int lineEnd = body.indexOf("\r\n", at);
					int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
					if (size == 0) {
						break;
					}
					// sizes count bytes: the bodies of these answers may hold non-ASCII letters
					byte[] rest = body.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
					String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
					whole.append(chunk);
					at = lineEnd + 2 + chunk.length() + 2;
				}
				body = whole.toString();
			}
			int status = Integer.parseInt(head.substring(9, 12));
			String type = head.lines()
				.filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
				.map(l -> l.substring("content-type:".length()).strip())
				.findFirst()
				.orElse("");
			return new Reply(status, type, body);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** An answer to a row of the table. */
	private record Reply(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}
	}
}
