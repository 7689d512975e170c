package org.alliancegraph.neo4j;

import java.util.Locale;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code database}: UP only when the database is initialised and was answering when last
 * tried ({@link DatabaseAvailability}). It belongs to the readiness group with Boot's {@code neo4j} check (which
 * asks the server each time), so an instance that has not finished its initialisation, or lost its database, is
 * taken out of rotation while it stays alive.
 */
@Component
class DatabaseHealthIndicator implements HealthIndicator {

	private final DatabaseAvailability availability;

	DatabaseHealthIndicator(DatabaseAvailability availability) {
		this.availability = availability;
	}

	@Override
	public Health health() {
		DatabaseAvailability.State state = availability.state();
		Health.Builder health = state == DatabaseAvailability.State.READY ? Health.up() : Health.down();
		return health.withDetail("state", state.name().toLowerCase(Locale.ROOT)).build();
	}
}
