package org.alliancegraph;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionContext;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.alliancegraph");

	@Test
	void analysesArePureFunctionsOfGraphs() {
		noClasses().that()
			.resideInAPackage("org.alliancegraph.analysis..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.neo4j..", "jakarta.servlet..", "tools.jackson..",
					"com.fasterxml..", "org.alliancegraph.projection..", "org.alliancegraph.web..")
			.check(CLASSES);
	}

	/** Elsewhere, Spring Data Neo4j's repositories and Neo4jClient (which may map driver records) do. */
	@Test
	void onlyTheProjectionAndTheSchemaRunnerOpenDriverSessions() {
		noClasses().that()
			.resideOutsideOfPackages("org.alliancegraph.projection..", "org.alliancegraph.neo4j..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.belongToAnyOf(Driver.class, Session.class, Transaction.class,
					TransactionContext.class))
			.check(CLASSES);
	}

	/** The analyses, the report and the graph exports read the graph through the projection (or a service). */
	@Test
	void onlyTheProjectionReadsTheGraphForAnalyses() {
		noClasses().that()
			.resideInAnyPackage("org.alliancegraph.scopeanalysis..", "org.alliancegraph.report..",
					"org.alliancegraph.exchange.export..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j..")
			.check(CLASSES);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.alliancegraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	/** The rule above sees {@code exchange} as one slice. */
	@Test
	void exchangeSubPackagesHaveNoCycles() {
		slices().matching("org.alliancegraph.exchange.(*)..").should().beFreeOfCycles().check(CLASSES);
	}
}
