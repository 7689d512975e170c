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
	void shouldRequireEveryWordAsAWholeWordOrTheStartOfOne() {
		assertThat(NameSearch.query("Drôme")).isEqualTo("+(drome^2 drome*)");
		assertThat(NameSearch.query("  antenne   santé ")).isEqualTo("+(antenne^2 antenne*) +(sante^2 sante*)");
	}

	@Test
	void shouldReadStAndSteAsSaintAndSainte() {
		assertThat(NameSearch.query("st etienne")).isEqualTo("+(saint^2 saint*) +(etienne^2 etienne*)");
		assertThat(NameSearch.query("Ste-Foy")).isEqualTo("+(sainte^2 sainte*) +(foy^2 foy*)");
	}

	@Test
	void shouldKeepNothingOfLuceneSyntax() {
		assertThat(NameSearch.query("santé AND (drôme* OR \"x\")~2")).isEqualTo(
				"+(sante^2 sante*) +(and^2 and*) +(drome^2 drome*) +(or^2 or*) +(x^2 x*) +(2^2 2*)");
		assertThat(NameSearch.query(" -- + ")).isNull();
		assertThat(NameSearch.query(null)).isNull();
	}
}
