package org.alliancegraph.exchange.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The entries of another source, read on a thread of their own one chunk ahead: parsing the files and building the
 * requests overlap with the database checking and writing the chunk before, which is most of the time of a large
 * import. At most two chunks wait, so memory stays bounded.
 */
final class PrefetchedEntries<E> implements ImportEntries<E> {

	private static final int AHEAD = 2;

	/** Ends the stream of chunks. */
	private static final Object END = new Object();

	private final ImportEntries<E> source;

	PrefetchedEntries(ImportEntries<E> source) {
		this.source = source;
	}

	@Override
	public List<E> prepare() throws IOException {
		return source.prepare();
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> void read(ImportSection<T> section, int size, Consumer<Chunk<T, E>> each) throws IOException {
		BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(AHEAD);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			try {
				source.read(section, size, chunk -> {
					try {
						chunks.put(chunk);
					}
					catch (InterruptedException ex) {
						throw new Abandoned();
					}
				});
			}
			catch (Abandoned ex) {
				return;
			}
			catch (Throwable ex) {
				failure.set(ex);
			}
			try {
				chunks.put(END);
			}
			catch (InterruptedException ex) {
				// the consumer has given up
			}
		}, "import-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			for (Object next = chunks.take(); next != END; next = chunks.take()) {
				each.accept((Chunk<T, E>) next);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrompu", ex);
		}
		finally {
			reader.interrupt();
			join(reader);
		}
		rethrow(failure.get());
	}

	private static void join(Thread reader) {
		try {
			reader.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void rethrow(Throwable failure) throws IOException {
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof UncheckedIOException io) {
			throw io.getCause();
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
	}

	@Override
	public E general(String message) {
		return source.general(message);
	}

	@Override
	public String place(E error) {
		return source.place(error);
	}

	@Override
	public RuntimeException rejected(List<E> errors) {
		return source.rejected(errors);
	}

	/** The consumer stopped taking chunks: the reader stops too. */
	private static final class Abandoned extends RuntimeException {

		Abandoned() {
			super(null, null, false, false);
		}
	}
}
