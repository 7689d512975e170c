package org.alliancegraph.exchange.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a large import has done so far, on disk, so that it can be undone: the keys it created, the content it
 * replaced and the versions it wrote, chunk by chunk. A chunk's line is forced to disk before its transaction
 * commits, so the journal always covers what is committed (it may name a little more, which undoing leaves as it
 * is). A journal that ends with its {@code done} line belongs to an import that finished; any other is undone (see
 * {@link ImportJournals}).
 *
 * <p>One JSON object a chunk: {@code {"section": "actors", "created": ["a1", …], "replaced": [{…the stored
 * actor…}], "versions": {"a1": 0, …}}}, and {@code {"done": true}} at the end.
 */
final class ImportJournal implements AutoCloseable {

	private final Path file;

	private final FileChannel channel;

	private final JsonMapper json;

	private final StringBuilder pending = new StringBuilder();

	private ImportJournal(Path file, FileChannel channel, JsonMapper json) {
		this.file = file;
		this.channel = channel;
		this.json = json;
	}

	static ImportJournal create(Path file, JsonMapper json) throws IOException {
		Files.createDirectories(file.getParent());
		return new ImportJournal(file,
				FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), json);
	}

	Path file() {
		return file;
	}

	/**
	 * What a chunk wrote: the keys it created, the stored content it replaced, and the version it gave each entity
	 * it changed (created or updated), by key. Undoing leaves an entity whose version has moved since.
	 */
	void chunk(ImportSection<?> section, List<String> created, List<?> replaced, Map<String, Long> versions) {
		if (!versions.isEmpty()) {
			line(Map.of("section", section.name(), "created", created, "replaced", replaced, "versions", versions));
		}
	}

	/** Writes the lines of the chunk and waits until they are on disk: call before the chunk commits. */
	void force() {
		try {
			ByteBuffer bytes = ByteBuffer.wrap(pending.toString().getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(false);
			pending.setLength(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The import finished: nothing to undo any more. */
	void done() {
		line(Map.of("done", true));
		force();
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}

	private void line(Map<String, ?> entry) {
		pending.append(json.writeValueAsString(entry)).append('\n');
	}

	/**
	 * Gives the lines of a journal on disk one by one, and tells whether it ends with its {@code done} line; an
	 * incomplete last line (cut by a stop) ends the reading.
	 */
	static boolean each(Path file, JsonMapper json, Consumer<JsonNode> line) throws IOException {
		boolean done = false;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (String text = reader.readLine(); text != null; text = reader.readLine()) {
				JsonNode node;
				try {
					node = json.readTree(text);
				}
				catch (RuntimeException ex) {
					break;
				}
				done = node.has("done");
				line.accept(node);
			}
		}
		return done;
	}
}
