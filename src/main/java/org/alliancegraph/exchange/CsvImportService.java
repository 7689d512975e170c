package org.alliancegraph.exchange;

import java.io.IOException;

import org.alliancegraph.web.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The import document given as CSV files: read (streamed, see {@link CsvDocumentReader}), checked as a whole
 * with the same rules as the JSON document, every error placed at its file, line and column, then written all
 * or nothing by {@link ImportService}: same upserts, same idempotence.
 */
@Service
class CsvImportService {

	private final ImportService imports;

	CsvImportService(ImportService imports) {
		this.imports = imports;
	}

	ImportResult apply(CsvDocumentReader.Sources sources, boolean dryRun, ImportProgress progress) throws IOException {
		CsvDocumentReader.CsvDocument csv = new CsvDocumentReader(progress).read(sources);
		if (!csv.errors().isEmpty()) {
			throw new CsvInputException(csv.locate(imports.check(csv.document())));
		}
		try {
			return imports.apply(csv.document(), dryRun, progress);
		}
		catch (InvalidInputException ex) {
			throw new CsvInputException(csv.locate(ex.errors()));
		}
	}
}
