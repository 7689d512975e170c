package org.alliancegraph.exchange.importing;

import java.io.InputStream;
import java.util.Locale;

import org.alliancegraph.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Time of the demo import document ({@code demo/demo-alliances.json}: 735 territories, 159 actors, 40 projects,
 * 200 partnerships) into an empty embedded server, then again (everything unchanged). A command, not a unit test;
 * run as {@link org.alliancegraph.exchange.csv.ImportBench} is.
 */
public final class DemoImportBench {

	private DemoImportBench() {
	}

	public static void main(String[] args) throws Exception {
		String dataDir = "target/bench-demo-neo4j-" + System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
				"--server.port=0", "--alliance.demo-data=false", "--alliance.neo4j.data-dir=" + dataDir,
				"--alliance.import.work-dir=" + dataDir + "-imports",
				"--alliance.security.admin-password=bench", "--logging.level.root=WARN")) {
			ImportService imports = context.getBean(ImportService.class);
			ImportDocument document;
			try (InputStream in = new ClassPathResource("demo/demo-alliances.json").getInputStream()) {
				document = context.getBean(JsonMapper.class).readValue(in, ImportDocument.class);
			}
			for (String run : new String[] { "first (empty database)", "second (unchanged)", "third (unchanged)" }) {
				long start = System.nanoTime();
				ImportResult result = imports.apply(document, false);
				System.out.printf(Locale.ROOT, "demo import, %s: %.2f s (created %d, unchanged %d)%n", run,
						(System.nanoTime() - start) / 1e9, result.created(), result.unchanged());
			}
		}
	}
}
