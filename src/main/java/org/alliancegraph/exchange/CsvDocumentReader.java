package org.alliancegraph.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.project.ContributorRequest;
import org.alliancegraph.project.FunderRequest;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.territory.TerritoryRequest;
import org.alliancegraph.web.InputError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV files of an import into the import document, streaming each file record by record (commons-csv),
 * and remembers the line of every entry so that the document's errors can be reported at their file, line and
 * column. Accepts UTF-8 with or without BOM, {@code ,} or {@code ;} as separator (read from the header line:
 * French spreadsheets export {@code ;}), quoted fields, dates as {@code 2024-01-31} or {@code 31/01/2024}, and
 * a decimal comma in {@code ;} files.
 */
final class CsvDocumentReader {

	/** Where to read each file from; absent files are simply not part of the import. */
	interface Sources {

		Set<CsvFile> files();

		InputStream open(CsvFile file) throws IOException;
	}

	/**
	 * The document read, the lines of its entries, and the errors of cells that could not be read.
	 */
	record CsvDocument(ImportDocument document, List<CsvError> errors, Lines lines, long rows) {

		/** The errors of the document ({@code actors[3].sector}…) at their file, line and column. */
		List<CsvError> locate(List<InputError> inputErrors) {
			Set<String> cells = new HashSet<>();
			errors.forEach(e -> cells.add(e.path()));
			List<CsvError> located = new ArrayList<>(errors);
			for (InputError e : inputErrors) {
				CsvError error = lines.locate(e);
				if (cells.add(error.path())) {
					located.add(error);
				}
			}
			return located;
		}
	}

	/** Lines of the entries of each section, and of their link rows (contributions, fundings, members). */
	static final class Lines {

		private static final Pattern PATH = Pattern
			.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?(?:\\[(\\d+)])?(?:\\.(\\w+))?");

		private final Map<String, List<Long>> entries = new HashMap<>();

		private final Map<String, List<List<Long>>> links = new HashMap<>();

		CsvError locate(InputError error) {
			Matcher m = PATH.matcher(error.path());
			if (!m.find()) {
				return CsvError.of("?", 0, error.path(), error.value(), error.message());
			}
			String section = m.group(1);
			CsvFile file = CsvFile.named(section).orElse(null);
			if (file == null) {
				return CsvError.of("?", 0, error.path(), error.value(), error.message());
			}
			String field = m.group(3) == null ? "" : m.group(3);
			if (m.group(2) == null) {
				return CsvError.of(file.fileName(), 0, field, error.value(), error.message());
			}
			int index = Integer.parseInt(m.group(2));
			CsvFile linkFile = switch (field) {
				case "contributors" -> CsvFile.CONTRIBUTIONS;
				case "funders" -> CsvFile.FUNDINGS;
				case "members" -> CsvFile.PARTNERSHIP_MEMBERS;
				default -> null;
			};
			if (linkFile != null && m.group(4) != null) {
				int k = Integer.parseInt(m.group(4));
				long line = links.get(linkFile.fileName()).get(index).get(k);
				return CsvError.of(linkFile.fileName(), line, m.group(5) == null ? "actor" : m.group(5), error.value(),
						error.message());
			}
			long line = entries.get(file.fileName()).get(index);
			return CsvError.of(file.fileName(), line, field.isEmpty() ? file.required().get(0) : field, error.value(),
					error.message());
		}
	}

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");

	/** One row being read: its cells by column, its line, and where its errors go. */
	private static final class Row {

		final CSVRecord record;

		final String file;

		final long line;

		final char delimiter;

		final List<CsvError> errors;

