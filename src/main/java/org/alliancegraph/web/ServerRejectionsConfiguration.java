package org.alliancegraph.web;

import java.util.Map;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The requests refused before Spring MVC sees them answer problem details in French too: those Spring
 * Security's firewall rejects (an address with {@code //}, {@code ;}, {@code %25}, {@code ..}, a control
 * character…) with 400, and those Tomcat itself rejects, through {@link ProblemErrorReportValve}.
 */
@Configuration(proxyBeanMethods = false)
class ServerRejectionsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ServerRejectionsConfiguration.class);

	@Bean
	RequestRejectedHandler problemRequestRejectedHandler() {
		return (request, response, ex) -> {
			log.debug("Request rejected by the firewall: {}", ex.getMessage());
			String uri = request.getRequestURI();
			HttpProblems.write(response, 400, HttpProblems.title(400), "L'adresse demandée est refusée : elle ne doit"
					+ " contenir ni « // », ni « ; », ni segment « . » ou « .. », ni « % » encodé (%25), ni barre"
					+ " oblique ou inverse encodée (%2F, %5C), ni caractère de contrôle ou non ASCII non encodé ; la"
					+ " méthode doit être une méthode HTTP standard.", null, uri == null ? Map.of() : Map.of("path", uri));
		};
	}

	/** Replaces the host's error valve (Spring Boot's or Tomcat's) with the problem-writing one. */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
		return new WebServerFactoryCustomizerAfterBoot();
	}

	/** Runs after Spring Boot's own Tomcat customizer, which adds its error valve. */
	private static final class WebServerFactoryCustomizerAfterBoot
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				Container host = context.getParent();
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemErrorReportValve());
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
