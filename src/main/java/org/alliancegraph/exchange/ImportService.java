package org.alliancegraph.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.alliancegraph.actor.ActorService;
import org.alliancegraph.actor.ClaimedNumbers;
import org.alliancegraph.neo4j.PendingKeys;
import org.alliancegraph.neo4j.WriteOutcome;
import org.alliancegraph.partnership.PartnershipService;
import org.alliancegraph.project.ProjectService;
import org.alliancegraph.territory.TerritoryService;
import org.alliancegraph.web.InputError;
import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an import all or nothing, reading its entries three times and holding only their keys: first the keys
 * (a key given twice is an error), then the validation of every entry (all errors reported together, at their
 * place), then, only when nothing is wrong, the writing. Upserts are by key and skip entries already as in the
 * import, so importing the same content twice creates and updates nothing the second time.
 *
 * <p>An import of up to {@code alliance.import.single-transaction-entries} entries is validated and written in one
 * transaction. A larger one would hold all its changes in the embedded server's memory until it commits, so it is
 * written chunk by chunk, each chunk in its own transaction, with an {@link ImportJournal} on disk of what each
 * chunk created and replaced: if a chunk fails, or the service stops half-way, the journal undoes the import
 * (other readers may see it grow meanwhile). A dry run does the same work in transactions that are rolled back,
 * so its counts are exact.
 */
@Service
public class ImportService {

	/** Entries per chunk: each is validated with a few statements, and progress moves between chunks. */
	private static final int CHUNK = 5_000;

	/** At most this many errors are reported: beyond, the file is better fixed first. */
	static final int MAX_ERRORS = 1_000;

	private final List<Section<?>> sections;

	private final TransactionTemplate transaction;

	private final ImportJournals journals;

	private final int singleTransactionEntries;

	ImportService(TerritoryService territories, ActorService actors, ProjectService projects,
			PartnershipService partnerships, PlatformTransactionManager transactionManager, ImportJournals journals,
			ImportProperties properties) {
		// territories go in one chunk: their PART_OF cycles are checked, and their links written, batch-wide
		this.sections = List.of(
				new Section<>(ImportSection.TERRITORIES, Integer.MAX_VALUE,
						(entries, pending, claimed, errors, at) -> territories.validate(entries, pending, errors, at),
						territories::upsertAll),
				new Section<>(ImportSection.ACTORS, CHUNK, actors::validate, actors::upsertAll),
				new Section<>(ImportSection.PROJECTS, CHUNK,
						(entries, pending, claimed, errors, at) -> projects.validate(entries, pending, errors, at),
						projects::upsertAll),
				new Section<>(ImportSection.PARTNERSHIPS, CHUNK,
						(entries, pending, claimed, errors, at) -> partnerships.validate(entries, pending, errors, at),
						partnerships::upsertAll));
		this.transaction = new TransactionTemplate(transactionManager);
		this.journals = journals;
		this.singleTransactionEntries = properties.singleTransactionEntries();
	}

	/** How a section's entries are checked and written. */
	private record Section<T>(ImportSection<T> section, int chunk, Validation<T> validation, Upsert<T> upsert) {
	}

	@FunctionalInterface
	private interface Validation<T> {

		void check(List<T> entries, PendingKeys pending, ClaimedNumbers claimed, InputErrors errors,
				IntFunction<InputErrors> errorsAt);
	}

	@FunctionalInterface
	private interface Upsert<T> {

