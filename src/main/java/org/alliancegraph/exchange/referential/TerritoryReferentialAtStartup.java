package org.alliancegraph.exchange.referential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancegraph.neo4j.InitialData;
import org.alliancegraph.web.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --alliance.import.territories=FOLDER}: imports that folder's {@code regions.json},
 * {@code departements.json}, {@code epci.json} and {@code communes.json} before the service accepts requests
 * (before the demo, which is then not loaded since the database is no longer empty). Idempotent, so the option
 * can stay on: a later start with the same files changes nothing. Files that do not pass the checks stop the
 * start with their errors.
 */
@Component
@Order(50)
class TerritoryReferentialAtStartup implements InitialData {

	private static final Logger log = LoggerFactory.getLogger(TerritoryReferentialAtStartup.class);

	private final String folder;

	private final ReferentialImportService imports;

	TerritoryReferentialAtStartup(@Value("${alliance.import.territories:}") String folder,
			ReferentialImportService imports) {
		this.folder = folder;
		this.imports = imports;
	}

	@Override
	public void load() {
		if (folder.isBlank()) {
			return;
		}
		Path path = Path.of(folder);
		if (!Files.isDirectory(path)) {
			throw new IllegalStateException("alliance.import.territories : le dossier « " + path.toAbsolutePath()
					+ " » n'existe pas / folder not found");
		}
		try {
			imports.apply(ReferentialFiles.folder(path), false);
		}
		catch (InvalidInputException ex) {
			ex.errors().stream().limit(50).forEach(e -> log.error("{} = « {} » : {}", e.path(), e.value(), e.message()));
			throw new IllegalStateException("alliance.import.territories : " + ex.errors().size()
					+ " erreur(s) dans le référentiel de « " + path + " » ; rien n'a été importé", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
