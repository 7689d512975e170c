package org.alliancegraph.exchange.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Where to read each CSV file of an import from; absent files are simply not part of the import. */
public interface CsvSources {

	Set<CsvFile> files();

	InputStream open(CsvFile file) throws IOException;

	/** The file's size in bytes. */
	long size(CsvFile file) throws IOException;

	/** The file as text, its BOM skipped. */
	default BufferedReader text(CsvFile file) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8), 1 << 16);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}
}
