package org.alliancegraph.exchange.csv;

import java.io.IOException;

import org.alliancegraph.exchange.importing.ImportProgress;
import org.alliancegraph.exchange.importing.ImportResult;
import org.alliancegraph.exchange.importing.ImportService;
import org.springframework.stereotype.Service;

/**
 * The import document given as CSV files: read as a stream (see {@link CsvEntries}), checked as a whole with the
 * same rules as the JSON document, every error placed at its file, line and column, then written all or nothing
 * by {@link ImportService}: same upserts, same idempotence.
 */
@Service
public class CsvImportService {

	private final ImportService imports;

	CsvImportService(ImportService imports) {
		this.imports = imports;
	}

	/** Reads, checks and writes the files, all or nothing; the bucket files of the reading go afterwards. */
	public ImportResult apply(CsvSources sources, boolean dryRun, ImportProgress progress) throws IOException {
		try (CsvEntries csv = new CsvEntries(sources, progress)) {
			return imports.apply(csv, dryRun, progress);
		}
	}
}
