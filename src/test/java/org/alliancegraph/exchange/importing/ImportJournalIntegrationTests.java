package org.alliancegraph.exchange.importing;

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

	private String setupImport;

	/**
	 * T1, 100 actors and 5 partnerships, all named or described "Avant": the large import renames them, and must
	 * give their names back.
	 */
	@BeforeEach
	void existingGraph() {
		setupImport = imports.apply(document(100, "Avant", 5), false).importId();
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
		assertThatThrownBy(() -> imports.apply(new Interfering(document, () -> {
		}, 20), false, ImportProgress.NONE))
			.isInstanceOf(Stop.class);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(2_500);
		assertThat(count("MATCH (a:Actor {name: 'Après'}) RETURN count(a)")).isEqualTo(2_500);
		assertThat(count("MATCH (x:Partnership) RETURN count(x)")).isEqualTo(20);
		assertThat(count("MATCH (x:Partnership {description: 'Alliance Après'}) RETURN count(x)")).isEqualTo(20);

		journals.load(); // what the start-up does

		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(before);
		journals.load(); // and the journal is gone: a second start changes nothing
		assertThat(get("/api/v1/exports?format=json").body()).isEqualTo(before);
		assertThat(count("MATCH (n) WHERE n:ImportJournal OR n:ImportJournalChunk RETURN count(n)")).isZero();
	}

	/**
	 * The journal of an import cut short on another instance is that instance's while it beats, even across this
	 * one's restart; once it is silent past the lease (here 3 s), a heartbeat here undoes the import.
	 */
	@Test
	void shouldUndoTheImportOfAnInstanceThatStoppedAndNotThatOfOneThatRuns() throws InterruptedException {
		ImportDocument document = document(2_500, "Après", 40);
		assertThatThrownBy(() -> imports.apply(new Interfering(document, () -> {
		}, 20), false, ImportProgress.NONE))
			.isInstanceOf(Stop.class);
		// the other instance beats before its journal is its own: a journal of an instance never seen is abandoned
		cypher("MERGE (i:ServiceInstance {id: 'other-instance'}) SET i.heartbeat = timestamp() + 3600000");
		cypher("MATCH (j:ImportJournal) SET j.owner = 'other-instance'");

		journals.load(); // this instance starts again: the other's import is not its own
		Thread.sleep(1_500); // and three of its heartbeats leave it alone

		assertThat(count("MATCH (a:Actor {name: 'Après'}) RETURN count(a)")).isEqualTo(2_500);
		assertThat(count("MATCH (j:ImportJournal {owner: 'other-instance'}) RETURN count(j)")).isEqualTo(1);

		cypher("MATCH (i:ServiceInstance {id: 'other-instance'}) SET i.heartbeat = timestamp() - 3001");
		long deadline = System.currentTimeMillis() + 30_000;
		while (count("MATCH (j:ImportJournal) RETURN count(j)") > 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}

		assertThat(count("MATCH (j:ImportJournal) RETURN count(j)")).isZero();
		assertThat(count("MATCH (c:ImportJournalChunk) RETURN count(c)")).isZero();
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

	@Test
	void shouldLeaveWhatOthersWroteDuringALargeImportThatFails() {
		List<ActorRequest> actors = new ArrayList<>(document(6_000, "Après", 0).actors());
		ActorRequest stale = actors.get(5_500);
		actors.set(5_500, new ActorRequest(stale.id(), stale.name(), stale.sector(), stale.locatedIn(),
				stale.activeIn(), null, null, null, null, null, null, List.of(), 7L));
		ImportDocument document = new ImportDocument(List.of(territory("Après")), actors, List.of(), List.of());

		assertThatThrownBy(() -> imports.apply(new Interfering(document, this::othersWriteMeanwhile, 0), false,
				ImportProgress.NONE))
			.hasMessageContaining("version");

		assertOthersWritesKept();
	}

	@Test
	void shouldLeaveWhatOthersWroteDuringALargeImportCutShortByAStop() {
		ImportDocument document = document(2_500, "Après", 40);
		assertThatThrownBy(() -> imports.apply(new Interfering(document, this::othersWriteMeanwhile, 20), false,
				ImportProgress.NONE))
			.isInstanceOf(Stop.class);

		journals.load(); // what the start-up does

		assertOthersWritesKept();
		assertThat(count("MATCH (x:Partnership) RETURN count(x)")).isEqualTo(5 + 1);
		assertThat(count("MATCH (x:Partnership {description: 'Alliance Avant'}) RETURN count(x)")).isEqualTo(5);
	}

	/**
	 * Between two chunks of the import, once its actors are written: an editor renames a0 (which the import had
	 * renamed) and a150 (which it created), deletes a50 (which it had renamed), and makes a partnership of a1 and
	 * a200 (which it created).
	 */
	private void othersWriteMeanwhile() {
		assertThat(put("/api/v1/actors/a0", actor("a0", "Édité", 1L)).status()).isEqualTo(200);
		assertThat(put("/api/v1/actors/a150", actor("a150", "Corrigé", 0L)).status()).isEqualTo(200);
		assertThat(delete("/api/v1/actors/a50").status()).isEqualTo(204);
		assertThat(post("/api/v1/partnerships", new PartnershipRequest("x-new", "GRANT",
				java.time.LocalDate.of(2024, 1, 1), null, null, "Alliance d'à côté",
				List.of(new MemberRequest("a1", "LEAD"), new MemberRequest("a200", "PARTNER")), List.of(), List.of(),
				null))
			.status()).isEqualTo(201);
	}

	/**
	 * The import is undone but for the editor's work: a0 and a150 as the editor left them, a50 still deleted, a200
	 * kept as the import wrote it because the new partnership uses it; every other actor as before the import.
	 */
	private void assertOthersWritesKept() {
		assertThat(get("/api/v1/actors/a0").json().get("name").asString()).isEqualTo("Édité");
		assertThat(get("/api/v1/actors/a150").json().get("name").asString()).isEqualTo("Corrigé");
		assertThat(get("/api/v1/actors/a50").status()).isEqualTo(404);
		assertThat(get("/api/v1/actors/a200").json().get("name").asString()).isEqualTo("Après");
		assertThat(get("/api/v1/partnerships/x-new").json().get("members")).hasSize(2);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(100 - 1 + 2);
		assertThat(count("MATCH (a:Actor {name: 'Avant'}) RETURN count(a)")).isEqualTo(100 - 2);
		assertThat(count("MATCH (t:Territory {code: 'T1', name: 'Territoire Avant'}) RETURN count(t)")).isEqualTo(1);
		assertThat(count("MATCH (x:Partnership) WHERE COUNT { (:Actor)-[:MEMBER_OF]->(x) } < 2 RETURN count(x)"))
			.isZero();
		// the history keeps the import's changes only where it was not taken back, and holds none of the undo
		try (var session = driver.session()) {
			List<String> changes = session.executeRead(tx -> tx.run("""
					MATCH (c:Change) WHERE c.importJob <> $setup
					RETURN c.kind + ' ' + c.key + ' ' + c.operation AS change ORDER BY change""",
					java.util.Map.of("setup", setupImport)).list(r -> r.get(0).asString()));
			assertThat(changes).containsExactly("actor a0 UPDATED", "actor a150 CREATED", "actor a200 CREATED", "actor a50 UPDATED");
		}
	}

	private static ActorRequest actor(String id, String name, Long version) {
		return new ActorRequest(id, name, "ASSOCIATION", "T1", List.of(), null, null, null, null, null, null,
				List.of(), version);
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

	/**
	 * A document read as an import reads it, with others' writes once its actors are written (after their second
	 * reading's first chunk), and, when {@code stopAfter} is above zero, a stop after that many partnerships of
	 * their second reading.
	 */
	private static final class Interfering implements ImportEntries<InputError> {

		private final DocumentEntries document;

		private final Runnable meanwhile;

		private final int stopAfter;

		private int actorReads;

		private int partnershipReads;

		Interfering(ImportDocument document, Runnable meanwhile, int stopAfter) {
			this.document = new DocumentEntries(document);
			this.meanwhile = meanwhile;
			this.stopAfter = stopAfter;
		}

		@Override
		public <T> void read(ImportSection<T> section, int size, Consumer<Chunk<T, InputError>> each) {
			if (section == ImportSection.ACTORS && ++actorReads == 2) {
				boolean[] first = { true };
				document.read(section, size, chunk -> {
					each.accept(chunk);
					if (first[0]) {
						first[0] = false;
						meanwhile.run();
					}
				});
			}
			else if (section == ImportSection.PARTNERSHIPS && ++partnershipReads == 2 && stopAfter > 0) {
				document.read(section, stopAfter, chunk -> {
					each.accept(chunk);
					throw new Stop();
				});
			}
			else {
				document.read(section, size, each);
			}
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
