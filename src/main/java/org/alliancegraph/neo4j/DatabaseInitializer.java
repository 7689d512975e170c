package org.alliancegraph.neo4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to date before the HTTP port opens: schema files first, then initial data.
 * Doing it here rather than in an {@code ApplicationRunner} means no request ever sees a database
 * without its constraints or a half-loaded demo.
 */
@Component
class DatabaseInitializer implements SmartInitializingSingleton {

	private final SchemaMigrations migrations;

	private final ObjectProvider<InitialData> initialData;

	DatabaseInitializer(SchemaMigrations migrations, ObjectProvider<InitialData> initialData) {
		this.migrations = migrations;
		this.initialData = initialData;
	}

	@Override
	public void afterSingletonsInstantiated() {
		migrations.migrate();
		initialData.orderedStream().forEach(InitialData::load);
	}
}
