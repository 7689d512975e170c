package org.alliancegraph.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormatTests {

	private static final ReportFormat FR = new ReportFormat("fr");

	private static final ReportFormat EN = new ReportFormat("en");

	@Test
	void shouldWriteNumbersTheFrenchOrTheEnglishWay() {
		assertThat(FR.integer(524207)).isEqualTo("524\u00A0207");
		assertThat(EN.integer(524207)).isEqualTo("524,207");
		assertThat(FR.fixed(0.0546, 3)).isEqualTo("0,055");
		assertThat(EN.fixed(0.0546, 3)).isEqualTo("0.055");
		assertThat(FR.decimal(null, 2)).isEqualTo("–");
	}

	@Test
	void shouldWritePercentagesWithOneDecimalBelowTen() {
		assertThat(FR.percent(0.057)).isEqualTo("5,7\u00A0%");
		assertThat(EN.percent(0.41)).isEqualTo("41%");
		assertThat(FR.percent(0)).isEqualTo("0\u00A0%");
	}

	@Test
	void shouldWriteDatesInTheReportsLanguage() {
		assertThat(FR.date(LocalDate.of(2025, 12, 31))).isEqualTo("31 décembre 2025");
		assertThat(EN.date(LocalDate.of(2025, 12, 31))).isEqualTo("31 December 2025");
	}

	@Test
	void shouldFillNumberedPlaceholders() {
		assertThat(FR.fill("{0} sur {1}", 3, 10)).isEqualTo("3 sur 10");
	}
}
