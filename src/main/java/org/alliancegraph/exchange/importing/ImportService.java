package org.alliancegraph.exchange.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.alliancegraph.actor.ClaimedNumbers;
import org.alliancegraph.history.ChangeOrigin;
import org.alliancegraph.history.ChangeSource;
import org.alliancegraph.write.GraphWrites;
import org.alliancegraph.write.PendingKeys;
import org.alliancegraph.write.WriteOutcome;
import org.alliancegraph.web.InputError;
import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Applies an import all or nothing, reading its entries twice and holding only their keys: first to check every
 * entry (a key given twice is an error; all errors are reported together, at their place), then, only when nothing
 * is wrong, to write them. Upserts are by key and skip entries already as in the
 * import, so importing the same content twice creates and updates nothing the second time.
 *
 * <p>An import of up to {@code alliance.import.single-transaction-entries} entries is validated and written in one
 * transaction. A larger one would hold all its changes in the embedded server's memory until it commits, so it is
 * written chunk by chunk, each chunk in its own transaction, with an {@link ImportJournal} in the database of what each
 * chunk created and replaced: if a chunk fails, or the service stops half-way, the journal undoes the import
 * (other readers may see it grow meanwhile), but for what other writers changed or started using between its
 * chunks, which stays theirs. A dry run does the same work in transactions that are rolled back,
 * so its counts are exact.
 */
@Service
public class ImportService {

	/** At most this many errors are reported: beyond, the file is better fixed first. */
	private static final int MAX_ERRORS = 1_000;

	private final List<SectionWrites.Section<?>> sections;

	private final GraphWrites writes;

	private final ImportJournals journals;

	private final int singleTransactionEntries;

	ImportService(SectionWrites sections, GraphWrites writes, ImportJournals journals, ImportProperties properties) {
		this.sections = sections.all();
		this.writes = writes;
		this.journals = journals;
		this.singleTransactionEntries = properties.singleTransactionEntries();
	}

	/** A document in memory (the demo, a JSON request), its errors at their JSON path. */
	public ImportResult apply(ImportDocument document, boolean dryRun) {
		return apply(new DocumentEntries(document), dryRun, ImportProgress.NONE);
	}

	/**
	 * Reads, checks and writes an import, all or nothing.
	 *
	 * @param progress told how many entries have been read, validated, then written
	 * @throws RuntimeException the source's rejection ({@link ImportEntries#rejected}) when anything is wrong
	 */
	public <E> ImportResult apply(ImportEntries<E> entries, boolean dryRun, ImportProgress progress) {
		ChangeOrigin declared = ChangeOrigin.current();
		ChangeOrigin origin = declared.source() == ChangeSource.IMPORT && declared.importJob() != null ? declared
				: new ChangeOrigin(ChangeSource.IMPORT, declared.user(), ChangeOrigin.newImportId());
		try (ChangeOrigin.Declared imported = origin.declare()) {
			return write(new PrefetchedEntries<>(entries), dryRun, progress, origin.importJob())
				.withImportId(origin.importJob());
		}
	}