		Row(CSVRecord record, String file, long line, char delimiter, List<CsvError> errors) {
			this.record = record;
			this.file = file;
			this.line = line;
			this.delimiter = delimiter;
			this.errors = errors;
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
			return value == null ? List.of()
					: Arrays.stream(SPLIT.split(value)).filter(v -> !v.isEmpty()).toList();
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

	private final ImportProgress progress;

	CsvDocumentReader(ImportProgress progress) {
		this.progress = progress;
	}

	CsvDocument read(Sources sources) throws IOException {
		List<CsvError> errors = new ArrayList<>();
		Lines lines = new Lines();
		long[] rows = { 0 };

		List<TerritoryRequest> territories = new ArrayList<>();
		each(sources, CsvFile.TERRITORIES, errors, lines, rows, row -> {
			Map<String, Double> indicators = new TreeMap<>();
			for (String pair : row.list("indicators")) {
				int eq = pair.indexOf('=');
				if (eq <= 0) {
					row.error("indicators", pair, "indicateur attendu sous la forme CODE=valeur (ex. POVERTY_RATE=15.4)");
				}
				else {
					indicators.put(pair.substring(0, eq).strip(), row.decimal("indicators", pair.substring(eq + 1).strip()));
				}
			}
			territories.add(new TerritoryRequest(row.text("code"), row.text("name"), row.text("level"),
					row.integer("population"), row.list("partOf"), indicators, null));
		});

		List<ActorRequest> actors = new ArrayList<>();
		each(sources, CsvFile.ACTORS, errors, lines, rows, row -> actors.add(new ActorRequest(row.text("id"),
				row.text("name"), row.text("sector"), row.text("locatedIn"), row.list("activeIn"), row.text("siren"),
				row.text("siret"), row.text("rna"), row.text("size"), row.text("website"), row.text("description"),
				row.list("missions"), null)));

		List<Row> projectRows = new ArrayList<>();
		each(sources, CsvFile.PROJECTS, errors, lines, rows, projectRows::add);
		Map<String, List<ContributorRequest>> contributors = new HashMap<>();
		Map<String, List<FunderRequest>> funders = new HashMap<>();
		Map<String, List<Long>> contributionLines = new HashMap<>();
		Map<String, List<Long>> fundingLines = new HashMap<>();
		Set<String> projectIds = keys(projectRows, "id");
		each(sources, CsvFile.CONTRIBUTIONS, errors, lines, rows, row -> {
			String project = owner(row, "project", projectIds, CsvFile.PROJECTS);
			if (project != null) {
				contributors.computeIfAbsent(project, k -> new ArrayList<>()).add(new ContributorRequest(
						row.text("actor"), row.text("role"), row.date("since"), row.date("until")));
				contributionLines.computeIfAbsent(project, k -> new ArrayList<>()).add(row.line);
			}
		});
		each(sources, CsvFile.FUNDINGS, errors, lines, rows, row -> {
			String project = owner(row, "project", projectIds, CsvFile.PROJECTS);
			if (project != null) {
				funders.computeIfAbsent(project, k -> new ArrayList<>()).add(new FunderRequest(row.text("actor"),
						row.decimal("amountEur"), row.smallInteger("year"), row.text("instrument")));
				fundingLines.computeIfAbsent(project, k -> new ArrayList<>()).add(row.line);
			}
		});
		List<ProjectRequest> projects = new ArrayList<>();
		List<List<Long>> projectContributionLines = new ArrayList<>();
		List<List<Long>> projectFundingLines = new ArrayList<>();
		Set<String> seenProjects = new HashSet<>();
		for (Row row : projectRows) {
			String id = row.text("id");
			// a second row with the same id gets no links: the duplicate key is reported by the validation
			boolean first = id != null && seenProjects.add(id);
			List<Integer> sdgs = new ArrayList<>();
			for (String sdg : row.list("sdgs")) {
				try {
					sdgs.add(Integer.valueOf(sdg));
				}
				catch (NumberFormatException ex) {
					row.error("sdgs", sdg, "ODD : un numéro de 1 à 17 attendu");
				}
			}
			projects.add(new ProjectRequest(id, row.text("name"), row.text("description"), row.text("phase"),
					row.date("start"), row.date("end"), row.list("targets"), row.list("domains"), sdgs,
					row.list("levers"), first ? contributors.getOrDefault(id, List.of()) : List.of(),
					first ? funders.getOrDefault(id, List.of()) : List.of(), null));
			projectContributionLines.add(first ? contributionLines.getOrDefault(id, List.of()) : List.of());
			projectFundingLines.add(first ? fundingLines.getOrDefault(id, List.of()) : List.of());
		}
		lines.links.put(CsvFile.CONTRIBUTIONS.fileName(), projectContributionLines);
		lines.links.put(CsvFile.FUNDINGS.fileName(), projectFundingLines);
		projectRows.clear();

		List<Row> partnershipRows = new ArrayList<>();
		each(sources, CsvFile.PARTNERSHIPS, errors, lines, rows, partnershipRows::add);
		Set<String> partnershipIds = keys(partnershipRows, "id");
		Map<String, List<MemberRequest>> members = new HashMap<>();
		Map<String, List<Long>> memberLines = new HashMap<>();
		each(sources, CsvFile.PARTNERSHIP_MEMBERS, errors, lines, rows, row -> {
			String partnership = owner(row, "partnership", partnershipIds, CsvFile.PARTNERSHIPS);
			if (partnership != null) {
				members.computeIfAbsent(partnership, k -> new ArrayList<>())
					.add(new MemberRequest(row.text("actor"), row.text("role")));
				memberLines.computeIfAbsent(partnership, k -> new ArrayList<>()).add(row.line);
			}
		});
		List<PartnershipRequest> partnerships = new ArrayList<>();
		List<List<Long>> partnershipMemberLines = new ArrayList<>();
		Set<String> seenPartnerships = new HashSet<>();
		for (Row row : partnershipRows) {
			String id = row.text("id");
			boolean first = id != null && seenPartnerships.add(id);
			partnerships.add(new PartnershipRequest(id, row.text("type"), row.date("start"), row.date("end"),
					row.smallInteger("intensity"), row.text("description"),
					first ? members.getOrDefault(id, List.of()) : List.of(), row.list("supports"), row.list("domains"),
					null));
			partnershipMemberLines.add(first ? memberLines.getOrDefault(id, List.of()) : List.of());
		}
		lines.links.put(CsvFile.PARTNERSHIP_MEMBERS.fileName(), partnershipMemberLines);
		return new CsvDocument(new ImportDocument(territories, actors, projects, partnerships), errors, lines, rows[0]);
	}

	/** The owner's key of a link row, or null (with an error) when the owner is not in its file. */
	private static @Nullable String owner(Row row, String column, Set<String> owners, CsvFile ownerFile) {
		String key = row.text(column);
		if (key == null) {
			return null; // reported as an empty required column
		}
		if (!owners.contains(key)) {
			row.error(column, key, "absent de " + ownerFile.fileName() + " : ses liens se donnent avec lui, dans le"
					+ " même import");
			return null;
		}
		return key;
	}

	private static Set<String> keys(List<Row> rows, String column) {
		Set<String> keys = new HashSet<>();
		rows.forEach(r -> {
			String key = r.text(column);
			if (key != null) {
				keys.add(key);
			}
		});
		return keys;
	}

	/** Streams the records of one file to {@code consumer}, after checking its header. */
	private void each(Sources sources, CsvFile file, List<CsvError> errors, Lines lines, long[] rows,
			java.util.function.Consumer<Row> consumer) throws IOException {
		List<Long> entryLines = new ArrayList<>();
		lines.entries.put(file.fileName(), entryLines);
		if (!sources.files().contains(file)) {
			return;
		}
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(sources.open(file), StandardCharsets.UTF_8), 1 << 16)) {
			reader.mark(1 << 16);
			int first = reader.read();
			if (first != '\uFEFF') {
				reader.reset();
			}
			reader.mark(1 << 16);
			String header = reader.readLine();
			reader.reset();
			if (header == null || header.isBlank()) {
				errors.add(CsvError.of(file.fileName(), 1, "", null, "fichier vide : la première ligne doit nommer les"
						+ " colonnes (" + String.join(", ", file.columns()) + ")"));
				return;
			}
			char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setIgnoreSurroundingSpaces(true)
				.get();
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
				if (!checkHeader(file, parser.getHeaderNames(), errors)) {
					return;
				}
				Iterator<CSVRecord> records = parser.iterator();
				while (true) {
					long line = parser.getCurrentLineNumber() + 1;
					CSVRecord record;
					try {
						if (!records.hasNext()) {
							break;
						}
						record = records.next();
					}
					catch (UncheckedIOException | IllegalStateException ex) {
						errors.add(CsvError.of(file.fileName(), line, "", null,
								"ligne illisible (guillemets mal fermés ?) : " + ex.getMessage()));
						return;
					}
					Row row = new Row(record, file.fileName(), line, delimiter, errors);
					if (!record.isConsistent()) {
						row.error("", record.size() + " valeurs", "la ligne n'a pas autant de valeurs que l'en-tête ("
								+ parser.getHeaderNames().size() + ")");
					}
					for (String column : file.required()) {
						if (row.text(column) == null) {
							row.error(column, null, "colonne obligatoire vide");
						}
					}
					entryLines.add(line);
					consumer.accept(row);
					rows[0]++;
					progress.read(1);
				}
			}
		}
	}

	/** Every column of the file must be known; the required ones present. */
	private static boolean checkHeader(CsvFile file, List<String> header, List<CsvError> errors) {
		boolean valid = true;
		Set<String> known = new HashSet<>(file.columns());
		for (String column : header) {
			if (!known.contains(column)) {
				errors.add(CsvError.of(file.fileName(), 1, column, column,
						"colonne inconnue ; colonnes de ce fichier : " + String.join(", ", file.columns())));
				valid = false;
			}
		}
		for (String column : file.required()) {
			if (!header.contains(column)) {
				errors.add(CsvError.of(file.fileName(), 1, column, null, "colonne obligatoire absente de l'en-tête"));
				valid = false;
			}
		}
		return valid;
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
