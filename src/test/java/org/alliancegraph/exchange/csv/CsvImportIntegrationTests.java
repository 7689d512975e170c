package org.alliancegraph.exchange.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.alliancegraph.IntegrationTest;
import org.alliancegraph.exchange.Multipart;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The import document as CSV files: formats spreadsheets produce, every error at its place, all or nothing. */
public class CsvImportIntegrationTests extends IntegrationTest {

	@Test
	void shouldImportTheExampleSetThenChangeNothing() throws IOException {
		Multipart.Reply first = upload(example());

		assertThat(first.status()).as(first.text()).isEqualTo(200);
		JsonNode counts = JSON.readTree(first.text());
		assertThat(counts.get("created").asInt()).isEqualTo(2 + 3 + 1 + 2);
		String after = graphFingerprint();
		JsonNode a1 = get("/api/v1/actors/a1").json();
		assertThat(a1.get("name").asString()).isEqualTo("Association A, solidaire");
		assertThat(a1.get("description").asString()).isEqualTo("Une description \"citée\"\nsur deux lignes");
		assertThat(a1.get("activeIn").toString()).isEqualTo("[\"T1\",\"T2\"]");
		assertThat(get("/api/v1/territories/T1").json().get("indicators").get("POVERTY_RATE").asDouble()).isEqualTo(15.4);
		JsonNode p1 = get("/api/v1/projects/p1").json();
		assertThat(p1.get("start").asString()).isEqualTo("2023-01-01");
		assertThat(p1.get("contributors")).hasSize(2);
		assertThat(p1.get("funders").get(0).get("amountEur").asDouble()).isEqualTo(15000.5);
		assertThat(get("/api/v1/partnerships/x2").json().get("members")).hasSize(2);

		Multipart.Reply second = upload(example());

		assertThat(JSON.readTree(second.text()).get("unchanged").asInt()).isEqualTo(8);
		assertThat(graphFingerprint()).isEqualTo(after);
	}

	@Test
	void shouldReadCommaAndSemicolonFilesWithOrWithoutBomAlike() throws IOException {
		Map<String, String> files = example();
		String semicolons = files.get("actors.csv").replace("\"Association A, solidaire\"", "\"Association A; solidaire\"")
			.replace(',', ';');
		files.put("actors.csv", "\uFEFF" + semicolons.replace("Association A; solidaire", "Association A, solidaire"));

		Multipart.Reply reply = upload(files);

		assertThat(reply.status()).as(reply.text()).isEqualTo(200);
		assertThat(get("/api/v1/actors/a1").json().get("name").asString()).isEqualTo("Association A, solidaire");
		assertThat(get("/api/v1/actors/a3").json().get("missions")).hasSize(2);
	}

	@Test
	void shouldReportEveryErrorWithFileLineAndColumnAndWriteNothing() throws IOException {
		Map<String, String> files = example();
		files.put("actors.csv", files.get("actors.csv").replace("Entreprise B,COMPANY", "Entreprise B,PIRATES")
			.replace("a3,Réseau C,NETWORK,T1,T1", "a3,Réseau C,NETWORK,T9,T1"));
		files.put("projects.csv", files.get("projects.csv").replace("01/01/2023", "31/02/2023"));
		files.put("contributions.csv", files.get("contributions.csv").replace("p1,a3,PARTNER", "p1,ghost,PARTNER")
				+ "p9,a1,LEAD,,\n");
		files.put("partnerships.csv", files.get("partnerships.csv") + "x3,GRANT,\"2020-01-01,,,,,\n");
		files.put("partnership_members.csv", files.get("partnership_members.csv") + "x2;a1;BOSS\n");
		files.put("fundings.csv", files.get("fundings.csv").replace("amountEur", "montant"));
		String before = graphFingerprint();

		Multipart.Reply reply = upload(files);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		JsonNode errors = JSON.readTree(reply.text()).get("errors");
		assertThat(errors.findValuesAsString("path")).contains(
				"actors.csv:4:sector", // unknown code (a1's quoted description spans lines 2 and 3)
				"actors.csv:5:locatedIn", // unknown territory
				"projects.csv:2:start", // not a date
				"contributions.csv:3:actor", // unknown actor
				"contributions.csv:4:project", // project not in projects.csv
				"fundings.csv:1:montant", // unknown column
				"fundings.csv:1:amountEur", // required column missing
				"partnership_members.csv:6:role", // unknown role
				"partnerships.csv:4:"); // unclosed quote
		JsonNode sector = errors.findParents("path").stream()
			.filter(e -> e.get("path").asString().equals("actors.csv:4:sector"))
			.findFirst()
			.orElseThrow();
		assertThat(sector.get("file").asString()).isEqualTo("actors.csv");
		assertThat(sector.get("line").asInt()).isEqualTo(4);
		assertThat(sector.get("column").asString()).isEqualTo("sector");
		assertThat(sector.get("value").asString()).isEqualTo("PIRATES");
		assertThat(sector.get("message").asString()).contains("inconnu");
		assertThat(graphFingerprint()).isEqualTo(before);
	}

	@Test
	void shouldReportABadNumberWhereItIs() throws IOException {
		Map<String, String> files = example();
		files.put("partnerships.csv", files.get("partnerships.csv").replace(",2,Alliance", ",deux,Alliance"));

		JsonNode errors = JSON.readTree(upload(files).text()).get("errors");

		assertThat(errors.findValuesAsString("path")).containsExactly("partnerships.csv:2:intensity");
	}

	@Test
	void shouldOfferATemplateWithTheHeaderOfEveryFile() throws IOException {
		Multipart.Reply reply = Multipart.get(port, "/api/v1/imports/template");

		assertThat(reply.status()).isEqualTo(200);
		Map<String, String> files = unzip(reply.bytes());
		assertThat(files).containsOnlyKeys("territories.csv", "actors.csv", "projects.csv", "contributions.csv",
				"fundings.csv", "partnerships.csv", "partnership_members.csv");
		assertThat(files.get("partnership_members.csv").strip()).isEqualTo("partnership,actor,role");
	}

	public static Map<String, String> example() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (CsvFile file : CsvFile.values()) {
			try (InputStream in = CsvImportIntegrationTests.class.getResourceAsStream("/csv-example/" + file.fileName())) {
				files.put(file.fileName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	public static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private Multipart.Reply upload(Map<String, String> files) {
		return Multipart.post(port, "/api/v1/imports", Multipart.text(files), "editor", "editor-secret");
	}
}
