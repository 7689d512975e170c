package org.alliancegraph.exchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.alliancegraph.neo4j.InitialData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo (real territories of Ardèche and Drôme, fictional actors, projects and partnerships; see
 * {@code demo/README.md}) through the import service, when {@code alliance.demo-data} is true and the
 * database holds no territory and no actor yet — so it never touches a database in use.
 */
@Component
@Order(100)
class DemoData implements InitialData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String EMPTY = """
			RETURN NOT EXISTS { MATCH (:Territory) } AND NOT EXISTS { MATCH (:Actor) } AS empty""";

	private final boolean enabled;

	private final Neo4jClient neo4j;

	private final ImportService imports;

	private final JsonMapper json;

	DemoData(@Value("${alliance.demo-data:true}") boolean enabled, Neo4jClient neo4j, ImportService imports,
			JsonMapper json) {
		this.enabled = enabled;
		this.neo4j = neo4j;
		this.imports = imports;
		this.json = json;
	}

	@Override
	public void load() {
		if (!enabled || !neo4j.query(EMPTY).fetchAs(Boolean.class).one().orElse(false)) {
			return;
		}
		long start = System.nanoTime();
		try (InputStream in = new ClassPathResource("demo/demo-alliances.json").getInputStream()) {
			ImportResult result = imports.apply(json.readValue(in, ImportDocument.class), false);
			log.info("Données de démonstration chargées ({} entités) en {} ms / demo data loaded", result.created(),
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
