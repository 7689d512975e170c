package org.alliancegraph.exchange.csv;

import org.jspecify.annotations.Nullable;

/**
 * One rejected cell (or row, or header) of a CSV import.
 *
 * @param path {@code file:line:column}, e.g. {@code actors.csv:12:sector}, the same kind of pointer as the
 *     JSON import's paths
 * @param file the file name
 * @param line the line in the file, the header being line 1 (0 when the error is about the file as a whole)
 * @param column the column name
 * @param value the value found
 * @param message what is wrong, in French
 */
public record CsvError(String path, String file, long line, String column, @Nullable Object value, String message) {

	static CsvError of(String file, long line, String column, @Nullable Object value, String message) {
		return new CsvError(file + ":" + line + ":" + column, file, line, column, value, message);
	}
}
