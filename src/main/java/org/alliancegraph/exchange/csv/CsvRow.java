package org.alliancegraph.exchange.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.alliancegraph.web.ControlCharacters;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One row of a CSV file being read: its cells by column, as text, lists, dates and numbers, its line, and where
 * its errors go. A cell that cannot be read is an error at its file, line and column, and null.
 */
final class CsvRow {

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");

	private final CSVRecord record;

	private final String file;

	private final long line;

	private final char delimiter;

	private final List<CsvError> errors;

	private CsvRow(CSVRecord record, String file, long line, char delimiter, List<CsvError> errors) {
		this.record = record;
		this.file = file;
		this.line = line;
		this.delimiter = delimiter;
		this.errors = errors;
	}

	/** The row, with the errors of its shape: as many values as the header, required columns filled. */
	static CsvRow checked(CsvFile file, CSVRecord record, long line, int size, CsvLayout layout,
			List<CsvError> errors) {
		CsvRow row = new CsvRow(record, file.fileName(), line, layout.delimiter(), errors);
		if (size != layout.columns()) {
			row.error("", size + " valeurs", "la ligne n'a pas autant de valeurs que l'en-tête (" + layout.columns()
					+ ")");
		}
		for (String column : file.columns()) {
			if (!record.isMapped(column) || !record.isSet(column)) {
				continue;
			}
			String value = record.get(column);
			int forbidden = ControlCharacters.firstForbidden(value);
			if (value.indexOf('\uFFFD') >= 0) {
				row.error(column, value, CsvLayout.NOT_UTF8);
			}
			else if (forbidden >= 0) {
				row.error(column, value, ControlCharacters.messageFr(value, forbidden));
			}
		}
		for (String column : file.required()) {
			if (!layout.missing().contains(column) && row.text(column) == null) {
				row.error(column, null, "colonne obligatoire vide");
			}
		}
		return row;
	}

	long line() {
		return line;
	}

	@Nullable String text(String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column).strip();
		return value.isEmpty() ? null : value;
	}

	List<String> list(String column) {
		String value = text(column);
		return value == null ? List.of() : Arrays.stream(SPLIT.split(value)).filter(v -> !v.isEmpty()).toList();
	}

	@Nullable LocalDate date(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			error(column, value, "date invalide : attendu AAAA-MM-JJ (ex. 2024-01-31) ou JJ/MM/AAAA");
			return null;
		}
	}

	@Nullable Long integer(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
		}
		catch (NumberFormatException ex) {
			error(column, value, "nombre entier attendu");
			return null;
		}
	}

	@Nullable Double decimal(String column, String value) {
		try {
			String normal = value.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
			return new BigDecimal(delimiter == ';' ? normal.replace(',', '.') : normal).doubleValue();
		}
		catch (NumberFormatException ex) {
			error(column, value, "nombre attendu (ex. 1500 ou 15.4" + (delimiter == ';' ? ", ou 15,4" : "") + ")");
			return null;
		}
	}

	@Nullable Double decimal(String column) {
		String value = text(column);
		return value == null ? null : decimal(column, value);
	}

	@Nullable Integer smallInteger(String column) {
		Long value = integer(column);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			error(column, value, "nombre hors limites");
			return null;
		}
		return value == null ? null : value.intValue();
	}

	void error(String column, @Nullable Object value, String message) {
		errors.add(CsvError.of(file, line, column, value, message));
	}
}
