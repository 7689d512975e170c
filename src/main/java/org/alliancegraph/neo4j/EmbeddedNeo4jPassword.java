package org.alliancegraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.springframework.util.StringUtils;

/**
 * The password of the embedded server's Bolt user {@code neo4j}: the configured one when given, otherwise one
 * generated at the first start and kept in a file beside the store, readable by its owner only. A local process
 * or OS user without it is refused, so roles, journals and the data version cannot be bypassed through the port.
 */
final class EmbeddedNeo4jPassword {

	static final String USER = "neo4j";

	static final String FILE = "bolt-password";

	/** How Neo4j words its refusal to set the password already in force. */
	private static final String SAME_PASSWORD = "Old password and new password cannot be the same";

	/** Base64 of 24 random bytes: 32 characters, 192 bits. */
	private static final int RANDOM_BYTES = 24;

	private EmbeddedNeo4jPassword() {
	}

	/** The configured password, or the one kept in {@code home}, generated and kept there the first time. */
	static String resolve(Path home, @Nullable String configured) {
		if (StringUtils.hasText(configured)) {
			return configured;
		}
		Path file = home.resolve(FILE);
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			byte[] random = new byte[RANDOM_BYTES];
			new SecureRandom().nextBytes(random);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Files.createDirectories(home);
			write(file, generated);
			return generated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Mot de passe du serveur Neo4j embarqué illisible : " + file, ex);
		}
	}

	/**
	 * Sets the user's password through the embedded API of the system database (which needs no login), at every
	 * start: the password in force is always the one resolved, even if the file or the configuration changed.
	 * Neo4j refuses to set the password already in force; that refusal means there is nothing to do.
	 */
	static void apply(DatabaseManagementService dbms, String password) {
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			if (ex.getMessage() == null || !ex.getMessage().contains(SAME_PASSWORD)) {
				throw ex;
			}
		}
	}

	private static void write(Path file, String password) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException ex) {
			// another start made it meanwhile: overwrite nothing, it is read back below
			return;
		}
		Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
	}
}
