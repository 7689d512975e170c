package org.alliancegraph.exchange;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.exchange.importing.ImportEntries;
import org.alliancegraph.exchange.importing.ImportProgress;
import org.alliancegraph.exchange.importing.ImportSection;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.project.ContributorRequest;
import org.alliancegraph.project.FunderRequest;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.territory.TerritoryRequest;
import org.alliancegraph.web.ControlCharacters;
import org.alliancegraph.web.InputError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * The import document given as CSV files, read record by record (commons-csv) as often as the import needs,
 * never held whole: each entry is reported at its file, line and column. Accepts UTF-8 with or without BOM,
 * {@code ,} or {@code ;} as separator (read from the header line: French spreadsheets export {@code ;}), quoted
 * fields, dates as {@code 2024-01-31} or {@code 31/01/2024}, and a decimal comma in {@code ;} files.
 *
 * <p>Projects and partnerships have their links in other files (contributions, fundings, members), in any order.
 * To join them without holding either side, {@link #prepare()} spreads the owners' rows and their links' rows
 * over bucket files by the hash of the owner's key (a Grace hash join): a bucket holds every row of its owners,
 * and only one bucket's links are in memory at a time, about {@value #BUCKET_BYTES} bytes of CSV.
 */
final class CsvEntries implements ImportEntries<CsvError>, AutoCloseable {

	/** Where to read each file from; absent files are simply not part of the import. */
	interface Sources {

		Set<CsvFile> files();

		InputStream open(CsvFile file) throws IOException;

		/** The file's size in bytes. */
		long size(CsvFile file) throws IOException;
	}

	/** Bytes of link rows per bucket: their requests take about ten times as much memory. */
	static final long BUCKET_BYTES = 4L << 20;

	/** The first columns of a bucket file: the row's line in its file and its number of values there. */
	private static final List<String> BUCKET_COLUMNS = List.of("_line", "_size");

	private static final Pattern PATH = Pattern
		.compile("^(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?(?:\\[(\\d+)])?(?:\\.(\\w+))?");

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");

	/** The decoder puts U+FFFD for bytes that are not UTF-8: the file was saved in another encoding. */
	private static final String NOT_UTF8 = "octets qui ne sont pas de l'UTF-8 valide (affichés « \uFFFD ») : le fichier"
			+ " a sans doute été enregistré en Latin-1 ou Windows-1252 ; enregistrez-le en UTF-8 (« CSV UTF-8 » dans"
			+ " un tableur) puis renvoyez-le";

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

	/**
	 * How a readable file is written: its separator, the number of columns of its header, and the required
	 * columns its header lacks (reported once, at the header, rather than on every row).
	 */
	private record Layout(char delimiter, int columns, Set<String> missing) {
	}

	/** Where an entry is: its line, and the lines of its links by field ({@code members}…). */
	private record Place(long line, Map<String, List<Long>> links) {
	}

	/** A link row read into a bucket's memory: its value and its line. */
	private record Link<L>(L value, long line) {
	}

	private final Sources sources;

	private final ImportProgress progress;

	private final Path work;

	/** The files whose header is valid, to be read. */
	private final Map<CsvFile, Layout> layouts = new EnumMap<>(CsvFile.class);

	/** Direct files whose rows have been counted as read (once, not on every pass). */
	private final Set<CsvFile> counted = new HashSet<>();

	private final long bucketBytes;

	private int projectBuckets = 1;

	private int partnershipBuckets = 1;

	CsvEntries(Sources sources, ImportProgress progress) throws IOException {
		this(sources, progress, BUCKET_BYTES);
	}

	/** @param bucketBytes bytes of link rows per bucket */
	CsvEntries(Sources sources, ImportProgress progress, long bucketBytes) throws IOException {
		this.sources = sources;
		this.progress = progress;
		this.bucketBytes = bucketBytes;
		this.work = Files.createTempDirectory("alliance-csv-buckets-");
	}

	/** Checks the headers, then spreads projects and partnerships with their links over bucket files. */
	@Override
	public List<CsvError> prepare() throws IOException {
		List<CsvError> errors = new ArrayList<>();
		for (CsvFile file : CsvFile.values()) {
			if (sources.files().contains(file)) {
				layout(file, errors);
			}
		}
		projectBuckets = buckets(CsvFile.CONTRIBUTIONS, CsvFile.FUNDINGS);
		partition(CsvFile.PROJECTS, "id", projectBuckets, errors);
		partition(CsvFile.CONTRIBUTIONS, "project", projectBuckets, errors);
		partition(CsvFile.FUNDINGS, "project", projectBuckets, errors);
		partnershipBuckets = buckets(CsvFile.PARTNERSHIP_MEMBERS);
		partition(CsvFile.PARTNERSHIPS, "id", partnershipBuckets, errors);
		partition(CsvFile.PARTNERSHIP_MEMBERS, "partnership", partnershipBuckets, errors);
		return errors;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> void read(ImportSection<T> section, int size, Consumer<Chunk<T, CsvError>> each) throws IOException {
		Consumer<Chunk<?, CsvError>> chunks = c -> each.accept((Chunk<T, CsvError>) c);
		switch (section.name()) {
			case "territories" -> territories(new Chunks<>(CsvFile.TERRITORIES, size, chunks));
			case "actors" -> actors(new Chunks<>(CsvFile.ACTORS, size, chunks));
			case "projects" -> projects(new Chunks<>(CsvFile.PROJECTS, size, chunks));
			default -> partnerships(new Chunks<>(CsvFile.PARTNERSHIPS, size, chunks));
		}
	}

	@Override
	public CsvError general(String message) {
		return CsvError.of("", 0, "", null, message);
	}

	@Override
	public String place(CsvError error) {
		return error.path();
	}

	/** The errors in the order of the files, then of their lines. */
	@Override
	public RuntimeException rejected(List<CsvError> errors) {
		List<CsvError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparingInt((CsvError e) -> CsvFile.named(e.file()).map(Enum::ordinal).orElse(99))
			.thenComparingLong(CsvError::line));
		return new CsvInputException(sorted);
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(work)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is not worth failing the import for
		}
	}

	/** Entries being gathered into chunks, with their places and the errors of their rows. */
	private final class Chunks<T> {

		final CsvFile file;

		final int size;

		final Consumer<Chunk<?, CsvError>> each;

		List<T> entries = new ArrayList<>();

		List<Place> places = new ArrayList<>();

		List<CsvError> errors = new ArrayList<>();

		Chunks(CsvFile file, int size, Consumer<Chunk<?, CsvError>> each) {
			this.file = file;
			this.size = size;
			this.each = each;
		}

		void add(T entry, Place place) {
			entries.add(entry);
			places.add(place);
			if (entries.size() >= size) {
				flush();
			}
		}

		void flush() {
			if (entries.isEmpty() && errors.isEmpty()) {
				return;
			}
			List<Place> at = places;
			each.accept(new Chunk<>(entries, errors, e -> locate(file, at, e)));
			entries = new ArrayList<>();
			places = new ArrayList<>();
			errors = new ArrayList<>();
		}
	}

	private void territories(Chunks<TerritoryRequest> out) throws IOException {
		direct(out, row -> {
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
			return new TerritoryRequest(row.text("code"), row.text("name"), row.text("level"), row.integer("population"),
					row.list("partOf"), indicators, null);
		});
	}

	private void actors(Chunks<ActorRequest> out) throws IOException {
		direct(out, row -> new ActorRequest(row.text("id"), row.text("name"), row.text("sector"), row.text("locatedIn"),
				row.list("activeIn"), row.text("siren"), row.text("siret"), row.text("rna"), row.text("size"),
				row.text("website"), row.text("description"), row.list("missions"), null));
	}

	/** A file without links, read straight from its source. */
	private <T> void direct(Chunks<T> out, Function<Row, T> entry) throws IOException {
		Layout layout = layouts.get(out.file);
		if (layout == null) {
			return;
		}
		boolean count = counted.add(out.file);
		try (Reader reader = open(out.file)) {
			records(out.file, reader, layout, out.errors, (record, line) -> {
				Row row = checked(out.file, record, line, record.size(), layout, out.errors);
				out.add(entry.apply(row), new Place(line, Map.of()));
				if (count) {
					progress.read(1);
				}
			});
		}
		out.flush();
	}

	private void projects(Chunks<ProjectRequest> out) throws IOException {
		for (int b = 0; b < projectBuckets; b++) {
			Map<String, List<Link<ContributorRequest>>> contributors = links(CsvFile.CONTRIBUTIONS, "project", b,
					out.errors, row -> new ContributorRequest(row.text("actor"), row.text("role"), row.date("since"),
							row.date("until")));
			Map<String, List<Link<FunderRequest>>> funders = links(CsvFile.FUNDINGS, "project", b, out.errors,
					row -> new FunderRequest(row.text("actor"), row.decimal("amountEur"), row.smallInteger("year"),
							row.text("instrument")));
			owners(CsvFile.PROJECTS, b, out.errors, row -> {
				String id = row.text("id");
				// a second row with the same id gets no links: the duplicate key is reported
				List<Link<ContributorRequest>> c = id == null ? null : contributors.remove(id);
				List<Link<FunderRequest>> f = id == null ? null : funders.remove(id);
				List<Integer> sdgs = new ArrayList<>();
				for (String sdg : row.list("sdgs")) {
					try {
						sdgs.add(Integer.valueOf(sdg));
					}
					catch (NumberFormatException ex) {
						row.error("sdgs", sdg, "ODD : un numéro de 1 à 17 attendu");
					}
				}
				out.add(new ProjectRequest(id, row.text("name"), row.text("description"), row.text("phase"),
						row.date("start"), row.date("end"), row.list("targets"), row.list("domains"), sdgs,
						row.list("levers"), values(c), values(f), null),
						new Place(row.line, Map.of("contributors", lines(c), "funders", lines(f))));
			});
			if (hasColumn(CsvFile.PROJECTS, "id")) {
				orphans(contributors, CsvFile.CONTRIBUTIONS, "project", CsvFile.PROJECTS, out.errors);
				orphans(funders, CsvFile.FUNDINGS, "project", CsvFile.PROJECTS, out.errors);
			}
		}
		out.flush();
	}

	private void partnerships(Chunks<PartnershipRequest> out) throws IOException {
		for (int b = 0; b < partnershipBuckets; b++) {
			Map<String, List<Link<MemberRequest>>> members = links(CsvFile.PARTNERSHIP_MEMBERS, "partnership", b,
					out.errors, row -> new MemberRequest(row.text("actor"), row.text("role")));
			owners(CsvFile.PARTNERSHIPS, b, out.errors, row -> {
				String id = row.text("id");
				List<Link<MemberRequest>> m = id == null ? null : members.remove(id);
				out.add(new PartnershipRequest(id, row.text("type"), row.date("start"), row.date("end"),
						row.smallInteger("intensity"), row.text("description"), values(m), row.list("supports"),
						row.list("domains"), null), new Place(row.line, Map.of("members", lines(m))));
			});
			if (hasColumn(CsvFile.PARTNERSHIPS, "id")) {
				orphans(members, CsvFile.PARTNERSHIP_MEMBERS, "partnership", CsvFile.PARTNERSHIPS, out.errors);
			}
		}
		out.flush();
	}

	/** The link rows of one bucket, by their owner's key. */
	private <L> Map<String, List<Link<L>>> links(CsvFile file, String ownerColumn, int bucket, List<CsvError> errors,
			Function<Row, L> link) throws IOException {
		Map<String, List<Link<L>>> links = new HashMap<>();
		owners(file, bucket, errors, row -> {
			String owner = row.text(ownerColumn);
			if (owner != null) { // else reported as an empty required column
				links.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Link<>(link.apply(row), row.line));
			}
		});
		return links;
	}

	/** Streams the rows of one bucket file, checked as they were in their file. */
	private void owners(CsvFile file, int bucket, List<CsvError> errors, Consumer<Row> each) throws IOException {
		Layout layout = layouts.get(file);
		Path path = bucket(file, bucket);
		if (layout == null || !Files.exists(path)) {
			return;
		}
		List<String> header = Stream.concat(BUCKET_COLUMNS.stream(), file.columns().stream()).toList();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				long line = Long.parseLong(record.get("_line"));
				each.accept(checked(file, record, line, Integer.parseInt(record.get("_size")), layout, errors));
			}
		}
	}

	/** Link rows whose owner is not in its file: their owner must come in the same import. */
	private static <L> void orphans(Map<String, List<Link<L>>> left, CsvFile file, String column, CsvFile ownerFile,
			List<CsvError> errors) {
		left.forEach((owner, links) -> links.forEach(l -> errors.add(CsvError.of(file.fileName(), l.line(), column,
				owner, "absent de " + ownerFile.fileName() + " : ses liens se donnent avec lui, dans le même import"))));
	}

	/** Whether the file is read and its header has that column (else its link rows cannot be joined to it). */
	private boolean hasColumn(CsvFile file, String column) {
		Layout layout = layouts.get(file);
		return layout != null && !layout.missing().contains(column);
	}

	private static <L> List<L> values(@Nullable List<Link<L>> links) {
		return links == null ? List.of() : links.stream().map(Link::value).toList();
	}

	private static <L> List<Long> lines(@Nullable List<Link<L>> links) {
		return links == null ? List.of() : links.stream().map(Link::line).toList();
	}

	/** One bucket per {@link #bucketBytes} bytes of link rows. */
	private int buckets(CsvFile... linkFiles) throws IOException {
		long bytes = 0;
		for (CsvFile file : linkFiles) {
			if (layouts.containsKey(file)) {
				bytes += sources.size(file);
			}
		}
		return (int) Math.max(1, Math.min(1_024, (bytes + bucketBytes - 1) / bucketBytes));
	}

	/** Copies the rows of a file to its buckets by the hash of {@code keyColumn}, with their line and size. */
	private void partition(CsvFile file, String keyColumn, int buckets, List<CsvError> errors) throws IOException {
		Layout layout = layouts.get(file);
		if (layout == null) {
			return;
		}
		CSVPrinter[] printers = new CSVPrinter[buckets];
		try (Reader reader = open(file)) {
			for (int b = 0; b < buckets; b++) {
				BufferedWriter writer = Files.newBufferedWriter(bucket(file, b), StandardCharsets.UTF_8);
				printers[b] = new CSVPrinter(writer, CSVFormat.DEFAULT);
			}
			List<Object> values = new ArrayList<>();
			records(file, reader, layout, errors, (record, line) -> {
				String key = record.isMapped(keyColumn) && record.isSet(keyColumn) ? record.get(keyColumn).strip() : "";
				values.clear();
				values.add(line);
				values.add(record.size());
				for (String column : file.columns()) {
					values.add(record.isMapped(column) && record.isSet(column) ? record.get(column) : "");
				}
				try {
					printers[Math.floorMod(key.hashCode(), buckets)].printRecord(values);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				progress.read(1);
			});
		}
		finally {
			for (CSVPrinter printer : printers) {
				if (printer != null) {
					printer.close();
				}
			}
		}
	}

	private Path bucket(CsvFile file, int bucket) {
		return work.resolve(file.fileName() + "." + bucket);
	}

	/** The file as text, its BOM skipped. */
	private Reader open(CsvFile file) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(sources.open(file), StandardCharsets.UTF_8),
				1 << 16);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/**
	 * Reads the header line. Unknown columns and missing required ones are errors, but the rows are still read
	 * and checked (a missing column's errors are those of the header); only a header that cannot be read, or that
	 * names a column twice, stops the reading of its file.
	 */
	private void layout(CsvFile file, List<CsvError> errors) throws IOException {
		try (BufferedReader reader = (BufferedReader) open(file)) {
			String header = reader.readLine();
			if (header == null || header.isBlank()) {
				errors.add(CsvError.of(file.fileName(), 1, "", null, "fichier vide : la première ligne doit nommer les"
						+ " colonnes (" + String.join(", ", file.columns()) + ")"));
				return;
			}
			char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
			List<String> names;
			try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(header))
				.setFormat(format(delimiter).builder().setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get())
				.get()) {
				names = parser.getHeaderNames();
			}
			catch (UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
				errors.add(CsvError.of(file.fileName(), 1, "", header, "en-tête illisible (guillemet non refermé ?) :"
						+ " la première ligne doit nommer les colonnes (" + String.join(", ", file.columns()) + ")"));
				return;
			}
			Set<String> missing = checkHeader(file, names, errors);
			if (missing != null) {
				layouts.put(file, new Layout(delimiter, names.size(), missing));
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

	@FunctionalInterface
	private interface RecordConsumer {

		void accept(CSVRecord record, long line);
	}

	/** Streams the records of a file with their line; an unreadable line ends the file with an error. */
	private static void records(CsvFile file, Reader reader, Layout layout, List<CsvError> errors,
			RecordConsumer each) throws IOException {
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(layout.delimiter())).get()) {
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

	/** The row, with the errors of its shape: as many values as the header, required columns filled. */
	private static Row checked(CsvFile file, CSVRecord record, long line, int size, Layout layout,
			List<CsvError> errors) {
		Row row = new Row(record, file.fileName(), line, layout.delimiter(), errors);
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
				row.error(column, value, NOT_UTF8);
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

	/**
	 * The place of an error of a chunk ({@code partnerships[3].members[1].role}, 3 being the index in the chunk):
	 * the file, line and column of the cell, the link rows' own file for the links' fields.
	 */
	private CsvError locate(CsvFile file, List<Place> places, InputError error) {
		CsvError located = place(file, places, error);
		Layout layout = CsvFile.named(located.file()).map(layouts::get).orElse(null);
		if (layout != null && layout.missing().contains(located.column())) {
			// the header's error says it: one error per file, not one per row
			return CsvError.of(located.file(), 1, located.column(), null, "colonne obligatoire absente de l'en-tête");
		}
		return located;
	}

	private static CsvError place(CsvFile file, List<Place> places, InputError error) {
		Matcher m = PATH.matcher(error.path());
		if (!m.find()) {
			return CsvError.of(file.fileName(), 0, error.path(), error.value(), error.message());
		}
		String field = m.group(3) == null ? "" : m.group(3);
		if (m.group(2) == null) {
			return CsvError.of(file.fileName(), 0, field, error.value(), error.message());
		}
		Place place = places.get(Integer.parseInt(m.group(2)));
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