	private <E> ImportResult write(ImportEntries<E> source, boolean dryRun, ImportProgress progress,
			String importId) {
		try {
			long total = check(source, progress);
			progress.counted(total);
			if (total <= singleTransactionEntries) {
				Supplier<ImportResult> all = () -> {
					try {
						return write(source, progress, null, false).result(dryRun);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				};
				return dryRun ? writes.rehearse(all) : writes.write(all);
			}
			if (dryRun) {
				return write(source, progress, null, true).result(true);
			}
			ImportJournal journal = journals.open(importId);
			try {
				ImportResult result = write(source, progress, journal, false).result(false);
				journals.finished(journal);
				return result;
			}
			catch (RuntimeException ex) {
				try {
					journals.undo(journal);
				}
				catch (RuntimeException undo) {
					ex.addSuppressed(undo);
				}
				throw ex;
			}
			finally {
				journals.closed(journal);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks every entry as it is read, chunk by chunk, and returns how many there are; throws the source's
	 * rejection with every error found, those found while reading included (an entry with an unreadable cell is
	 * still checked, to report its other errors too). One pass is enough because an entry references only entries
	 * of the sections before its own (actors their territories, partnerships their actors and projects), whose keys
	 * are all known by then, or, for territories, of its own section, which is one chunk.
	 */
	private <E> long check(ImportEntries<E> source, ImportProgress progress) throws IOException {
		Errors<E> errors = new Errors<>(source);
		errors.addAll(source.prepare());
		Map<String, Set<String>> keys = new HashMap<>();
		ImportSection.ALL.forEach(s -> keys.put(s.name(), new HashSet<>()));
		PendingKeys pending = new PendingKeys(keys.get("territories"), keys.get("actors"), keys.get("projects"));
		ClaimedNumbers claimed = new ClaimedNumbers();
		long total = 0;
		for (SectionWrites.Section<?> s : sections) {
			total += checkSection(source, s, keys.get(s.section().name()), pending, claimed, errors, progress);
		}
		errors.throwIfAny();
		return total;
	}

	/** Checks the entries of a section; a key given twice is an error at its second place. */
	private <T, E> long checkSection(ImportEntries<E> source, SectionWrites.Section<T> s, Set<String> seen,
			PendingKeys pending, ClaimedNumbers claimed, Errors<E> errors, ImportProgress progress) throws IOException {
		ImportSection<T> section = s.section();
		String name = section.name();
		long[] count = { 0 };
		source.read(section, s.chunk(), chunk -> {
			errors.addAll(chunk.readErrors());
			List<T> entries = chunk.entries();
			for (int i = 0; i < entries.size(); i++) {
				String key = section.key().apply(entries.get(i));
				if (key != null && !seen.add(key)) {
					errors.add(chunk.locate().apply(new InputError(name + "[" + i + "]." + section.keyField(), key,
							"clé en double dans le document : déjà donnée plus haut")));
				}
			}
			if (!entries.isEmpty()) {
				InputErrors found = new InputErrors();
				s.validation().check(entries, pending, claimed, found.at(name), i -> found.at(name + "[" + i + "]"));
				found.list().forEach(e -> errors.add(chunk.locate().apply(e)));
			}
			count[0] += entries.size();
			progress.validated(entries.size());
		});
		return count[0];
	}

	/**
	 * Writes every section chunk by chunk: inside the caller's transaction when {@code journal} is null and not
	 * {@code rolledBack}; else each chunk in its own transaction, journaled, or rolled back for a dry run.
	 */
	private <E> ImportResult.Tally write(ImportEntries<E> source, ImportProgress progress,
			@Nullable ImportJournal journal, boolean rolledBack) throws IOException {
		ImportResult.Tally tally = new ImportResult.Tally();
		for (SectionWrites.Section<?> s : sections) {
			writeSection(source, s, tally, progress, journal, rolledBack);
		}
		return tally;
	}

	private <T, E> void writeSection(ImportEntries<E> source, SectionWrites.Section<T> s, ImportResult.Tally tally,
			ImportProgress progress, @Nullable ImportJournal journal, boolean rolledBack) throws IOException {
		source.read(s.section(), s.chunk(), chunk -> {
			List<T> entries = chunk.entries();
			if (entries.isEmpty()) {
				return;
			}
			List<WriteOutcome> outcomes;
			if (journal == null && !rolledBack) {
				outcomes = s.upsert().write(entries, stored -> {
				});
			}
			else if (rolledBack) {
				outcomes = writes.rehearse(() -> s.upsert().write(entries, stored -> {
				}));
			}
			else {
				outcomes = writes.write(() -> {
					List<Object> replaced = new ArrayList<>();
					List<WriteOutcome> written = s.upsert().write(entries, replaced::add);
					List<String> created = new ArrayList<>();
					List<String> changed = new ArrayList<>();
					for (int i = 0; i < entries.size(); i++) {
						String key = s.section().key().apply(entries.get(i));
						if (written.get(i) != WriteOutcome.UNCHANGED) {
							changed.add(key);
						}
						if (written.get(i) == WriteOutcome.CREATED) {
							created.add(key);
						}
					}
					journal.chunk(s.section(), created, replaced, journals.versions(s.section(), changed));
					return written;
				});
			}
			outcomes.forEach(o -> tally.add(s.section().name(), o));
			progress.written(entries.size());
		});
	}

	/** The errors of an import: each place once, at most {@link #MAX_ERRORS}. */
	private static final class Errors<E> {

		private final ImportEntries<E> source;

		private final List<E> list = new ArrayList<>();

		private final Set<String> places = new HashSet<>();

		private long more;

		Errors(ImportEntries<E> source) {
			this.source = source;
		}

		void add(E error) {
			if (list.size() >= MAX_ERRORS) {
				more++;
			}
			else if (places.add(source.place(error))) {
				list.add(error);
			}
		}

		void addAll(List<E> errors) {
			errors.forEach(this::add);
		}

		void throwIfAny() {
			if (list.isEmpty()) {
				return;
			}
			List<E> reported = new ArrayList<>(list);
			if (more > 0) {
				reported.add(source.general("… et " + more + " autres erreurs, non listées : corrigez d'abord"
						+ " celles-ci / and " + more + " more errors"));
			}
			throw source.rejected(reported);
		}
	}
}
