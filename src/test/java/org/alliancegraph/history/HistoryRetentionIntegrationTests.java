package org.alliancegraph.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.alliancegraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The purge of change records older than the retention period, on records dated by hand. */
class HistoryRetentionIntegrationTests extends IntegrationTest {

	@Autowired
	Neo4jClient neo4j;

	/** Records of 1 December 2025, 29 and 31 January 2026 and 28 February 2026. */
	@BeforeEach
	void datedRecords() {
		cypher("""
				UNWIND [[1, '2025-12-01T10:00:00Z'], [2, '2026-01-29T23:59:59Z'], [3, '2026-01-31T00:00:00Z'],
				        [4, '2026-02-28T12:00:00Z']] AS r
				CREATE (:Change {seq: r[0], at: datetime(r[1]), kind: 'actor', key: 'a' + r[0], operation: 'UPDATED'})
				""");
	}

	@Test
	void shouldPurgeTheRecordsOlderThanTheRetentionOnly() {
		// 1 March 2026 minus 30 days is 30 January 2026, 00:00 UTC
		long purged = new HistoryRetention(neo4j, "P30D").purge(Instant.parse("2026-03-01T00:00:00Z"));

		assertThat(purged).isEqualTo(2);
		assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(2);
		assertThat(count("MATCH (c:Change) WHERE c.seq IN [3, 4] RETURN count(c)")).isEqualTo(2);
		assertThat(new HistoryRetention(neo4j, "P30D").purge(Instant.parse("2026-03-01T00:00:00Z"))).isZero();
	}

	@Test
	void shouldKeepEverythingByDefaultAndRefuseABadPeriod() {
		assertThat(new HistoryRetention(neo4j, "").purge(Instant.parse("2099-01-01T00:00:00Z"))).isZero();
		assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(4);
		assertThatThrownBy(() -> new HistoryRetention(neo4j, "30 jours"))
			.hasMessageStartingWith("alliance.history.retention n'est pas une période ISO-8601");
		assertThatThrownBy(() -> new HistoryRetention(neo4j, "P0D"))
			.hasMessage("alliance.history.retention doit être une durée positive : P0D");
	}
}
