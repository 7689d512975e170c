package org.alliancegraph.exchange.csv;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.springframework.web.multipart.MultipartFile;

/**
 * CSV files of an import spooled to a temporary folder, each copied as a stream (never held in memory): a part
 * named {@code actors.csv} (or {@code actors}), or a zip of such files such as the {@code csv} export. Uploaded
 * parts disappear with their request; the spooled copy lives until {@link #close()}, so that a job can read it
 * later. As an unknown column is refused, so is an unknown file (a part or a zip entry that names no file of the
 * import, folders and the hidden files of archivers aside), a file given twice and a zip that cannot be read: 422
 * with every such error, each at its file.
 */
public final class CsvUpload implements CsvSources, AutoCloseable {

	private final Path folder;

	private final Set<CsvFile> files = EnumSet.noneOf(CsvFile.class);

	/** Where each file came from: its part, or its zip and entry. */
	private final Map<CsvFile, String> origins = new EnumMap<>(CsvFile.class);

	private final List<CsvError> errors = new ArrayList<>();

	private CsvUpload(Path folder) {
		this.folder = folder;
	}

	public static CsvUpload of(Iterable<MultipartFile> parts) throws IOException {
		CsvUpload upload = new CsvUpload(Files.createTempDirectory("alliance-csv-"));
		try {
			for (MultipartFile part : parts) {
				String original = part.getOriginalFilename() == null ? "" : part.getOriginalFilename();
				if (original.endsWith(".zip") || "application/zip".equals(part.getContentType())) {
					String zip = original.isEmpty() ? part.getName() : original;
					try (InputStream in = part.getInputStream()) {
						upload.unzip(zip, in);
					}
					continue;
				}
				Optional<CsvFile> file = CsvFile.named(part.getName()).or(() -> CsvFile.named(fileName(original)));
				String origin = "partie « " + part.getName() + " »" + (original.isEmpty() ? "" : " (" + original + ")");
				if (file.isEmpty()) {
					upload.unknown(original.isEmpty() ? part.getName() : original, origin);
				}
				else if (upload.isNew(file.get(), origin)) {
					try (InputStream in = part.getInputStream()) {
						upload.copy(file.get(), in);
					}
				}
			}
			if (!upload.errors.isEmpty()) {
				throw new CsvInputException(upload.errors);
			}
			return upload;
		}
		catch (IOException | RuntimeException ex) {
			upload.close();
			throw ex;
		}
	}

	/** Zip entries are matched by their file name, whatever folder they are in. */
	private void unzip(String zip, InputStream in) throws IOException {
		int entries = 0;
		try (ZipInputStream archive = new ZipInputStream(in)) {
			for (ZipEntry entry = archive.getNextEntry(); entry != null; entry = archive.getNextEntry()) {
				entries++;
				String name = fileName(entry.getName());
				if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/") || name.startsWith(".")) {
					continue;
				}
				Optional<CsvFile> file = CsvFile.named(name);
				String origin = "entrée « " + entry.getName() + " » de " + zip;
				if (file.isEmpty()) {
					unknown(entry.getName(), origin);
				}
				else if (isNew(file.get(), origin)) {
					copy(file.get(), archive);
				}
			}
		}
		catch (ZipException | EOFException ex) {
			errors.add(CsvError.of(zip, 0, "", zip, "archive zip illisible (corrompue, tronquée ou chiffrée) : "
					+ "recréez-la, ou envoyez ses fichiers CSV un par un"));
			return;
		}
		if (entries == 0) {
			errors.add(CsvError.of(zip, 0, "", zip, "archive zip vide ou illisible : aucune entrée n'a pu être lue"));
		}
	}

	private void unknown(String name, String origin) {
		errors.add(CsvError.of(name, 0, "", name, "fichier inconnu (" + origin + ") : il est refusé, pas ignoré ;"
				+ " fichiers attendus : " + String.join(", ", Arrays.stream(CsvFile.values()).map(CsvFile::fileName)
					.toList()) + ", ou un zip de ces fichiers"));
	}

	/** A file given twice is an error: one of the two would be silently dropped. */
	private boolean isNew(CsvFile file, String origin) {
		String first = origins.putIfAbsent(file, origin);
		if (first != null) {
			errors.add(CsvError.of(file.fileName(), 0, "", file.fileName(), "fichier donné deux fois (" + first
					+ ", puis " + origin + ") : un seul de chaque est attendu"));
			return false;
		}
		return true;
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
	public long size() throws IOException {
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
