package org.alliancegraph.analysis.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class DomainGapsTests {

	private static final double EPSILON = 1e-9;

	@Test
	void shouldRejectNullAndInvalidInput() {
		assertThatNullPointerException().isThrownBy(() -> new DomainGaps(null, List.of()));
		assertThatNullPointerException().isThrownBy(() -> new DomainGaps(List.of(), null));
		assertThatNullPointerException().isThrownBy(() -> new DomainGaps(List.of(), List.of(), null));
		assertThatIllegalArgumentException().isThrownBy(() -> new DomainNeed("MOB", Double.NaN, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new DomainCoverage("MOB", -1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new DomainGaps(
				List.of(new DomainNeed("MOB", 1.2, List.of()), new DomainNeed("MOB", 1.5, List.of())), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new DomainGaps(List.of(),
				List.of(new DomainCoverage("MOB", 1, 1), new DomainCoverage("MOB", 2, 2))));
	}

	@Test
	void shouldFindNoGapWithoutNeeds() {
		assertThat(new DomainGaps(List.of(), List.of(new DomainCoverage("MOB", 0, 0))).gaps()).isEmpty();
	}

	@Test
	void shouldRankGapsBySeverity() {
		List<DomainNeed> needs = List.of(new DomainNeed("MOB", 1.4, List.of("taux de pauvreté")),
				new DomainNeed("SANTE", 1.05, List.of("densité de médecins")),
				new DomainNeed("ENERGIE", 1.3, List.of("précarité énergétique")),
				new DomainNeed("ALIM", 2.0, List.of()),
				new DomainNeed("CULTURE", 1.2, List.of("équipements culturels", "pratiques culturelles")),
				new DomainNeed("EMPLOI", 1.1, List.of("chômage")));
		List<DomainCoverage> coverage = List.of(new DomainCoverage("MOB", 1, 5), new DomainCoverage("SANTE", 0, 0),
				new DomainCoverage("ENERGIE", 4, 10), new DomainCoverage("CULTURE", 3, 2),
				new DomainCoverage("EMPLOI", 2, 3), new DomainCoverage("SPORT", 0, 0));

		List<DomainGap> gaps = new DomainGaps(needs, coverage).gaps();

		// severity = (need - 1) (1/(1+projects) + 1/(1+actors)) / 2:
		// ALIM 1 x (1 + 1)/2 = 1; MOB 0.4 x (1/2 + 1/6)/2 = 0.1333; CULTURE 0.2 x (1/4 + 1/3)/2 = 0.0583;
		// SANTE: need too low; ENERGIE and EMPLOI (2 projects, 3 actors): covered; SPORT: no need
		assertThat(gaps).extracting(DomainGap::domain).containsExactly("ALIM", "MOB", "CULTURE");
		assertThat(gaps).extracting(DomainGap::severity)
			.satisfiesExactly(s -> assertThat(s).isCloseTo(1.0, within(EPSILON)),
					s -> assertThat(s).isCloseTo(0.4 / 3, within(EPSILON)),
					s -> assertThat(s).isCloseTo(0.2 * 7 / 24, within(EPSILON)));
		assertThat(gaps).extracting(DomainGap::reason)
			.containsExactly("besoin élevé (2 fois la référence nationale) et aucun projet actif, aucun acteur",
					"besoin élevé (taux de pauvreté 1,4 fois la référence nationale) et un seul projet actif",
					"besoin élevé (équipements culturels, pratiques culturelles : 1,2 fois la référence "
							+ "nationale) et seulement 2 acteurs");
		assertThat(gaps.get(1)).isEqualTo(new DomainGap("MOB", 1.4, 1, 5, gaps.get(1).severity(),
				List.of("taux de pauvreté"), gaps.get(1).reason()));
	}

	@Test
	void shouldCountTheThresholdsAsIncluded() {
		// need exactly 1.1 is high; 1 project is few; 3 actors are enough
		List<DomainGap> gaps = new DomainGaps(List.of(new DomainNeed("EMPLOI", 1.1, List.of("chômage"))),
				List.of(new DomainCoverage("EMPLOI", 1, 3)))
			.gaps();

		assertThat(gaps).singleElement()
			.extracting(DomainGap::reason)
			.isEqualTo("besoin élevé (chômage 1,1 fois la référence nationale) et un seul projet actif");
	}

	@Test
	void shouldApplyCustomThresholds() {
		List<DomainNeed> needs = List.of(new DomainNeed("MOB", 1.25, List.of()));
		List<DomainCoverage> coverage = List.of(new DomainCoverage("MOB", 3, 1));

		assertThat(new DomainGaps(needs, coverage, new DomainGaps.Thresholds(1.3, 5, 0)).gaps()).isEmpty();
		assertThat(new DomainGaps(needs, coverage, new DomainGaps.Thresholds(1.2, 5, 0)).gaps()).singleElement()
			.extracting(DomainGap::reason)
			.isEqualTo("besoin élevé (1,25 fois la référence nationale) et 3 projets actifs");
		assertThat(new DomainGaps(needs, coverage, new DomainGaps.Thresholds(1.2, 0, 2)).gaps()).singleElement()
			.extracting(DomainGap::reason)
			.isEqualTo("besoin élevé (1,25 fois la référence nationale) et un seul acteur");
	}
}
