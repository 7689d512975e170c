package org.alliancegraph.exchange.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

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
import org.alliancegraph.web.InputError;

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
 *
 * <p>Each file's header gives its {@link CsvLayout}, each record a {@link CsvRow} and each row its request
 * ({@link CsvRequests}); the buckets are {@link CsvBuckets}, a bucket's link rows {@link CsvLinks}, and each entry's
 * {@link CsvPlace} places its errors.
 */
final class CsvEntries implements ImportEntries<CsvError>, AutoCloseable {

	/** Bytes of link rows per bucket: their requests take about ten times as much memory. */
	static final long BUCKET_BYTES = 4L << 20;

	private final CsvSources sources;

	private final ImportProgress progress;

	private final CsvBuckets bucketFiles;

	/** The files whose header is valid, to be read. */
	private final Map<CsvFile, CsvLayout> layouts = new EnumMap<>(CsvFile.class);

	/** Direct files whose rows have been counted as read (once, not on every pass). */
	private final Set<CsvFile> counted = new HashSet<>();

	private final long bucketBytes;

	private int projectBuckets = 1;

	private int partnershipBuckets = 1;

	CsvEntries(CsvSources sources, ImportProgress progress) throws IOException {
		this(sources, progress, BUCKET_BYTES);
	}

	/** @param bucketBytes bytes of link rows per bucket */
	CsvEntries(CsvSources sources, ImportProgress progress, long bucketBytes) throws IOException {
		this.sources = sources;
		this.progress = progress;
		this.bucketBytes = bucketBytes;
		this.bucketFiles = new CsvBuckets(sources, progress);
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
		bucketFiles.close();
	}

	/** Entries being gathered into chunks, with their places and the errors of their rows. */
	private final class Chunks<T> {

		final CsvFile file;

		final int size;

		final Consumer<Chunk<?, CsvError>> each;

		List<T> entries = new ArrayList<>();

		List<CsvPlace> places = new ArrayList<>();

		List<CsvError> errors = new ArrayList<>();

		Chunks(CsvFile file, int size, Consumer<Chunk<?, CsvError>> each) {
			this.file = file;
			this.size = size;
			this.each = each;
		}

		void add(T entry, CsvPlace place) {
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
			List<CsvPlace> at = places;
			each.accept(new Chunk<>(entries, errors, e -> locate(file, at, e)));
			entries = new ArrayList<>();
			places = new ArrayList<>();
			errors = new ArrayList<>();
		}
	}

	private void territories(Chunks<TerritoryRequest> out) throws IOException {
		direct(out, CsvRequests::territory);
	}

	private void actors(Chunks<ActorRequest> out) throws IOException {
		direct(out, CsvRequests::actor);
	}

	/** A file without links, read straight from its source. */
	private <T> void direct(Chunks<T> out, Function<CsvRow, T> entry) throws IOException {
		CsvLayout layout = layouts.get(out.file);
		if (layout == null) {
			return;
		}
		boolean count = counted.add(out.file);
		try (Reader reader = sources.text(out.file)) {
			layout.records(out.file, reader, out.errors, (record, line) -> {
				CsvRow row = CsvRow.checked(out.file, record, line, record.size(), layout, out.errors);
				out.add(entry.apply(row), new CsvPlace(line, Map.of()));
				if (count) {
					progress.read(1);
				}
			});
		}
		out.flush();
	}

	private void projects(Chunks<ProjectRequest> out) throws IOException {
		for (int b = 0; b < projectBuckets; b++) {
			CsvLinks<ContributorRequest> contributors = links(CsvFile.CONTRIBUTIONS, "project", b, out.errors,
					CsvRequests::contributor);
			CsvLinks<FunderRequest> funders = links(CsvFile.FUNDINGS, "project", b, out.errors, CsvRequests::funder);
			owners(CsvFile.PROJECTS, b, out.errors, row -> {
				String id = row.text("id");
				// a second row with the same id gets no links: the duplicate key is reported
				CsvLinks.Owned<ContributorRequest> c = contributors.take(id);
				CsvLinks.Owned<FunderRequest> f = funders.take(id);
				out.add(CsvRequests.project(row, id, c.values(), f.values()),
						new CsvPlace(row.line(), Map.of("contributors", c.lines(), "funders", f.lines())));
			});
			if (hasColumn(CsvFile.PROJECTS, "id")) {
				contributors.orphans(CsvFile.PROJECTS, out.errors);
				funders.orphans(CsvFile.PROJECTS, out.errors);
			}
		}
		out.flush();
	}

	private void partnerships(Chunks<PartnershipRequest> out) throws IOException {
		for (int b = 0; b < partnershipBuckets; b++) {
			CsvLinks<MemberRequest> members = links(CsvFile.PARTNERSHIP_MEMBERS, "partnership", b, out.errors,
					CsvRequests::member);
			owners(CsvFile.PARTNERSHIPS, b, out.errors, row -> {
				String id = row.text("id");
				CsvLinks.Owned<MemberRequest> m = members.take(id);
				out.add(CsvRequests.partnership(row, id, m.values()),
						new CsvPlace(row.line(), Map.of("members", m.lines())));
			});
			if (hasColumn(CsvFile.PARTNERSHIPS, "id")) {
				members.orphans(CsvFile.PARTNERSHIPS, out.errors);
			}
		}
		out.flush();
	}

	/** The link rows of one bucket, by their owner's key. */
	private <L> CsvLinks<L> links(CsvFile file, String ownerColumn, int bucket, List<CsvError> errors,
			Function<CsvRow, L> link) throws IOException {
		CsvLinks<L> links = new CsvLinks<>(file, ownerColumn, link);
		owners(file, bucket, errors, links::add);
		return links;
	}

	/** Streams the rows of one bucket of a readable file. */
	private void owners(CsvFile file, int bucket, List<CsvError> errors, Consumer<CsvRow> each) throws IOException {
		CsvLayout layout = layouts.get(file);
		if (layout != null) {
			bucketFiles.rows(file, layout, bucket, errors, each);
		}
	}

	/** Whether the file is read and its header has that column (else its link rows cannot be joined to it). */
	private boolean hasColumn(CsvFile file, String column) {
		CsvLayout layout = layouts.get(file);
		return layout != null && !layout.missing().contains(column);
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

	/** Copies the rows of a readable file to its buckets by the hash of {@code keyColumn}. */
	private void partition(CsvFile file, String keyColumn, int buckets, List<CsvError> errors) throws IOException {
		CsvLayout layout = layouts.get(file);
		if (layout != null) {
			bucketFiles.partition(file, layout, keyColumn, buckets, errors);
		}
	}

	/** Reads the header of a file: with a layout, its rows are read. */
	private void layout(CsvFile file, List<CsvError> errors) throws IOException {
		try (BufferedReader reader = sources.text(file)) {
			CsvLayout layout = CsvLayout.read(file, reader, errors);
			if (layout != null) {
				layouts.put(file, layout);
			}
		}
	}

	/** The place of an error of a chunk ({@link CsvPlace#of}), a column missing from the header at the header. */
	private CsvError locate(CsvFile file, List<CsvPlace> places, InputError error) {
		CsvError located = CsvPlace.of(file, places, error);
		CsvLayout layout = CsvFile.named(located.file()).map(layouts::get).orElse(null);
		if (layout != null && layout.missing().contains(located.column())) {
			// the header's error says it: one error per file, not one per row
			return CsvError.of(located.file(), 1, located.column(), null, "colonne obligatoire absente de l'en-tête");
		}
		return located;
	}
}
