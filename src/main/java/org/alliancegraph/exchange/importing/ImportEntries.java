package org.alliancegraph.exchange.importing;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.alliancegraph.web.InputError;

/**
 * The entries of an import, section by section, read as often as the import needs (twice: to check them, then
 * to write them) without holding them all: a JSON document already in memory, or CSV
 * files. {@code E} is the kind of error the source reports, placed where the user can find it (a JSON path, or a
 * CSV file, line and column).
 */
public interface ImportEntries<E> {

	/** Errors found before any entry is read (an unknown column, an unreadable file…); called once, first. */
	default List<E> prepare() throws IOException {
		return List.of();
	}

	/** Streams the entries of {@code section}, in a stable order, in chunks of at most {@code size} entries. */
	<T> void read(ImportSection<T> section, int size, Consumer<Chunk<T, E>> each) throws IOException;

	/** An error about the import as a whole. */
	E general(String message);

	/** Where an error is, to report one place once. */
	String place(E error);

	/** The answer to an import with these errors (422), nothing having been written. */
	RuntimeException rejected(List<E> errors);

	/**
	 * Entries of one section, with the errors found while reading them and the way to place an error whose path
	 * is relative to the chunk ({@code actors[3].sector}, {@code 3} being the index in {@link #entries()}).
	 */
	record Chunk<T, E>(List<T> entries, List<E> readErrors, Function<InputError, E> locate) {
	}

	/** The path of an error of the entry {@code offset} places further in its section. */
	static InputError shifted(InputError error, String section, long offset) {
		String path = error.path();
		String prefix = section + "[";
		if (offset == 0 || !path.startsWith(prefix)) {
			return error;
		}
		int close = path.indexOf(']', prefix.length());
		long index = Long.parseLong(path.substring(prefix.length(), close)) + offset;
		return new InputError(prefix + index + path.substring(close), error.value(), error.message());
	}
}
