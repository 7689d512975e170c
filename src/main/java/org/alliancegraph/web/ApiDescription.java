package org.alliancegraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): its title,
 * what the API is, and HTTP Basic as its security scheme, so that Swagger UI offers to sign in ("Authorize") for
 * the writes; reads need none while {@code alliance.security.public-read} is on. The operations are grouped by
 * each controller's {@code @Tag}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String BASIC = "basic";

	@Bean
	OpenAPI allianceGraphApi(ObjectProvider<BuildProperties> build) {
		BuildProperties built = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("alliance-graph — API des alliances territoriales / territorial alliances API")
				.version(built == null ? "dev" : built.getVersion())
				.description("Qui coopère avec qui, où et sur quoi : territoires, acteurs, projets, partenariats, leur"
						+ " historique, et les analyses (catalyseurs, manques, articulations, scénarios). Les lectures"
						+ " sont publiques quand `alliance.security.public-read` est actif ; les écritures demandent un"
						+ " compte EDITOR ou ADMIN (HTTP Basic). / Who cooperates with whom, where and on what:"
						+ " territories, actors, projects, partnerships, their history, and the analyses. Reads are"
						+ " public when `alliance.security.public-read` is on; writes need an EDITOR or ADMIN account."))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}
}
