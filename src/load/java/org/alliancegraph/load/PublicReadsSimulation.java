package org.alliancegraph.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The public reads that must hold load: each one alone, one after the other, at a constant arrival rate of
 * {@code load.rate} new requests per second (200) for {@code load.seconds} seconds (10), after a warm-up of the four
 * together. The run fails when a read's 99th percentile reaches {@value #P99_LIMIT_MS} ms or when any of its
 * requests fails (a status other than 200, a body without the expected content, no answer within
 * {@link #REQUEST_TIMEOUT}). Warm-up requests are reported under their own names and count in no verdict.
 * <p>
 * Each request comes from a new virtual user, hence on a new connection, as from distinct clients. A command, not a
 * test: run by {@code mvn -Pload verify} (see README).
 */
public class PublicReadsSimulation extends Simulation {

	static final int P99_LIMIT_MS = 100;

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "200"));

	private static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 10));

	/**
	 * Warm-up: users per second, each doing the four reads once, long enough for the JIT to compile the read paths
	 * (on 2 cores shared with the load generator, 10 s left the first measured read on interpreted code).
	 */
	private static final double WARM_UP_RATE = 25;

	private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warmUpSeconds", 40));

	/** A read: its name in the reports, its address, and what its answer must hold. */
	private record Read(String name, String path, String content) {

		HttpRequestActionBuilder request(String prefix) {
			return http(prefix + name).get(path)
				.requestTimeout(REQUEST_TIMEOUT)
				.check(status().is(200), jsonPath(content).exists());
		}
	}

	private static final List<Read> READS = List.of(
			new Read("actors territory=07", "/api/v1/actors?territory=07&size=20", "$.content[0].id"),
			new Read("actors territory=26 sector=ASSOCIATION", "/api/v1/actors?territory=26&sector=ASSOCIATION&size=20",
					"$.content[0].id"),
			new Read("partnerships territory=07", "/api/v1/partnerships?territory=07&size=20", "$.content[0].id"),
			new Read("catalysts territory=26", "/api/v1/analysis/catalysts?territory=26&limit=10",
					"$.catalysts[0].id"));

	private final ServiceUnderLoad service = new ServiceUnderLoad();

	{
		HttpProtocolBuilder protocol = http.baseUrl(service.baseUrl()).acceptHeader("application/json")
			// Gatling's own warm-up would call a host on the Internet; the warm-up phase below does the job here
			.disableWarmUp();
		ChainBuilder warmUpReads = exec(READS.stream().map(r -> exec(r.request("warm-up "))).toList());
		// each phase starts when the one before it is over: a.andThen(b.andThen(c…))
		PopulationBuilder measured = null;
		for (int i = READS.size() - 1; i >= 0; i--) {
			Read read = READS.get(i);
			PopulationBuilder phase = scenario(read.name()).exec(read.request(""))
				.injectOpen(constantUsersPerSec(RATE).during(DURATION));
			measured = measured == null ? phase : phase.andThen(measured);
		}
		PopulationBuilder run = scenario("warm-up").exec(warmUpReads)
			.injectOpen(constantUsersPerSec(WARM_UP_RATE).during(WARM_UP))
			.andThen(measured);
		List<Assertion> assertions = new ArrayList<>();
		for (Read read : READS) {
			// the verdict: p99 and errors; p50, p95 and max are asserted only as loosely as p99 implies (or, for
			// max, as the timeout does), so that Gatling prints their actual values beside it for each read
			assertions.add(details(read.name()).responseTime().percentile(50.0).lt(P99_LIMIT_MS));
			assertions.add(details(read.name()).responseTime().percentile(95.0).lt(P99_LIMIT_MS));
			assertions.add(details(read.name()).responseTime().percentile(99.0).lt(P99_LIMIT_MS));
			assertions.add(details(read.name()).responseTime().max().lte((int) REQUEST_TIMEOUT.toMillis()));
			assertions.add(details(read.name()).failedRequests().count().is(0L));
		}
		setUp(run).protocols(protocol).assertions(assertions);
	}

	@Override
	public void before() {
		service.start();
	}

	@Override
	public void after() {
		service.stop();
	}
}
