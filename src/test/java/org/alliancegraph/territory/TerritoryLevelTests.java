package org.alliancegraph.territory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Code formats of the Code officiel géographique, on real codes (régions carry an R, see TerritoryLevel). */
class TerritoryLevelTests {

	@Test
	void shouldAcceptOfficialCodesOfEachLevel() {
		assertThat(TerritoryLevel.REGION.accepts("R84")).isTrue();
		assertThat(TerritoryLevel.REGION.accepts("R975")).isTrue();
		assertThat(TerritoryLevel.DEPARTEMENT.accepts("07")).isTrue();
		assertThat(TerritoryLevel.DEPARTEMENT.accepts("2A")).isTrue();
		assertThat(TerritoryLevel.DEPARTEMENT.accepts("971")).isTrue();
		assertThat(TerritoryLevel.DEPARTEMENT.accepts("988")).isTrue();
		assertThat(TerritoryLevel.EPCI.accepts("200073096")).isTrue();
		assertThat(TerritoryLevel.COMMUNE.accepts("07186")).isTrue();
		assertThat(TerritoryLevel.COMMUNE.accepts("2A004")).isTrue();
		assertThat(TerritoryLevel.CUSTOM.accepts("QPV-ANNONAY-CENTRE")).isTrue();
	}

	@Test
	void shouldRejectCodesOfAnotherShape() {
		assertThat(TerritoryLevel.REGION.accepts("84")).as("a bare région code is a département's").isFalse();
		assertThat(TerritoryLevel.DEPARTEMENT.accepts("7")).isFalse();
		assertThat(TerritoryLevel.DEPARTEMENT.accepts("990")).isFalse();
		assertThat(TerritoryLevel.EPCI.accepts("20007309")).isFalse();
		assertThat(TerritoryLevel.EPCI.accepts("200073097")).as("an EPCI code is a SIREN: its Luhn digit counts")
			.isFalse();
		assertThat(TerritoryLevel.COMMUNE.accepts("7186")).isFalse();
		assertThat(TerritoryLevel.COMMUNE.accepts("2C004")).isFalse();
	}

	@Test
	void shouldLetTerritoriesBelongUpwardsAndCustomAreasAnywhere() {
		assertThat(TerritoryLevel.COMMUNE.mayBePartOf(TerritoryLevel.EPCI)).isTrue();
		assertThat(TerritoryLevel.EPCI.mayBePartOf(TerritoryLevel.COMMUNE)).isFalse();
		assertThat(TerritoryLevel.REGION.mayBePartOf(TerritoryLevel.CUSTOM)).isTrue();
		assertThat(TerritoryLevel.CUSTOM.mayBePartOf(TerritoryLevel.COMMUNE)).isTrue();
	}
}
