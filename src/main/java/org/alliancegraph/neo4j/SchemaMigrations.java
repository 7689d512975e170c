package org.alliancegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the numbered files of {@code cypher/} ({@code V001__constraints.cypher}, …) in order, each once,
 * and records each as a {@code :SchemaMigration} node with its name and checksum.
 *
 * <p>A file already applied whose content changed stops the start: silently skipping it would leave the
 * database different from what the file says, and re-running it might not be safe. Statements run one per
 * transaction because Neo4j forbids schema and data changes in the same transaction; the files are written
 * to be idempotent ({@code IF NOT EXISTS}, {@code MERGE}) so an interrupted file can simply run again.
 * Runs through the driver, i.e. over Bolt, against the embedded or an external server alike.
 */
@Component
public class SchemaMigrations {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__[\\w-]+\\.cypher");

	private static final String APPLIED = """
			MATCH (m:SchemaMigration {name: $name}) RETURN m.checksum AS checksum""";

	private static final String RECORD = """
			MERGE (m:SchemaMigration {name: $name})
			SET m.checksum = $checksum, m.version = $version, m.appliedAt = datetime()""";

	private final Driver driver;

	private final String location;

	SchemaMigrations(Driver driver,
			@Value("${alliance.schema.location:classpath*:cypher/V*.cypher}") String location) {
		this.driver = driver;
		this.location = location;
	}

	/** Applies the pending files; returns the names of those applied by this call. */
	public List<String> migrate() {
		List<String> applied = new ArrayList<>();
		try (Session session = driver.session()) {
			for (Resource file : files()) {
				String name = file.getFilename();
				String text = read(file);
				String checksum = sha256(text);
				String known = session
					.executeRead(tx -> tx.run(APPLIED, Map.of("name", name)).list(r -> r.get("checksum").asString()))
					.stream()
					.findFirst()
					.orElse(null);
				if (checksum.equals(known)) {
					continue;
				}
				if (known != null) {
					throw new SchemaChecksumMismatchException(name, known, checksum);
				}
				for (String statement : CypherScript.parse(text).statements()) {
					session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
				}
				session.executeWriteWithoutResult(tx -> tx.run(RECORD,
						Map.of("name", name, "checksum", checksum, "version", version(name))).consume());
				log.info("Schéma : {} appliqué / schema file applied", name);
				applied.add(name);
			}
		}
		return applied;
	}

	private List<Resource> files() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(location);
			return Arrays.stream(found)
				.filter(r -> r.getFilename() != null && FILE_NAME.matcher(r.getFilename()).matches())
				.sorted(Comparator.comparingInt((Resource r) -> version(r.getFilename())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int version(String fileName) {
		Matcher m = FILE_NAME.matcher(fileName);
		if (!m.matches()) {
			throw new IllegalArgumentException(fileName);
		}
		return Integer.parseInt(m.group(1));
	}

	private static String read(Resource file) {
		try {
			// Normalised line endings: a checkout on Windows must not look like a changed file.
			return new String(file.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
