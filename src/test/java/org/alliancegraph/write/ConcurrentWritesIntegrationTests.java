package org.alliancegraph.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Twenty clients writing the same entity at the same moment, for each of the four resources: one wins, the
 * others are told why, nothing acknowledged is lost and nothing answers 5xx.
 */
class ConcurrentWritesIntegrationTests extends IntegrationTest {

	private static final int WRITERS = 20;

	private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(WRITERS);

	@Autowired
	private GraphWrites writes;

	@Autowired
	private Neo4jClient cypher;

	/** Valence in the Drôme, actors a1 to a3 seated there, project p1, partnership x1 of a1 and a2. */
	@BeforeEach
	void smallTerritory() {
		cypher("""
				CREATE (d:Territory {code: '26', name: 'Drôme', level: 'DEPARTEMENT', version: 0})
				CREATE (v:Territory {code: '26362', name: 'Valence', level: 'COMMUNE', version: 0})-[:PART_OF]->(d)
				CREATE (:Project {id: 'p1', name: 'Mobilité solidaire', phase: 'EXPERIMENTATION',
				                  start: date('2023-01-01'), version: 0})
				WITH v
				UNWIND ['a1', 'a2', 'a3'] AS id
				CREATE (a:Actor {id: id, name: 'Acteur ' + id, sector: 'ASSOCIATION', version: 0})-[:LOCATED_IN]->(v)
				""");
		cypher("""
				MATCH (a1:Actor {id: 'a1'}), (a2:Actor {id: 'a2'})
				CREATE (x:Partnership {id: 'x1', type: 'SOCIETAL_INNOVATION', start: date('2022-05-01'), version: 0})
				CREATE (a1)-[:MEMBER_OF {role: 'LEAD'}]->(x), (a2)-[:MEMBER_OF {role: 'PARTNER'}]->(x)""");
	}

	@AfterAll
	static void closeClients() {
		CLIENTS.shutdownNow();
	}

	/** A resource, how to write entity {@code key} with a content numbered {@code n}, and the field that shows it. */
	record Resource(String path, String key, String field, IntFunction<Map<String, Object>> body) {

		Map<String, Object> body(int n, Long version) {
			Map<String, Object> b = new LinkedHashMap<>(body.apply(n));
			b.put("version", version);
			return b;
		}

		@Override
		public String toString() {
			return path;
		}
	}

	static Stream<Arguments> resources() {
		return Stream.of(Arguments.of(territory("26100")), Arguments.of(actor("a9")), Arguments.of(project("p9")),
				Arguments.of(partnership("x9")));
	}

	private static Resource territory(String code) {
		return new Resource("territories", code, "name", n -> Map.of("code", code, "name", "Commune " + n,
				"level", "COMMUNE", "partOf", List.of("26")));
	}

	private static Resource actor(String id) {
		return new Resource("actors", id, "name", n -> Map.of("id", id, "name", "Acteur " + n, "sector",
				"ASSOCIATION", "locatedIn", "26362"));
	}

	private static Resource project(String id) {
		return new Resource("projects", id, "name", n -> Map.of("id", id, "name", "Projet " + n, "phase",
				"EXPERIMENTATION", "start", "2023-01-01", "targets", List.of("26362")));
	}

