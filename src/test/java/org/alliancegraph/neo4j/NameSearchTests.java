package org.alliancegraph.neo4j;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSearchTests {

	@Test
	void shouldFoldAccentsLigaturesAndCase() {
		assertThat(NameSearch.fold("Œuvre de Santé, DRÔME")).isEqualTo("oeuvre de sante, drome");
		assertThat(NameSearch.fold("Saint-Étienne Ærø Straße")).isEqualTo("saint-etienne aero strasse");
	}

	@Test
	void shouldRequireEveryWordAsAWholeWordOrTheStartOfOneAlsoAfterAnElision() {
		assertThat(NameSearch.query("Drôme")).isEqualTo(clause("drome"));
		assertThat(NameSearch.query("  antenne   santé ")).isEqualTo(clause("antenne") + " " + clause("sante"));
	}

	@Test
	void shouldReadStAndSteAsSaintAndSainte() {
		assertThat(NameSearch.query("st etienne")).isEqualTo(clause("saint") + " " + clause("etienne"));
		assertThat(NameSearch.query("Ste-Foy")).isEqualTo(clause("sainte") + " " + clause("foy"));
	}

	@Test
	void shouldKeepNothingOfLuceneSyntax() {
		assertThat(NameSearch.query("santé AND (drôme* OR \"x\")~2")).isEqualTo(String.join(" ", clause("sante"),
				clause("and"), clause("drome"), clause("or"), clause("x"), clause("2")));
		assertThat(NameSearch.query(" -- + ")).isNull();
		assertThat(NameSearch.query(null)).isNull();
	}

	/** The clause of one word, written out by hand. */
	private static String clause(String w) {
		return "+(" + w + "^2 " + w + "* l'" + w + "* d'" + w + "* j'" + w + "* m'" + w + "* n'" + w + "* s'" + w
				+ "* t'" + w + "* c'" + w + "* qu'" + w + "*)";
	}
}
