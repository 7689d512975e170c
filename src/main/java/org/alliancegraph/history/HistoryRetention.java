package org.alliancegraph.history;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the change records for {@code alliance.history.retention} (an ISO-8601 period such as {@code P2Y}; empty,
 * the default: keep everything), purging older ones every night at {@code alliance.history.purge-cron}.
 */
@Component
public class HistoryRetention {

	private static final Logger log = LoggerFactory.getLogger(HistoryRetention.class);

	/** Records deleted per transaction: a first purge of a long history stays in bounded transactions. */
	private static final int BATCH = 10_000;

	/** Oldest first, through the seq index: each batch stops at its limit instead of scanning every record. */
	private static final String PURGE = """
			MATCH (c:Change) WHERE c.seq IS NOT NULL AND c.at < $cutoff
			WITH c ORDER BY c.seq LIMIT $batch
			DELETE c
			RETURN count(*)""";

	private final Neo4jClient neo4j;

	private final @Nullable Period retention;

	HistoryRetention(Neo4jClient neo4j, @Value("${alliance.history.retention:}") String retention) {
		this.neo4j = neo4j;
		this.retention = parse(retention);
	}

	@Scheduled(cron = "${alliance.history.purge-cron:0 30 3 * * *}")
	void purgeNightly() {
		long purged = purge(Instant.now());
		if (purged > 0) {
			log.info("Historique : {} enregistrements de plus de {} supprimés / {} change records older than {}"
					+ " purged", purged, retention, purged, retention);
		}
	}

	/** Deletes the records older than the retention before {@code now}; returns how many. */
	long purge(Instant now) {
		if (retention == null) {
			return 0;
		}
		Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(retention).toInstant();
		long total = 0;
		long deleted;
		do {
			deleted = neo4j.query(PURGE)
				.bindAll(Map.of("cutoff", cutoff.atOffset(ZoneOffset.UTC), "batch", BATCH))
				.fetchAs(Long.class)
				.one()
				.orElse(0L);
			total += deleted;
		}
		while (deleted == BATCH);
		return total;
	}

	private static @Nullable Period parse(String retention) {
		if (retention.isBlank()) {
			return null;
		}
		try {
			Period period = Period.parse(retention.strip());
			if (period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("alliance.history.retention doit être une durée positive : "
						+ retention);
			}
			return period;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("alliance.history.retention n'est pas une période ISO-8601 (P30D, P6M,"
					+ " P2Y…) : « " + retention + " » / not an ISO-8601 period", ex);
		}
	}
}
