package org.alliancegraph.scopeanalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Quartiles by linear interpolation (numpy's default, R type 7) and "at most" percentiles, worked out by hand. */
class PeerDistributionTests {

	private static final double EPSILON = 1e-12;

	@Test
	void shouldRefuseNoValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> PeerDistribution.of(List.of()));
	}

	/** One value is every statistic, and at the 100th percentile of itself. */
	@Test
	void shouldGiveASingleValueEverywhere() {
		PeerDistribution d = PeerDistribution.of(List.of(5.0));

		assertThat(List.of(d.min(), d.q1(), d.median(), d.q3(), d.max())).containsOnly(5.0);
		assertThat(d.percentileOf(5.0)).isEqualTo(100.0);
		assertThat(d.percentileOf(4.0)).isZero();
	}

	/**
	 * 1, 2, 3, 4: h = 3 p; q1 at h = 0.75: 1 + 0.75 (2 - 1) = 1.75; median at 1.5: 2.5; q3 at 2.25: 3.25 (numpy:
	 * percentile([1, 2, 3, 4], [25, 50, 75]) = 1.75, 2.5, 3.25).
	 */
	@Test
	void shouldInterpolateBetweenRanks() {
		PeerDistribution d = PeerDistribution.of(List.of(4.0, 2.0, 1.0, 3.0));

		assertThat(d.count()).isEqualTo(4);
		assertThat(d.min()).isEqualTo(1.0);
		assertThat(d.q1()).isCloseTo(1.75, within(EPSILON));
		assertThat(d.median()).isCloseTo(2.5, within(EPSILON));
		assertThat(d.q3()).isCloseTo(3.25, within(EPSILON));
		assertThat(d.max()).isEqualTo(4.0);
	}

	/** 1, 1, 3, 4, 5: h = 4 p falls on ranks 1, 2, 3: q1 1, median 3, q3 4. */
	@Test
	void shouldTakeTheValueOnAWholeRank() {
		PeerDistribution d = PeerDistribution.of(List.of(3.0, 1.0, 4.0, 1.0, 5.0));

		assertThat(d.q1()).isEqualTo(1.0);
		assertThat(d.median()).isEqualTo(3.0);
		assertThat(d.q3()).isEqualTo(4.0);
	}

	/** 0.1, 0.2, 0.7: q1 at h = 0.5: 0.15; median 0.2; q3 at 1.5: 0.45. */
	@Test
	void shouldInterpolateThreeValues() {
		PeerDistribution d = PeerDistribution.of(List.of(0.7, 0.1, 0.2));

		assertThat(d.q1()).isCloseTo(0.15, within(EPSILON));
		assertThat(d.median()).isCloseTo(0.2, within(EPSILON));
		assertThat(d.q3()).isCloseTo(0.45, within(EPSILON));
	}

	/** Of 1, 1, 3, 4, 5: at most 1 are two of five (40 %), at most 3 three (60 %), at most 5 all, below 1 none. */
	@Test
	void shouldCountEqualValuesAsAtMost() {
		PeerDistribution d = PeerDistribution.of(List.of(3.0, 1.0, 4.0, 1.0, 5.0));

		assertThat(d.percentileOf(1.0)).isCloseTo(40.0, within(EPSILON));
		assertThat(d.percentileOf(3.0)).isCloseTo(60.0, within(EPSILON));
		assertThat(d.percentileOf(5.0)).isEqualTo(100.0);
		assertThat(d.percentileOf(0.5)).isZero();
	}
}