	private static Resource partnership(String id) {
		return new Resource("partnerships", id, "description", n -> Map.of("id", id, "type", "SOCIETAL_INNOVATION",
				"start", "2022-05-01", "description", "Alliance " + n, "members",
				List.of(Map.of("actor", "a1", "role", "LEAD"), Map.of("actor", "a3", "role", "PARTNER"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resources")
	void sameKeyCreatesMakeOneEntity(Resource resource) {
		List<Answer> answers = all(n -> post("/api/v1/" + resource.path(), resource.body(n, null)));

		List<Integer> statuses = answers.stream().map(Answer::status).toList();
		assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(WRITERS - 1);
		Answer winner = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
		Answer stored = get(entity(resource));
		assertThat(stored.json().path(resource.field()).asString())
			.isEqualTo(winner.json().path(resource.field()).asString());
		assertThat(stored.json().path("version").asLong()).isZero();
		answers.stream().filter(a -> a.status() == 409).forEach(a -> {
			assertThat(a.json().path("detail").asString()).contains("« " + resource.key() + " » existe déjà");
			assertThat(a.json().path("currentVersion").asLong()).isZero();
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resources")
	void sameVersionUpdatesKeepTheOneAcknowledged(Resource resource) {
		assertThat(post("/api/v1/" + resource.path(), resource.body(0, null)).status()).isEqualTo(201);

		List<Answer> answers = all(n -> put(entity(resource), resource.body(n + 1, 0L)));

		List<Integer> statuses = answers.stream().map(Answer::status).toList();
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(WRITERS - 1);
		Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
		Answer stored = get(entity(resource));
		assertThat(stored.json().path(resource.field()).asString())
			.isEqualTo(winner.json().path(resource.field()).asString());
		assertThat(stored.json().path("version").asLong()).isEqualTo(1);
		answers.stream()
			.filter(a -> a.status() == 409)
			.forEach(a -> assertThat(a.json().path("currentVersion").asLong()).isEqualTo(1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resources")
	void updatesWithoutVersionAreSerialised(Resource resource) {
		assertThat(post("/api/v1/" + resource.path(), resource.body(0, null)).status()).isEqualTo(201);

		List<Answer> answers = all(n -> put(entity(resource), resource.body(n + 1, null)));

		assertThat(answers).extracting(Answer::status).containsOnly(200);
		// each write made one version: 1 to 20, each told to exactly one writer, the last one stored
		List<Long> versions = answers.stream().map(a -> a.json().path("version").asLong()).sorted().toList();
		assertThat(versions).isEqualTo(Stream.iterate(1L, v -> v + 1).limit(WRITERS).toList());
		Answer last = answers.stream().filter(a -> a.json().path("version").asLong() == WRITERS).findFirst()
			.orElseThrow();
		Answer stored = get(entity(resource));
		assertThat(stored.json().path("version").asLong()).isEqualTo(WRITERS);
		assertThat(stored.json().path(resource.field()).asString())
			.isEqualTo(last.json().path(resource.field()).asString());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resources")
	void updatesAgainstADeletion(Resource resource) {
		assertThat(post("/api/v1/" + resource.path(), resource.body(0, null)).status()).isEqualTo(201);

		List<Answer> answers = all(n -> n == WRITERS / 2 ? delete(entity(resource))
				: put(entity(resource), resource.body(n + 1, 0L)));

		List<Integer> statuses = answers.stream().map(Answer::status).toList();
		assertThat(statuses).isSubsetOf(200, 204, 404, 409);
		assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 200).hasSizeLessThanOrEqualTo(1);
		assertThat(get(entity(resource)).status()).isEqualTo(404);
	}

	/**
	 * An actor deleted while a partnership naming it is created: either the deletion wins and the partnership is
	 * refused, or the partnership wins and the deletion is refused; never a partnership of one member.
	 */
	@RepeatedTest(5)
	void deletionAgainstAPartnershipThatUsesTheActor() {
		Map<String, Object> alliance = partnership("x9").body(0, null);
		List<Answer> answers = all(n -> switch (n) {
			case 0 -> delete("/api/v1/actors/a3");
			case 1 -> post("/api/v1/partnerships", alliance);
			default -> get("/api/v1/actors/a3");
		});
		int deletion = answers.get(0).status();
		int creation = answers.get(1).status();
		assertThat(answers).extracting(Answer::status).allMatch(s -> s < 500);
		if (deletion == 204) {
			assertThat(creation).isEqualTo(422);
			assertThat(get("/api/v1/partnerships/x9").status()).isEqualTo(404);
		}
		else {
			assertThat(deletion).isEqualTo(409);
			assertThat(creation).isEqualTo(201);
			assertThat(get("/api/v1/partnerships/x9").json().path("members")).hasSize(2);
		}
		assertThat(count("MATCH (x:Partnership) WHERE COUNT { (x)<-[:MEMBER_OF]-() } < 2 RETURN count(x)")).isZero();
	}

	/** A transient failure (what Neo4j answers to the victim of a deadlock) re-runs the whole transaction. */
	@Test
	void transientFailuresAreRetriedWithTheWholeTransaction() {
		AtomicInteger attempts = new AtomicInteger();
		String written = writes.write(() -> {
			cypher.query("MATCH (a:Actor {id: 'a1'}) SET a.name = a.name + ' !'").run();
			if (attempts.incrementAndGet() < 3) {
				throw new TransientDataAccessResourceException("Neo.TransientError.Transaction.DeadlockDetected");
			}
			return cypher.query("MATCH (a:Actor {id: 'a1'}) RETURN a.name").fetchAs(String.class).one().orElseThrow();
		});
		assertThat(attempts).hasValue(3);
		// the two failed attempts were rolled back: one ' !' only
		assertThat(written).isEqualTo("Acteur a1 !");

		AtomicInteger refused = new AtomicInteger();
		assertThatThrownBy(() -> writes.write(() -> {
			refused.incrementAndGet();
			throw new IllegalStateException("not transient");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(refused).hasValue(1);
	}

	private static String entity(Resource resource) {
		return "/api/v1/" + resource.path() + "/" + resource.key();
	}

	/** Sends {@link #WRITERS} requests released at the same instant; their answers, in the order of {@code n}. */
	private static List<Answer> all(IntFunction<Answer> request) {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Answer>> futures = new ArrayList<>();
		for (int n = 0; n < WRITERS; n++) {
			int i = n;
			futures.add(CLIENTS.submit(() -> {
				start.await();
				return request.apply(i);
			}));
		}
		start.countDown();
		List<Answer> answers = new ArrayList<>();
		Map<Integer, Integer> statuses = new HashMap<>();
		for (Future<Answer> f : futures) {
			try {
				Answer a = f.get();
				answers.add(a);
				statuses.merge(a.status(), 1, Integer::sum);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		assertThat(statuses.keySet()).as("no 5xx: %s", answers).allMatch(s -> s < 500);
		return answers;
	}
}
