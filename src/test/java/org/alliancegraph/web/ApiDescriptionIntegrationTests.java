package org.alliancegraph.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description a client, a code generator or Swagger UI reads: valid for a real OpenAPI parser, every
 * operation summarised and grouped by resource, fixed codes as enums, the sign-in schemes, runnable examples.
 */
class ApiDescriptionIntegrationTests extends IntegrationTest {

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

	private JsonNode description() {
		Answer answer = get("/v3/api-docs");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	/** Every operation of the description, by {@code METHOD path}. */
	private static Map<String, JsonNode> operations(JsonNode api) {
		Map<String, JsonNode> operations = new TreeMap<>();
		api.get("paths").properties().forEach(path -> METHODS.forEach(method -> {
			if (path.getValue().has(method)) {
				operations.put(method.toUpperCase() + " " + path.getKey(), path.getValue().get(method));
			}
		}));
		return operations;
	}

	@Test
	void shouldBeValidForAnOpenApiParser() throws Exception {
		String text = get("/v3/api-docs").body();
		Files.writeString(Path.of("target", "api-docs.json"), text);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIParser().readContents(text, null, options);

		assertThat(parsed.getMessages()).isEmpty();
		assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/v1/actors", "/api/v1/analysis/highlight");
	}

	@Test
	void shouldNameTheApiGroupItsOperationsAndSummariseEachInFrenchThenEnglish() {
		JsonNode api = description();

		assertThat(api.get("info").get("title").asString())
			.isEqualTo("alliance-graph — API des alliances territoriales / territorial alliances API");
		assertThat(api.get("info").get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
		List<String> declared = new ArrayList<>();
		api.get("tags").forEach(tag -> declared.add(tag.get("name").asString()));
		Map<String, JsonNode> operations = operations(api);
		assertThat(operations).hasSizeGreaterThanOrEqualTo(50);
		operations.forEach((name, operation) -> {
			assertThat(operation.path("summary").asString("")).as(name).matches("\\S.* / \\S.*");
			assertThat(operation.get("tags")).as(name).hasSize(1);
			assertThat(declared).as(name).contains(operation.get("tags").get(0).asString());
			assertThat(operation.get("operationId").asString()).as(name).isNotBlank();
		});
		assertThat(declared).noneMatch(tag -> tag.endsWith("-controller"))
			.contains("Acteurs / Actors", "Territoires / Territories", "Projets / Projects",
					"Partenariats / Partnerships", "Analyses", "Imports");
		assertThat(operations.get("GET /api/v1/actors").get("summary").asString())
			.isEqualTo("Liste des acteurs / List actors");
		operations.forEach((name, operation) -> assertThat(operation.get("responses").get("default").get("content")
			.get("application/problem+json").get("schema").get("$ref").asString()).as(name)
			.isEqualTo("#/components/schemas/Problem"));
		assertThat(operations.get("POST /api/v1/actors").get("responses").has("201")).isTrue();
		assertThat(operations.get("DELETE /api/v1/projects/{id}").get("responses").get("204").has("content")).isFalse();
		assertThat(api.get("paths").has("/error")).isFalse();
	}

	@Test
	void shouldDescribePagingAsThreeOptionalQueryParameters() {
		Map<String, JsonNode> operations = operations(description());

		List<String> names = new ArrayList<>();
		for (JsonNode parameter : operations.get("GET /api/v1/actors").get("parameters")) {
			names.add(parameter.get("name").asString());
			assertThat(parameter.get("in").asString()).as(parameter.toString()).isEqualTo("query");
			assertThat(parameter.path("required").asBoolean(false)).as(parameter.toString()).isFalse();
		}
		assertThat(names).containsExactly("territory", "sector", "domain", "sdg", "q", "page", "size", "sort");
		for (String list : List.of("GET /api/v1/territories", "GET /api/v1/projects", "GET /api/v1/partnerships",
				"GET /api/v1/changes")) {
			Map<String, JsonNode> paging = new TreeMap<>();
			operations.get(list).get("parameters").forEach(p -> paging.put(p.get("name").asString(), p));
			assertThat(paging).as(list).containsKeys("page", "size", "sort");
			assertThat(paging.get("page").get("schema").get("type").asString()).isEqualTo("integer");
			assertThat(paging.get("size").get("schema").get("type").asString()).isEqualTo("integer");
			assertThat(paging.get("size").get("schema").get("maximum").asInt()).isEqualTo(500);
			assertThat(paging.get("sort").get("in").asString()).isEqualTo("query");
		}
		assertThat(operations).doesNotContainKey("pageable");
	}

	/** HTTP Basic for API clients; the browser's session cookie, with its CSRF header for writes. */
	@Test
	void shouldOfferHttpBasicAndTheBrowserSession() {
		JsonNode api = description();

		JsonNode schemes = api.get("components").get("securitySchemes");
		assertThat(schemes.get("basic").get("type").asString()).isEqualTo("http");
		assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
		assertThat(schemes.get("session").get("type").asString()).isEqualTo("apiKey");
		assertThat(schemes.get("session").get("in").asString()).isEqualTo("cookie");
		assertThat(schemes.get("session").get("name").asString()).isEqualTo("JSESSIONID");
		assertThat(schemes.get("csrf").get("type").asString()).isEqualTo("apiKey");
		assertThat(schemes.get("csrf").get("in").asString()).isEqualTo("header");
		assertThat(schemes.get("csrf").get("name").asString()).isEqualTo("X-XSRF-TOKEN");
		assertThat(api.get("security").toString())
			.isEqualTo("[{\"basic\":[]},{\"session\":[],\"csrf\":[]}]");
	}

	@Test
	void shouldListTheFixedCodesAsEnumsAndPointToTheVocabulariesForReferenceData() {
		JsonNode api = description();
		JsonNode schemas = api.get("components").get("schemas");
		Map<String, JsonNode> operations = operations(api);

		assertThat(strings(property(schemas, "TerritoryRequest", "level").get("enum")))
			.containsExactly("REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "CUSTOM");
		assertThat(strings(property(schemas, "ProjectRequest", "phase").get("enum")))
			.containsExactly("EMERGENCE", "EXPERIMENTATION", "DEPLOYMENT", "CAPITALISATION");
		assertThat(strings(property(schemas, "ContributorRequest", "role").get("enum")))
			.containsExactly("LEAD", "PARTNER", "FUNDER");
		assertThat(strings(property(schemas, "MemberRequest", "role").get("enum")))
			.containsExactly("LEAD", "PARTNER", "FUNDER");
		assertThat(strings(property(schemas, "ActorRequest", "size").get("enum")))
			.containsExactly("MICRO", "SMALL", "MEDIUM", "LARGE");
		assertThat(strings(property(schemas, "View", "state").get("enum")))
			.containsExactly("QUEUED", "RUNNING", "SUCCEEDED", "FAILED");
		assertThat(property(schemas, "ActorRequest", "sector").has("enum")).isFalse();
		assertThat(property(schemas, "ActorRequest", "sector").get("description").asString())
			.contains("/api/v1/reference/sectors");
		assertThat(property(schemas, "PartnershipRequest", "type").get("description").asString())
			.contains("/api/v1/reference/partnership-types");
		assertThat(strings(parameter(operations.get("GET /api/v1/exports"), "format").get("schema").get("enum")))
			.containsExactly("graphml", "gexf", "cytoscape", "json", "csv");
		assertThat(strings(parameter(operations.get("GET /api/v1/territories/{code}/diagnostic"), "lang")
			.get("schema").get("enum"))).containsExactly("fr", "en");
		assertThat(strings(parameter(operations.get("GET /api/v1/territories"), "level").get("schema").get("enum")))
			.containsExactly("REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "CUSTOM");
		assertThat(strings(parameter(operations.get("GET /api/v1/projects"), "phase").get("schema").get("enum")))
			.containsExactly("EMERGENCE", "EXPERIMENTATION", "DEPLOYMENT", "CAPITALISATION");
		assertThat(strings(parameter(operations.get("GET /api/v1/reference/{vocabulary}"), "vocabulary")
			.get("schema").get("enum"))).contains("sectors", "partnership-types", "domains", "sdgs", "levers");
	}

	/** What the validation demands of a body, and what an answer always holds. */
	@Test
	void shouldMarkTheFieldsAlwaysThereAsRequired() {
		JsonNode schemas = description().get("components").get("schemas");

		assertThat(strings(schemas.get("ActorRequest").get("required")))
			.containsExactlyInAnyOrder("id", "name", "sector", "locatedIn");
		assertThat(strings(schemas.get("ProjectRequest").get("required")))
			.containsExactlyInAnyOrder("id", "name", "phase", "start");
		assertThat(strings(schemas.get("PartnershipRequest").get("required")))
			.containsExactlyInAnyOrder("id", "type", "start", "members");
		assertThat(strings(schemas.get("TerritoryRequest").get("required")))
			.containsExactlyInAnyOrder("code", "name", "level");
		assertThat(strings(schemas.get("ActorResponse").get("required")))
			.containsExactlyInAnyOrder("id", "name", "sector", "activeIn", "missions", "version");
		assertThat(strings(schemas.get("Highlight").get("required")))
			.containsExactlyInAnyOrder("scope", "sdgs", "types", "actors", "ties");
		assertThat(strings(schemas.get("ActorResponse").get("properties").get("siren").get("type")))
			.containsExactlyInAnyOrder("string", "null");
	}

	/**
	 * The examples of the four resources' bodies and of the import document are those of API.md, and the service
	 * takes each: a client that copies one gets a 201 or a 200.
	 */
	@Test
	void shouldGiveExamplesTheServiceAccepts() {
		Map<String, JsonNode> operations = operations(description());

		JsonNode document = example(operations.get("POST /api/v1/imports"), "application/json");
		assertThat(document.get("actors").get(0).get("id").asString()).isEqualTo("a1");
		assertThat(document.get("projects").get(0).get("phase").asString()).isEqualTo("EXPERIMENTATION");
		Answer dryRun = send("POST", "/api/v1/imports?dryRun=true", document.toString(), "editor", "editor-secret");
		assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
		// T1, a1, a2, p1, x1
		assertThat(dryRun.json().get("created").asInt()).isEqualTo(5);
		assertThat(count("MATCH (n) WHERE n:Territory OR n:Actor RETURN count(n)")).as("a dry run").isZero();

		for (String resource : List.of("territories", "actors", "projects", "partnerships")) {
			if (resource.equals("partnerships")) {
				post("/api/v1/actors", document.get("actors").get(1).toString());
			}
			JsonNode body = example(operations.get("POST /api/v1/" + resource), "application/json");
			Answer created = post("/api/v1/" + resource, body.toString());
			assertThat(created.status()).as(resource + " " + created).isEqualTo(201);
			assertThat(example(operations.get("PUT /api/v1/" + resource + "/{" + (resource.equals("territories")
					? "code" : "id") + "}"), "application/json")).isEqualTo(body);
		}
	}

	private static JsonNode example(JsonNode operation, String mediaType) {
		JsonNode example = operation.get("requestBody").get("content").get(mediaType).get("example");
		assertThat(example).as(operation.toString()).isNotNull();
		return example;
	}

	private static JsonNode property(JsonNode schemas, String schema, String property) {
		JsonNode found = schemas.get(schema).get("properties").get(property);
		assertThat(found).as(schema + "." + property).isNotNull();
		return found;
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		for (JsonNode parameter : operation.get("parameters")) {
			if (parameter.get("name").asString().equals(name)) {
				return parameter;
			}
		}
		throw new AssertionError("no parameter " + name + " in " + operation);
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array.isArray()) {
			array.forEach(v -> values.add(v.asString()));
		}
		else {
			values.add(array.asString());
		}
		return values;
	}
}
