package org.alliancegraph.exchange.referential;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The four files of the French territory referential, in the format of {@code @etalab/decoupage-administratif}:
 * where to read each of them from (a folder, an upload). Each is opened when it is read, once.
 */
interface ReferentialFiles {

	String REGIONS = "regions.json";

	String DEPARTEMENTS = "departements.json";

	String EPCI = "epci.json";

	String COMMUNES = "communes.json";

	/** In the order they are read: parents before their parts. */
	List<String> NAMES = List.of(REGIONS, DEPARTEMENTS, EPCI, COMMUNES);

	/** The content of one of {@link #NAMES}. */
	InputStream open(String name) throws IOException;

	/** The names of {@link #NAMES} that are missing. */
	List<String> missing();

	/** The files of a folder. */
	static ReferentialFiles folder(Path folder) {
		return new ReferentialFiles() {
			@Override
			public InputStream open(String name) throws IOException {
				return Files.newInputStream(folder.resolve(name));
			}

			@Override
			public List<String> missing() {
				return NAMES.stream().filter(n -> !Files.isRegularFile(folder.resolve(n))).toList();
			}
		};
	}
}
