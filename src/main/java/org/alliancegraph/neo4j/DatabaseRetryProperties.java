package org.alliancegraph.neo4j;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often an unreachable database is tried again in the background (see {@link DatabaseAvailability}): first
 * after {@code initialDelay}, then after twice the previous delay, up to {@code maxDelay}.
 *
 * @param initialDelay the first wait
 * @param maxDelay the longest wait, hence the longest time between the database's return and the service's
 */
@ConfigurationProperties("alliance.database.retry")
public record DatabaseRetryProperties(@DefaultValue("1s") Duration initialDelay,
		@DefaultValue("10s") Duration maxDelay) {
}
