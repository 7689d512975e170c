package org.alliancegraph.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.web.multipart.MultipartFile;

/**
 * CSV files of an import spooled to a temporary folder, each copied as a stream (never held in memory): a part
 * named {@code actors.csv} (or {@code actors}), or a zip of such files such as the {@code csv} export. Uploaded
 * parts disappear with their request; the spooled copy lives until {@link #close()}, so that a job can read it
 * later.
 */
final class CsvUpload implements CsvEntries.Sources, AutoCloseable {

	private final Path folder;

	private final Set<CsvFile> files = EnumSet.noneOf(CsvFile.class);

	private CsvUpload(Path folder) {
		this.folder = folder;
	}

	static CsvUpload of(Iterable<MultipartFile> parts) throws IOException {
		CsvUpload upload = new CsvUpload(Files.createTempDirectory("alliance-csv-"));
		try {
			for (MultipartFile part : parts) {
				String original = part.getOriginalFilename() == null ? "" : part.getOriginalFilename();
				if (original.endsWith(".zip") || "application/zip".equals(part.getContentType())) {
					try (InputStream in = part.getInputStream()) {
						upload.unzip(in);
					}
					continue;
				}
				Optional<CsvFile> file = CsvFile.named(part.getName()).or(() -> CsvFile.named(fileName(original)));
				if (file.isPresent()) {
					try (InputStream in = part.getInputStream()) {
						upload.copy(file.get(), in);
					}
				}
			}
			return upload;
		}
		catch (IOException | RuntimeException ex) {
			upload.close();
			throw ex;
		}
	}

	/** Zip entries are matched by their file name, whatever folder they are in. */
	private void unzip(InputStream in) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Optional<CsvFile> file = entry.isDirectory() ? Optional.empty() : CsvFile.named(fileName(entry.getName()));
				if (file.isPresent()) {
					copy(file.get(), zip);
				}
			}
		}
	}

	private void copy(CsvFile file, InputStream in) throws IOException {
		Files.copy(in, folder.resolve(file.fileName()), StandardCopyOption.REPLACE_EXISTING);
		files.add(file);
	}

	private static String fileName(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	@Override
	public Set<CsvFile> files() {
		return Set.copyOf(files);
	}

	@Override
	public InputStream open(CsvFile file) throws IOException {
		return Files.newInputStream(folder.resolve(file.fileName()));
	}

	@Override
	public long size(CsvFile file) throws IOException {
		return Files.size(folder.resolve(file.fileName()));
	}

	/** The bytes spooled, to choose between a synchronous import and a job. */
	long size() throws IOException {
		long size = 0;
		for (CsvFile file : files) {
			size += size(file);
		}
		return size;
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is not worth failing the import for
		}
	}
}
