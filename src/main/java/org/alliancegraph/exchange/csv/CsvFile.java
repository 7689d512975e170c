package org.alliancegraph.exchange.csv;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CSV files of the import document and their columns (README, "CSV files"). Lists are written in one cell,
 * their values separated by {@value #LIST_SEPARATOR}; indicators as {@code CODE=value} pairs.
 */
public enum CsvFile {

	TERRITORIES("territories.csv", List.of("code", "name", "level"), List.of("population", "partOf", "indicators")),
	ACTORS("actors.csv", List.of("id", "name", "sector", "locatedIn"),
			List.of("activeIn", "siren", "siret", "rna", "size", "website", "description", "missions")),
	PROJECTS("projects.csv", List.of("id", "name", "phase", "start"),
			List.of("description", "end", "targets", "domains", "sdgs", "levers")),
	CONTRIBUTIONS("contributions.csv", List.of("project", "actor", "role"), List.of("since", "until")),
	FUNDINGS("fundings.csv", List.of("project", "actor", "amountEur", "year"), List.of("instrument")),
	PARTNERSHIPS("partnerships.csv", List.of("id", "type", "start"),
			List.of("end", "intensity", "description", "supports", "domains")),
	PARTNERSHIP_MEMBERS("partnership_members.csv", List.of("partnership", "actor", "role"), List.of());

	public static final String LIST_SEPARATOR = "|";

	private final String fileName;

	private final List<String> required;

	private final List<String> optional;

	CsvFile(String fileName, List<String> required, List<String> optional) {
		this.fileName = fileName;
		this.required = required;
		this.optional = optional;
	}

	public String fileName() {
		return fileName;
	}

	/** Columns a header must have. */
	List<String> required() {
		return required;
	}

	/** Every column, in the order an export writes them. */
	public List<String> columns() {
		return Stream.concat(required.stream(), optional.stream()).toList();
	}

	/** A file named so, or a part named so without {@code .csv}. */
	static Optional<CsvFile> named(String name) {
		return Stream.of(values())
			.filter(f -> f.fileName.equals(name) || f.fileName.equals(name + ".csv"))
			.findFirst();
	}
}
