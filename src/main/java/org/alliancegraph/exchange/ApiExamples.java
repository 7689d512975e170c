package org.alliancegraph.exchange;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.exchange.csv.CsvFile;
import org.alliancegraph.exchange.importing.ImportDocument;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.project.ContributorRequest;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.territory.TerritoryRequest;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request bodies of the OpenAPI description that the annotations cannot give: the examples, and the
 * multipart uploads. The examples are the import document of API.md (with the second member its partnership
 * names) and, for each resource's create and replace, that document's first entry of the resource; they are
 * built from the request records, so that one that no longer fits its record does not compile, and the
 * description's test sends each to the service.
 */
@Configuration(proxyBeanMethods = false)
class ApiExamples {

	private static final LocalDate PROJECT_START = LocalDate.of(2023, 1, 1);

	static final ImportDocument DOCUMENT = new ImportDocument(
			List.of(new TerritoryRequest("T1", "Test", "CUSTOM", null, List.of(), null, null)),
			List.of(new ActorRequest("a1", "Association A", "ASSOCIATION", "T1", List.of("T1"), null, null, null, null,
					null, null, null, null),
					new ActorRequest("a2", "Entreprise B", "COMPANY", "T1", List.of("T1"), null, null, null, null, null,
							null, null, null)),
			List.of(new ProjectRequest("p1", "Mobilité solidaire", null, "EXPERIMENTATION", PROJECT_START, null,
					List.of("T1"), List.of("MOBILITY"), List.of(11), List.of("KNOWLEDGE"),
					List.of(new ContributorRequest("a1", "LEAD", PROJECT_START, null)), List.of(), null)),
			List.of(new PartnershipRequest("x1", "SOCIETAL_INNOVATION", LocalDate.of(2022, 5, 1), null, 2, null,
					List.of(new MemberRequest("a1", "LEAD"), new MemberRequest("a2", "PARTNER")), List.of("p1"),
					List.of(), null)));

	@Bean
	OpenApiCustomizer requestBodies(JsonMapper json) {
		return api -> {
			Map<String, PathItem> paths = api.getPaths();
			example(paths.get("/api/v1/imports").getPost(), json, DOCUMENT);
			example(paths, "territories", "code", json, DOCUMENT.territories().get(0));
			example(paths, "actors", "id", json, DOCUMENT.actors().get(0));
			example(paths, "projects", "id", json, DOCUMENT.projects().get(0));
			example(paths, "partnerships", "id", json, DOCUMENT.partnerships().get(0));
			ObjectSchema csvFiles = new ObjectSchema();
			for (CsvFile file : CsvFile.values()) {
				csvFiles.addProperty(file.fileName(), binary());
			}
			csvFiles.addProperty("zip", binary().description("Ou un zip de ces fichiers / or a zip of these files"));
			multipart(paths.get("/api/v1/imports").getPost(), csvFiles);
			ObjectSchema referential = new ObjectSchema();
			for (String part : List.of("regions.json", "departements.json", "epci.json", "communes.json")) {
				referential.addProperty(part, binary());
			}
			multipart(paths.get("/api/v1/imports/territories").getPost(), referential);
		};
	}

	private static void example(Map<String, PathItem> paths, String resource, String key, JsonMapper json,
			Object body) {
		example(paths.get("/api/v1/" + resource).getPost(), json, body);
		example(paths.get("/api/v1/" + resource + "/{" + key + "}").getPut(), json, body);
	}

	private static void example(Operation operation, JsonMapper json, Object body) {
		operation.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
			.setExample(withoutNulls(json.convertValue(body, Map.class)));
	}

	/** The example as a client would write it: the fields it leaves out are absent rather than null. */
	private static @Nullable Object withoutNulls(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> kept = new LinkedHashMap<>();
			map.forEach((k, v) -> {
				if (v != null) {
					kept.put(k, withoutNulls(v));
				}
			});
			return kept;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(ApiExamples::withoutNulls).toList();
		}
		return value;
	}

	private static void multipart(Operation operation, Schema<?> parts) {
		if (operation.getRequestBody() == null) {
			operation.setRequestBody(new RequestBody().required(true).content(new Content()));
		}
		operation.getRequestBody().getContent()
			.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, new MediaType().schema(parts));
	}

	private static Schema<?> binary() {
		return new StringSchema().format("binary");
	}
}
