package org.alliancegraph.exchange.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.alliancegraph.web.ControlCharacters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * How a readable CSV file is written, as its header line says: its separator, the number of columns of its header,
 * and the required columns its header lacks (reported once, at the header, rather than on every row).
 */
record CsvLayout(char delimiter, int columns, Set<String> missing) {

	/** The decoder puts U+FFFD for bytes that are not UTF-8: the file was saved in another encoding. */
	static final String NOT_UTF8 = "octets qui ne sont pas de l'UTF-8 valide (affichés « \uFFFD ») : le fichier"
			+ " a sans doute été enregistré en Latin-1 ou Windows-1252 ; enregistrez-le en UTF-8 (« CSV UTF-8 » dans"
			+ " un tableur) puis renvoyez-le";

	@FunctionalInterface
	interface RecordConsumer {

		void accept(CSVRecord record, long line);
	}

	/**
	 * Reads the header line. Unknown columns and missing required ones are errors, but the rows are still read
	 * and checked (a missing column's errors are those of the header); only a header that cannot be read, or that
	 * names a column twice, stops the reading of its file: then there is no layout.
	 */
	static @Nullable CsvLayout read(CsvFile file, BufferedReader reader, List<CsvError> errors) throws IOException {
		String header = reader.readLine();
		if (header == null || header.isBlank()) {
			errors.add(CsvError.of(file.fileName(), 1, "", null, "fichier vide : la première ligne doit nommer les"
					+ " colonnes (" + String.join(", ", file.columns()) + ")"));
			return null;
		}
		char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
		List<String> names;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(header))
			.setFormat(format(delimiter).builder().setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get())
			.get()) {
			names = parser.getHeaderNames();
		}
		catch (UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			errors.add(CsvError.of(file.fileName(), 1, "", header, "en-tête illisible (guillemet non refermé ?) :"
					+ " la première ligne doit nommer les colonnes (" + String.join(", ", file.columns()) + ")"));
			return null;
		}
		Set<String> missing = checkHeader(file, names, errors);
		return missing == null ? null : new CsvLayout(delimiter, names.size(), missing);
	}

	/** Streams the records of a file with their line; an unreadable line ends the file with an error. */
	void records(CsvFile file, Reader reader, List<CsvError> errors, RecordConsumer each) throws IOException {
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(delimiter)).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						return;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					errors.add(CsvError.of(file.fileName(), line, "", null, "ligne illisible : un guillemet ouvert sur"
							+ " cette ligne n'est jamais refermé (ou un guillemet est suivi d'autre chose que le"
							+ " séparateur) ; la suite du fichier n'a pas pu être lue"));
					return;
				}
				each.accept(record, line);
			}
		}
	}

	private static CSVFormat format(char delimiter) {
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.get();
	}

	/**
	 * Every column of the file must be known, named once, and the required ones present; returns the missing
	 * required columns, or null when a column is named twice (its rows cannot be read then).
	 */
	private static @Nullable Set<String> checkHeader(CsvFile file, List<String> header, List<CsvError> errors) {
		Set<String> known = new HashSet<>(file.columns());
		Set<String> seen = new HashSet<>();
		boolean twice = false;
		for (String column : header) {
			int forbidden = ControlCharacters.firstForbidden(column);
			if (!seen.add(column)) {
				errors.add(CsvError.of(file.fileName(), 1, column, column, "colonne nommée deux fois dans l'en-tête"));
				twice = true;
			}
			else if (column.indexOf('\uFFFD') >= 0) {
				errors.add(CsvError.of(file.fileName(), 1, column, column, NOT_UTF8));
			}
			else if (forbidden >= 0) {
				errors.add(CsvError.of(file.fileName(), 1, column, column, ControlCharacters.messageFr(column, forbidden)));
			}
			else if (!known.contains(column)) {
				errors.add(CsvError.of(file.fileName(), 1, column, column,
						"colonne inconnue : elle est refusée, pas ignorée ; colonnes de ce fichier : "
								+ String.join(", ", file.columns())));
			}
		}
		Set<String> missing = new HashSet<>();
		for (String column : file.required()) {
			if (!header.contains(column)) {
				errors.add(CsvError.of(file.fileName(), 1, column, null, "colonne obligatoire absente de l'en-tête"));
				missing.add(column);
			}
		}
		return twice ? null : Set.copyOf(missing);
	}

	private static int count(String text, char c) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}
}
