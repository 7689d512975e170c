package org.alliancegraph.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): its title,
 * what the API is, and its two ways of signing in: HTTP Basic for API clients, and the browser's session cookie
 * opened by the sign-in page, whose writes carry the CSRF token in {@code X-XSRF-TOKEN}; reads need neither while
 * {@code alliance.security.public-read} is on. The operations are grouped by each controller's {@code @Tag}; the
 * paging parameters say what the lists accept; record fields are required or nullable as {@link RecordFields} says.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String BASIC = "basic";

	static final String SESSION = "session";

	static final String CSRF = "csrf";

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI allianceGraphApi(ObjectProvider<BuildProperties> build) {
		BuildProperties built = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("alliance-graph — API des alliances territoriales / territorial alliances API")
				.version(built == null ? "dev" : built.getVersion())
				.description("Qui coopère avec qui, où et sur quoi : territoires, acteurs, projets, partenariats, leur"
						+ " historique, et les analyses (catalyseurs, manques, articulations, scénarios). Les lectures"
						+ " sont publiques quand `alliance.security.public-read` est actif ; les écritures demandent un"
						+ " compte EDITOR ou ADMIN, en HTTP Basic ou par la session du navigateur ouverte sur /login"
						+ " (cookie JSESSIONID, avec l'en-tête X-XSRF-TOKEN). Les erreurs sont des problem details"
						+ " (RFC 9457) en français qui nomment le champ. / Who cooperates with whom, where and on what:"
						+ " territories, actors, projects, partnerships, their history, and the analyses. Reads are"
						+ " public when `alliance.security.public-read` is on; writes need an EDITOR or ADMIN account,"
						+ " through HTTP Basic or the browser session opened at /login (JSESSIONID cookie, with the"
						+ " X-XSRF-TOKEN header). Errors are problem details (RFC 9457), in French, naming the field."))
			.components(new Components()
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("Compte et mot de passe à chaque requête / account and password with each request"))
				.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE).name("JSESSIONID")
					.description("Session du navigateur ouverte par /login / the browser session opened at /login"))
				.addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER).name("X-XSRF-TOKEN")
					.description("Les écritures faites avec la session portent la valeur du cookie XSRF-TOKEN / writes"
							+ " made with the session carry the value of the XSRF-TOKEN cookie")))
			.security(List.of(new SecurityRequirement().addList(BASIC),
					new SecurityRequirement().addList(SESSION).addList(CSRF)));
	}

	/**
	 * {@code page}, {@code size} and {@code sort} as the lists take them ({@code QueryParameterCheck}): the size
	 * bounded by {@code alliance.api.max-page-size}, and sort refused, since each list has a fixed order.
	 */
	@Bean
	OpenApiCustomizer pagingParameters(ApiProperties properties) {
		Map<String, String> descriptions = Map.of("page",
				"Numéro de page, à partir de 0 / page number, from 0", "size",
				"Taille de page, de 1 à " + properties.maxPageSize() + " / page size, 1 to "
						+ properties.maxPageSize(),
				"sort", "Non pris en charge : chaque liste a un ordre fixe, toute valeur est refusée (422) / not"
						+ " supported: each list has a fixed order, any value is refused (422)");
		return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
			for (Parameter parameter : parameters) {
				if ("query".equals(parameter.getIn()) && descriptions.containsKey(parameter.getName())) {
					parameter.setDescription(descriptions.get(parameter.getName()));
					if ("size".equals(parameter.getName())) {
						parameter.getSchema().setMaximum(BigDecimal.valueOf(properties.maxPageSize()));
					}
				}
			}
		}));
	}

	/**
	 * Every operation may answer an error as problem details (RFC 9457), French, with the rejected fields in
	 * {@code errors} ({@link InputError}); its codes are in the README.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			Schema<?> inputError = new ObjectSchema().addProperty("path", new StringSchema())
				.addProperty("value", new Schema<>().description("La valeur donnée / the value given"))
				.addProperty("message", new StringSchema())
				.required(List.of("path", "message"));
			api.getComponents().addSchemas(PROBLEM, new ObjectSchema()
				.description("Problem details (RFC 9457), en français / in French")
				.addProperty("type", new StringSchema())
				.addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema())
				.addProperty("errors", new ArraySchema().items(inputError))
				.required(List.of("title", "status", "detail")));
			ApiResponse problem = new ApiResponse()
				.description("Erreur, en problem details / an error, as problem details")
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			api.getPaths().values().forEach(path -> path.readOperations()
				.forEach(operation -> operation.getResponses().addApiResponse("default", problem)));
		};
	}

	@Bean
	RecordFields recordFields() {
		return new RecordFields();
	}
}
