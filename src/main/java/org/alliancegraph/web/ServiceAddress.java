package org.alliancegraph.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says in the log, once the service is up, which address to open: the explorer page and the API's description. */
@Component
class ServiceAddress {

	private static final Logger log = LoggerFactory.getLogger(ServiceAddress.class);

	private final Environment environment;

	ServiceAddress(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String host = environment.getProperty("server.address", "localhost");
		String base = "http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":"
				+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
				+ environment.getProperty("server.servlet.context-path", "") + "/";
		log.info("Service prêt : ouvrez {} (explorateur), {}swagger-ui.html (API) / service ready: open {}", base, base,
				base);
	}
}
