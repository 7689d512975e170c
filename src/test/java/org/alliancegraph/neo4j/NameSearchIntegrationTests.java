package org.alliancegraph.neo4j;

import java.util.List;
import java.util.Map;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists' {@code q} through the name full-text indexes: accents and case folded, words matched whole or by their
 * start, "st" read as "saint", the best matches first, within the other filters; written through the API and found
 * at once.
 */
class NameSearchIntegrationTests extends IntegrationTest {

	@BeforeEach
	void places() {
		territory("R84", "Auvergne-Rhône-Alpes", "REGION", List.of());
		territory("26", "Drôme", "DEPARTEMENT", List.of("R84"));
		territory("42", "Loire", "DEPARTEMENT", List.of("R84"));
		territory("42218", "Saint-Étienne", "COMMUNE", List.of("42"));
		territory("26281", "Saint-Étienne-de-Chomeil", "COMMUNE", List.of("26"));
		actor("antenne", "Antenne territoriale de santé", "26");
		actor("maison", "Maison de santé pluriprofessionnelle de Saint-Étienne", "42218");
		actor("sanitaire", "Association sanitaire et sociale", "26");
		actor("dromoise", "Coopérative drômoise", "26");
	}

	@Test
	void shouldFindTerritoriesWhateverTheAccentsAndTheCase() {
		assertThat(codes("/api/v1/territories?q=drome")).containsExactly("26");
		assertThat(codes("/api/v1/territories?q=DRÔME")).containsExactly("26");
		// both Saint-Étienne; the shorter name matches more closely
		assertThat(codes("/api/v1/territories?q=st%20etienne")).containsExactly("42218", "26281");
		assertThat(codes("/api/v1/territories?q=st%20etienne&parent=26")).containsExactly("26281");
		assertThat(codes("/api/v1/territories?q=saint-etienne&level=COMMUNE")).containsExactly("42218", "26281");
		// a code: itself first, then the codes it begins
		assertThat(codes("/api/v1/territories?q=42")).containsExactly("42", "42218");
	}

	@Test
	void shouldFindActorsByTheWordsOfTheirNameRankedAndFiltered() {
		assertThat(ids("/api/v1/actors?q=sante")).containsExactlyInAnyOrder("antenne", "maison");
		assertThat(ids("/api/v1/actors?q=sante&territory=26")).containsExactly("antenne");
		assertThat(ids("/api/v1/actors?q=antenne%20sante")).containsExactly("antenne");
		// "sanit" begins "sanitaire" only
		assertThat(ids("/api/v1/actors?q=sanit")).containsExactly("sanitaire");
		// "drom" begins "drômoise"
		assertThat(ids("/api/v1/actors?q=drom")).containsExactly("dromoise");
		assertThat(ids("/api/v1/actors?q=maison&territory=42")).containsExactly("maison");
		assertThat(ids("/api/v1/actors?q=maison&territory=26")).isEmpty();
		assertThat(get("/api/v1/actors?q=sante&territory=26").json().get("page").get("totalElements").asInt())
			.isEqualTo(1);
	}

	@Test
	void shouldReadWhatIsTypedAsWordsNeverAsLuceneSyntax() {
		Answer answer = get("/api/v1/actors?q=sant%C3%A9%20AND%20(%22x%22~2");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("content")).isEmpty();
		assertThat(ids("/api/v1/actors?q=%2B%2B%2B")).isEmpty();
	}

	@Test
	void shouldFindAProjectAtOnceAfterItsCreation() {
		Answer created = post("/api/v1/projects", Map.of("id", "jeunes", "name", "Santé des jeunes en Drôme", "phase",
				"EMERGENCE", "start", "2024-01-01", "targets", List.of("26")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		assertThat(ids("/api/v1/projects?q=sante%20jeunes")).containsExactly("jeunes");
		assertThat(ids("/api/v1/projects?q=jeunes&territory=R84")).containsExactly("jeunes");
		assertThat(ids("/api/v1/projects?q=jeunes&territory=42")).isEmpty();
	}

	@Test
	void shouldFindPartnershipsByTheWordsOfTheirDescriptionOrTheirId() {
		Answer created = post("/api/v1/partnerships", Map.of("id", "convention-sante-2024", "type", "GRANT", "start",
				"2024-01-01", "description", "Convention pour l'accès aux soins en Drôme", "members",
				List.of(Map.of("actor", "antenne", "role", "LEAD"), Map.of("actor", "maison", "role", "PARTNER"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		assertThat(ids("/api/v1/partnerships?q=acces%20soins")).containsExactly("convention-sante-2024");
		assertThat(ids("/api/v1/partnerships?q=SANTE")).as("a word of the id").containsExactly("convention-sante-2024");
		assertThat(ids("/api/v1/partnerships?q=convention-sante-2024&territory=42"))
			.containsExactly("convention-sante-2024");
		assertThat(ids("/api/v1/partnerships?q=soins&territory=R84&type=PHILANTHROPY")).isEmpty();
	}

	private void territory(String code, String name, String level, List<String> partOf) {
		Answer created = post("/api/v1/territories", Map.of("code", code, "name", name, "level", level, "partOf",
				partOf));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	private void actor(String id, String name, String seat) {
		Answer created = post("/api/v1/actors", Map.of("id", id, "name", name, "sector", "ASSOCIATION", "locatedIn",
				seat, "activeIn", List.of()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	private List<String> codes(String path) {
		return list(path, "code");
	}

	private List<String> ids(String path) {
		return list(path, "id");
	}

	private List<String> list(String path, String key) {
		Answer answer = get(path);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
		List<String> keys = new java.util.ArrayList<>();
		for (JsonNode entry : answer.json().get("content")) {
			keys.add(entry.get(key).asString());
		}
		return keys;
	}
}
