package org.alliancegraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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

	@Test
	void onlyTheProjectionAndTheSchemaRunnerUseTheDriverDirectly() {
		noClasses().that()
			.resideOutsideOfPackages("org.alliancegraph.projection..", "org.alliancegraph.neo4j..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.neo4j.driver..")
			.check(CLASSES);
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.alliancegraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}
}
