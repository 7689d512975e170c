package org.alliancegraph.neo4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to date: schema files first, then initial data. Run before the HTTP port opens when the
 * database answers at start-up (always the case with the embedded server); otherwise as soon as it answers, while
 * the API refuses requests with 503 ({@link DatabaseAvailability}). Either way no request ever sees a database
 * without its constraints or a half-loaded demo.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton {

	private final SchemaMigrations migrations;

	private final ObjectProvider<InitialData> initialData;

	private final DatabaseAvailability availability;

	DatabaseInitializer(SchemaMigrations migrations, ObjectProvider<InitialData> initialData,
			DatabaseAvailability availability) {
		this.migrations = migrations;
		this.initialData = initialData;
		this.availability = availability;
	}

	@Override
	public void afterSingletonsInstantiated() {
		availability.initialise(this::initialise);
	}

	private void initialise() {
		migrations.migrate();
		initialData.orderedStream().forEach(InitialData::load);
	}
}
