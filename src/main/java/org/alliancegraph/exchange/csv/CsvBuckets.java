package org.alliancegraph.exchange.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.alliancegraph.exchange.importing.ImportProgress;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The bucket files of the join of projects and partnerships with their link rows, in a temporary folder: each row
 * of a file is copied to the bucket of its owner's key hash with its line and its number of values, so that a
 * bucket holds every row of its owners, and its rows are read back as they were in their file.
 */
final class CsvBuckets implements AutoCloseable {

	/** The first columns of a bucket file: the row's line in its file and its number of values there. */
	private static final List<String> BUCKET_COLUMNS = List.of("_line", "_size");

	private final CsvSources sources;

	private final ImportProgress progress;

	private final Path work;

	CsvBuckets(CsvSources sources, ImportProgress progress) throws IOException {
		this.sources = sources;
		this.progress = progress;
		this.work = Files.createTempDirectory("alliance-csv-buckets-");
	}

	/** Copies the rows of a file to its buckets by the hash of {@code keyColumn}, with their line and size. */
	void partition(CsvFile file, CsvLayout layout, String keyColumn, int buckets, List<CsvError> errors)
			throws IOException {
		CSVPrinter[] printers = new CSVPrinter[buckets];
		try (Reader reader = sources.text(file)) {
			for (int b = 0; b < buckets; b++) {
				BufferedWriter writer = Files.newBufferedWriter(bucket(file, b), StandardCharsets.UTF_8);
				printers[b] = new CSVPrinter(writer, CSVFormat.DEFAULT);
			}
			List<Object> values = new ArrayList<>();
			layout.records(file, reader, errors, (record, line) -> {
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

	/** Streams the rows of one bucket file, checked as they were in their file. */
	void rows(CsvFile file, CsvLayout layout, int bucket, List<CsvError> errors, Consumer<CsvRow> each)
			throws IOException {
		Path path = bucket(file, bucket);
		if (!Files.exists(path)) {
			return;
		}
		List<String> header = Stream.concat(BUCKET_COLUMNS.stream(), file.columns().stream()).toList();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				long line = Long.parseLong(record.get("_line"));
				each.accept(CsvRow.checked(file, record, line, Integer.parseInt(record.get("_size")), layout, errors));
			}
		}
	}

	private Path bucket(CsvFile file, int bucket) {
		return work.resolve(file.fileName() + "." + bucket);
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
}
