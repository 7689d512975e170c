package org.alliancegraph.exchange.importing;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.alliancegraph.actor.ActorService;
import org.alliancegraph.actor.ClaimedNumbers;
import org.alliancegraph.write.PendingKeys;
import org.alliancegraph.write.WriteOutcome;
import org.alliancegraph.partnership.PartnershipService;
import org.alliancegraph.project.ProjectService;
import org.alliancegraph.territory.TerritoryService;
import org.alliancegraph.web.InputErrors;
import org.springframework.stereotype.Component;

/**
 * How the entries of each import section are checked and written, in the order of writing: what an import does
 * with them, and what undoing one does with the content it replaced.
 */
@Component
class SectionWrites {

	/** Entries per chunk: each is validated with a few statements, and progress moves between chunks. */
	private static final int CHUNK = 5_000;

	private final List<Section<?>> all;

	SectionWrites(TerritoryService territories, ActorService actors, ProjectService projects,
			PartnershipService partnerships) {
		// territories go in one chunk: their PART_OF cycles are checked, and their links written, batch-wide
		this.all = List.of(
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
	}

	/** Every section, in the order of writing. */
	List<Section<?>> all() {
		return all;
	}

	/** The section {@code section} is. */
	@SuppressWarnings("unchecked")
	<T> Section<T> of(ImportSection<T> section) {
		return (Section<T>) all.stream().filter(s -> s.section() == section).findFirst().orElseThrow();
	}

	/** How a section's entries are checked and written, and how many go in a chunk. */
	record Section<T>(ImportSection<T> section, int chunk, Validation<T> validation, Upsert<T> upsert) {
	}

	@FunctionalInterface
	interface Validation<T> {

		void check(List<T> entries, PendingKeys pending, ClaimedNumbers claimed, InputErrors errors,
				IntFunction<InputErrors> errorsAt);
	}

	@FunctionalInterface
	interface Upsert<T> {

		List<WriteOutcome> write(List<T> entries, Consumer<T> replaced);
	}
}
