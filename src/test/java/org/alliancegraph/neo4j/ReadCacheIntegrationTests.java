package org.alliancegraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The answers kept by data stamp: computed once while nothing changes, computed again after any write of the
 * service, never kept when they fail; and the lists, which go through it, show an edit at once.
 */
class ReadCacheIntegrationTests extends IntegrationTest {

	@Autowired
	ReadCache reads;

	/** Valence in the Drôme, actor a1 seated there. */
	@BeforeEach
	void smallTerritory() {
		cypher("""
				CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})
				CREATE (v:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				CREATE (:Actor {id: 'a1', name: 'Acteur a1', sector: 'ASSOCIATION', version: 0})-[:LOCATED_IN]->(v)
				""");
	}

	@Test
	void shouldComputeAReadOnceWhileTheDataIsUnchangedAndAgainAfterAWrite() {
		AtomicInteger computed = new AtomicInteger();

		assertThat((Integer) reads.get("test", computed::incrementAndGet, "26", null)).isEqualTo(1);
		assertThat((Integer) reads.get("test", computed::incrementAndGet, "26", null)).isEqualTo(1);
		assertThat((Integer) reads.get("test", computed::incrementAndGet, "07", null)).as("other arguments")
			.isEqualTo(2);
		assertThat((Integer) reads.get("other", computed::incrementAndGet, "26", null)).as("another read")
			.isEqualTo(3);

		Answer renamed = put("/api/v1/actors/a1", actorA1("Acteur renommé", 0));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

		assertThat((Integer) reads.get("test", computed::incrementAndGet, "26", null)).as("after a write")
			.isEqualTo(4);
		assertThat((Integer) reads.get("test", computed::incrementAndGet, "26", null)).isEqualTo(4);
	}

	@Test
	void shouldNotKeepAReadThatFailed() {
		AtomicInteger computed = new AtomicInteger();

		assertThatThrownBy(() -> reads.get("failing", () -> {
			computed.incrementAndGet();
			throw new IllegalStateException("refusée");
		})).hasMessage("refusée");
		assertThat((String) reads.get("failing", () -> "answer " + computed.incrementAndGet())).isEqualTo("answer 2");
	}

	@Test
	void shouldComputeSimultaneousIdenticalReadsOnce() throws Exception {
		AtomicInteger computed = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(clients.submit(() -> {
					start.await();
					return reads.get("slow", () -> {
						sleep(300);
						return computed.incrementAndGet();
					}, "26");
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(1);
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(computed).hasValue(1);
	}

	@Test
	void shouldShowAnEditInTheNextListRead() {
		assertThat(names(get("/api/v1/actors?territory=26&size=20"))).containsExactly("Acteur a1");

		Answer renamed = put("/api/v1/actors/a1", actorA1("Acteur renommé", 0));
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);

		assertThat(names(get("/api/v1/actors?territory=26&size=20"))).containsExactly("Acteur renommé");
		assertThat(get("/api/v1/actors?territory=26&size=20&sector=NOPE").status()).as("filters still checked")
			.isEqualTo(422);
	}

	private static Map<String, Object> actorA1(String name, long version) {
		return Map.of("id", "a1", "name", name, "sector", "ASSOCIATION", "locatedIn", "26362", "version", version);
	}

	private static List<String> names(Answer page) {
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		page.json().get("content").forEach(actor -> names.add(actor.get("name").asString()));
		return names;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
