package org.alliancegraph.exchange.csv;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.web.InputError;

/** Where an entry read from CSV files is: its line, and the lines of its links by field ({@code members}…). */
record CsvPlace(long line, Map<String, List<Long>> links) {

	private static final Pattern PATH = Pattern
		.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?(?:\\[(\\d+)])?(?:\\.(\\w+))?");

	/**
	 * The place of an error of a chunk ({@code partnerships[3].members[1].role}, 3 being the index in the chunk):
	 * the file, line and column of the cell, the link rows' own file for the links' fields.
	 */
	static CsvError of(CsvFile file, List<CsvPlace> places, InputError error) {
		Matcher m = PATH.matcher(error.path());
		if (!m.find()) {
			return CsvError.of(file.fileName(), 0, error.path(), error.value(), error.message());
		}
		String field = m.group(3) == null ? "" : m.group(3);
		if (m.group(2) == null) {
			return CsvError.of(file.fileName(), 0, field, error.value(), error.message());
		}
		CsvPlace place = places.get(Integer.parseInt(m.group(2)));
		CsvFile linkFile = switch (field) {
			case "contributors" -> CsvFile.CONTRIBUTIONS;
			case "funders" -> CsvFile.FUNDINGS;
			case "members" -> CsvFile.PARTNERSHIP_MEMBERS;
			default -> null;
		};
		if (linkFile != null && m.group(4) != null) {
			long line = place.links().get(field).get(Integer.parseInt(m.group(4)));
			return CsvError.of(linkFile.fileName(), line, m.group(5) == null ? "actor" : m.group(5), error.value(),
					error.message());
		}
		return CsvError.of(file.fileName(), place.line(), field.isEmpty() ? file.required().get(0) : field,
				error.value(), error.message());
	}
}
