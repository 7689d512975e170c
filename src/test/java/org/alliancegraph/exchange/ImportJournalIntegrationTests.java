package org.alliancegraph.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.alliancegraph.IntegrationTest;
import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.territory.TerritoryRequest;
import org.alliancegraph.web.InputError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A large import (above the tests' single-transaction limit of 2,000 entries) writes chunk by chunk and journals
 * what each chunk created and replaced: when it fails, and when the service stops half-way and starts again, the
 * graph is again exactly what it was before the import — entries it updated included.
 */
class ImportJournalIntegrationTests extends IntegrationTest {

	@Autowired
	ImportService imports;

	@Autowired
	ImportJournals journals;

	private String before;

	/**
	 * T1, 100 actors and 5 partnerships, all named or described "Avant": the large import renames them, and must
	 * give their names back.
	 */
	@BeforeEach
	void existingGraph() {
		imports.apply(document(100, "Avant", 5), false);
		before = get("/api/v1/exports?format=json").body();
		assertThat(before).contains("\"Avant\"", "\"Territoire Avant\"", "\"Alliance Avant\"");
	}

	@Test
	void shouldRestoreWhatALargeImportReplacedAndCreatedWhenAChunkFails() throws InterruptedException {
		// a stale version is found only when its chunk (the second of actors) is written
		List<ActorRequest> actors = new ArrayList<>(document(6_000, "Après", 0).actors());
		ActorRequest stale = actors.get(5_500);
		actors.set(5_500, new ActorRequest(stale.id(), stale.name(), stale.sector(), stale.locatedIn(),
				stale.activeIn(), null, null, null, null, null, null, List.of(), 7L));
		ImportDocument document = new ImportDocument(List.of(territory("Après")), actors, List.of(), List.of());

		assertThatThrownBy(() -> imports.apply(document, false)).hasMessageContaining("version");

		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(before);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(100);
	}

	@Test
	void shouldUndoAnImportCutShortByAStopWhenTheServiceStartsAgain() {
		ImportDocument document = document(2_500, "Après", 40);
		// a stop in the middle of writing the partnerships: the chunks before it are committed, the journal open
		assertThatThrownBy(() -> imports.apply(new StoppingAfter(document, 2, 20), false, ImportProgress.NONE))
			.isInstanceOf(Stop.class);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(2_500);
		assertThat(count("MATCH (a:Actor {name: 'Après'}) RETURN count(a)")).isEqualTo(2_500);
		assertThat(count("MATCH (x:Partnership) RETURN count(x)")).isEqualTo(20);
		assertThat(count("MATCH (x:Partnership {description: 'Alliance Après'}) RETURN count(x)")).isEqualTo(20);

		journals.load(); // what the start-up does

		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(before);
		journals.load(); // and the journal is gone: a second start changes nothing
		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(before);
	}

	@Test
	void shouldKeepALargeImportThatFinished() {
		ImportResult result = imports.apply(document(2_500, "Après", 40), false);
		String after = get("/api/v1/exports?format=json").body();

		journals.load();

		assertThat(result.created()).isEqualTo(2_400 + 35);
		assertThat(result.updated()).isEqualTo(1 + 100 + 5);
		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(after);
	}

	/**
	 * T1, {@code actors} actors named {@code name}, {@code partnerships} partnerships of two of them; the territory's
	 * name and the partnerships' description say {@code name} too.
	 */
	private static ImportDocument document(int actors, String name, int partnerships) {
		List<ActorRequest> a = new ArrayList<>();
		for (int i = 0; i < actors; i++) {
			a.add(new ActorRequest("a" + i, name, "ASSOCIATION", "T1", List.of(), null, null, null, null, null, null,
					List.of(), null));
		}
		List<PartnershipRequest> x = new ArrayList<>();
		for (int i = 0; i < partnerships; i++) {
			x.add(new PartnershipRequest("x" + i, "GRANT", java.time.LocalDate.of(2020, 1, 1), null, null,
					"Alliance " + name,
					List.of(new MemberRequest("a" + i, "LEAD"), new MemberRequest("a" + (i + 1), "PARTNER")), List.of(),
					List.of(), null));
		}
		return new ImportDocument(List.of(territory(name)), a, List.of(), x);
	}

	private static TerritoryRequest territory(String name) {
		return new TerritoryRequest("T1", "Territoire " + name, "CUSTOM", null, List.of(), java.util.Map.of(), null);
	}

	/** What a killed process does to a running import: it stops, and nothing after runs, no undo either. */
	static final class Stop extends Error {

		Stop() {
			super("arrêt simulé");
		}
	}

	/** A document whose partnerships, on their {@code pass}-th reading, stop after {@code after} entries. */
	private static final class StoppingAfter implements ImportEntries<InputError> {

		private final DocumentEntries document;

		private final int pass;

		private final int after;

		private int partnershipReads;

		StoppingAfter(ImportDocument document, int pass, int after) {
			this.document = new DocumentEntries(document);
			this.pass = pass;
			this.after = after;
		}

		@Override
		public <T> void read(ImportSection<T> section, int size, Consumer<Chunk<T, InputError>> each) {
			if (section != ImportSection.PARTNERSHIPS || ++partnershipReads < pass) {
				document.read(section, size, each);
				return;
			}
			document.read(section, after, chunk -> {
				each.accept(chunk);
				throw new Stop();
			});
		}

		@Override
		public InputError general(String message) {
			return document.general(message);
		}

		@Override
		public String place(InputError error) {
			return document.place(error);
		}

		@Override
		public RuntimeException rejected(List<InputError> errors) {
			return document.rejected(errors);
		}
	}
}