		List<WriteOutcome> write(List<T> entries, Consumer<T> replaced);
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
	<E> ImportResult apply(ImportEntries<E> source, boolean dryRun, ImportProgress progress) {
		try {
			Errors<E> errors = new Errors<>(source);
			errors.addAll(source.prepare());
			Keys keys = keys(source, errors);
			progress.counted(keys.total);
			PendingKeys pending = new PendingKeys(keys.of("territories"), keys.of("actors"), keys.of("projects"));
			if (keys.total <= singleTransactionEntries) {
				return transaction.execute(status -> {
					try {
						validate(source, pending, errors, progress);
						ImportResult.Tally tally = write(source, progress, null, false);
						if (dryRun) {
							status.setRollbackOnly();
						}
						return tally.result(dryRun);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			validate(source, pending, errors, progress);
			if (dryRun) {
				return write(source, progress, null, true).result(true);
			}
			ImportJournal journal = journals.open(UUID.randomUUID().toString());
			try {
				ImportResult result = write(source, progress, journal, false).result(false);
				journals.finished(journal);
				return result;
			}
			catch (RuntimeException ex) {
				try {
					journals.undo(journal);
				}
				catch (IOException | RuntimeException undo) {
					ex.addSuppressed(undo);
				}
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The keys of each section; a key given twice is an error at its second place. */
	private <E> Keys keys(ImportEntries<E> source, Errors<E> errors) throws IOException {
		Keys keys = new Keys();
		for (Section<?> s : sections) {
			collectKeys(source, s.section(), keys, errors);
		}
		return keys;
	}

	private <T, E> void collectKeys(ImportEntries<E> source, ImportSection<T> section, Keys keys, Errors<E> errors)
			throws IOException {
		Set<String> seen = keys.of(section.name());
		source.read(section, CHUNK, chunk -> {
			errors.addAll(chunk.readErrors());
			for (int i = 0; i < chunk.entries().size(); i++) {
				String key = section.key().apply(chunk.entries().get(i));
				if (key != null && !seen.add(key)) {
					errors.add(chunk.locate().apply(new InputError(section.name() + "[" + i + "]." + section.keyField(),
							key, "clé en double dans le document : déjà donnée plus haut")));
				}
			}
			keys.total += chunk.entries().size();
		});
	}

	/**
	 * Checks every entry, chunk by chunk; throws the source's rejection with every error found, those found while
	 * reading included (an entry with an unreadable cell is still checked, to report its other errors too).
	 */
	private <E> void validate(ImportEntries<E> source, PendingKeys pending, Errors<E> errors, ImportProgress progress)
			throws IOException {
		ClaimedNumbers claimed = new ClaimedNumbers();
		for (Section<?> s : sections) {
			validateSection(source, s, pending, claimed, errors, progress);
		}
		errors.throwIfAny();
	}

	private <T, E> void validateSection(ImportEntries<E> source, Section<T> s, PendingKeys pending,
			ClaimedNumbers claimed, Errors<E> errors, ImportProgress progress) throws IOException {
		String name = s.section().name();
		source.read(s.section(), s.chunk(), chunk -> {
			if (chunk.entries().isEmpty()) {
				return;
			}
			InputErrors found = new InputErrors();
			s.validation().check(chunk.entries(), pending, claimed, found.at(name), i -> found.at(name + "[" + i + "]"));
			found.list().forEach(e -> errors.add(chunk.locate().apply(e)));
			progress.validated(chunk.entries().size());
		});
	}

	/**
	 * Writes every section chunk by chunk: inside the caller's transaction when {@code journal} is null and not
	 * {@code rolledBack}; else each chunk in its own transaction, journaled, or rolled back for a dry run.
	 */
	private <E> ImportResult.Tally write(ImportEntries<E> source, ImportProgress progress,
			@Nullable ImportJournal journal, boolean rolledBack) throws IOException {
		ImportResult.Tally tally = new ImportResult.Tally();
		for (Section<?> s : sections) {
			writeSection(source, s, tally, progress, journal, rolledBack);
		}
		return tally;
	}

	private <T, E> void writeSection(ImportEntries<E> source, Section<T> s, ImportResult.Tally tally,
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
			else {
				outcomes = transaction.execute(status -> {
					List<Object> replaced = new ArrayList<>();
					List<WriteOutcome> written = s.upsert().write(entries, replaced::add);
					if (rolledBack) {
						status.setRollbackOnly();
					}
					else {
						List<String> created = new ArrayList<>();
						for (int i = 0; i < entries.size(); i++) {
							if (written.get(i) == WriteOutcome.CREATED) {
								created.add(s.section().key().apply(entries.get(i)));
							}
						}
						journal.created(s.section(), created);
						journal.replaced(s.section(), replaced);
						journal.force();
					}
					return written;
				});
			}
			outcomes.forEach(o -> tally.add(s.section().name(), o));
			progress.written(entries.size());
		});
	}

	/** The keys of each section, and how many entries there are. */
	private static final class Keys {

		private final Map<String, Set<String>> bySection = new HashMap<>();

		private long total;

		Set<String> of(String section) {
			return bySection.computeIfAbsent(section, s -> new HashSet<>());
		}
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
