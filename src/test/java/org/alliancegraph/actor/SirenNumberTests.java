package org.alliancegraph.actor;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SirenNumberTests {

	@Nested
	class Siren {

		@Test
		void shouldAcceptTheExamplePublishedByInsee() {
			// INSEE's SIRET example 732 829 320 00074 is built on this SIREN
			assertThat(SirenNumber.isValidSiren("732829320")).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "552081317", "542051180", "552120222", "356000000" })
		void shouldAcceptRealSirens(String siren) {
			// EDF, TotalEnergies SE, Société Générale, La Poste
			assertThat(SirenNumber.isValidSiren(siren)).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "732829321", "732829330", "552081318", "123456789" })
		void shouldRejectAWrongCheckDigit(String siren) {
			assertThat(SirenNumber.isWellFormedSiren(siren)).isTrue();
			assertThat(SirenNumber.isValidSiren(siren)).isFalse();
		}

		@Test
		void shouldRejectTwoSwappedDigits() {
			// Luhn catches the transposition of adjacent digits (here 3 and 2 → 2 and 3)
			assertThat(SirenNumber.isValidSiren("723829320")).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "73282932", "7328293200", "732 829 320", "73282932O", "７３２８２９３２０" })
		void shouldRejectAnythingButNineAsciiDigits(String siren) {
			assertThat(SirenNumber.isWellFormedSiren(siren)).isFalse();
			assertThat(SirenNumber.isValidSiren(siren)).isFalse();
		}
	}

	@Nested
	class Siret {

		@Test
		void shouldAcceptTheExamplePublishedByInsee() {
			assertThat(SirenNumber.isValidSiret("73282932000074")).isTrue();
		}

		@Test
		void shouldRejectTheExampleWithAnotherCheckDigit() {
			assertThat(SirenNumber.isValidSiret("73282932000075")).isFalse();
		}

		@Test
		void shouldAcceptTheHeadOfficeOfLaPosteWhichFollowsLuhn() {
			assertThat(SirenNumber.luhn("35600000000048")).isTrue();
			assertThat(SirenNumber.isValidSiret("35600000000048")).isTrue();
		}

		@Test
		void shouldAcceptALaPosteEstablishmentByTheModulo5Rule() {
			// built by the rule (digit sum 50), not a published number: Luhn alone would reject it
			assertThat(SirenNumber.luhn("35600000049837")).isFalse();
			assertThat(SirenNumber.isValidSiret("35600000049837")).isTrue();
		}

		@Test
		void shouldNotApplyTheLaPosteRuleToOtherSirens() {
			// digit sum 50, a multiple of 5, but not La Poste and not Luhn-valid
			assertThat(SirenNumber.luhn("73282932000086")).isFalse();
			assertThat(SirenNumber.isValidSiret("73282932000086")).isFalse();
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "7328293200007", "732829320000740", "732829320 00074", "MONACOCONFO001" })
		void shouldRejectAnythingButFourteenAsciiDigits(String siret) {
			assertThat(SirenNumber.isWellFormedSiret(siret)).isFalse();
			assertThat(SirenNumber.isValidSiret(siret)).isFalse();
		}
	}

	@Nested
	class Luhn {

		@Test
		void shouldRejectAnEmptyOrNonDigitString() {
			assertThat(SirenNumber.luhn("")).isFalse();
			assertThat(SirenNumber.luhn("12a4")).isFalse();
		}

		@Test
		void shouldMatchTheTextbookExample() {
			// ISO/IEC 7812 example: 7992739871 with check digit 3
			assertThat(SirenNumber.luhn("79927398713")).isTrue();
			assertThat(SirenNumber.luhn("79927398710")).isFalse();
		}
	}
}
