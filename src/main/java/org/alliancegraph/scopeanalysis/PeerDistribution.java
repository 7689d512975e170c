package org.alliancegraph.scopeanalysis;

import java.util.Arrays;
import java.util.Collection;

/**
 * How one indicator is spread over the peers of a benchmark: its least and greatest values and its quartiles,
 * and the percentile of a value among them.
 *
 * <p>Quartiles. The quantile p of the n sorted values x<sub>0</sub> &le; … &le; x<sub>n-1</sub> is interpolated
 * linearly between the two values around the rank h = (n - 1) p: x<sub>&lfloor;h&rfloor;</sub> + (h -
 * &lfloor;h&rfloor;) (x<sub>&lfloor;h&rfloor;+1</sub> - x<sub>&lfloor;h&rfloor;</sub>) — the default of numpy's
 * {@code percentile} and R's {@code quantile} (type 7; R. J. Hyndman and Y. Fan, "Sample quantiles in statistical
 * packages", <i>The American Statistician</i> 50(4), 361–365, 1996). q1 is p = 0.25, the median 0.5, q3 0.75.
 *
 * <p>Percentile. The share, in %, of the values that are at most the given one: 100 for the greatest, 100 / n for
 * the least when it is alone there; equal values share the highest rank ("≤", not "&lt;").
 *
 * @param count the number of values
 */
record PeerDistribution(int count, double min, double q1, double median, double q3, double max, double[] sorted) {

	/** @param values at least one, all finite */
	static PeerDistribution of(Collection<Double> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("no value");
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new PeerDistribution(sorted.length, sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5),
				quantile(sorted, 0.75), sorted[sorted.length - 1], sorted);
	}

	/** The share of the values at most {@code value}, in %. */
	double percentileOf(double value) {
		int atMost = 0;
		while (atMost < sorted.length && sorted[atMost] <= value) {
			atMost++;
		}
		return 100.0 * atMost / sorted.length;
	}

	private static double quantile(double[] sorted, double p) {
		double h = (sorted.length - 1) * p;
		int below = (int) Math.floor(h);
		if (below + 1 >= sorted.length) {
			return sorted[below];
		}
		return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PeerDistribution that && Arrays.equals(sorted, that.sorted);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(sorted);
	}

	@Override
	public String toString() {
		return "PeerDistribution" + Arrays.toString(sorted);
	}
}
