package org.alliancegraph.analysis.catalyst;

/**
 * How {@link CatalystAnalysis} computes betweenness: exactly up to a number of actors, estimated above
 * it with a stated guarantee — with probability at least {@code 1 - delta}, every normalised
 * betweenness is within {@code epsilon} of the exact one ({@link PathSampledBetweenness}).
 *
 * <p>The defaults ({@link #defaults()}) are exact betweenness up to {@value #DEFAULT_EXACT_THRESHOLD}
 * actors, then {@code epsilon = }{@value #DEFAULT_EPSILON} and {@code delta = }{@value #DEFAULT_DELTA},
 * seed {@value #DEFAULT_SEED}. Why:
 * <ul>
 * <li>exact betweenness costs one breadth-first search per actor ({@code O(n m)}, quadratic on sparse
 * graphs), too slow for an interactive request beyond the threshold; the estimate costs a number of
 * samples that depends on epsilon, delta and the vertex diameter, not on the number of actors, each
 * sample a bidirectional search that visits a small part of the graph;</li>
 * <li>the normalised betweenness of the most central actors of a territorial network of thousands of
 * actors is of the order of 0.01 or less, and the actors around rank 20 differ by far less than that,
 * so epsilon has to be a fraction of it for the error bound to mean anything for the ranking. The
 * default epsilon, with the top-{@value PathSampledBetweenness#DEFAULT_TOP_K} refinement of
 * {@link PathSampledBetweenness} (which samples up to four times more while the top 20 are not
 * separated), is chosen for two targets measured on the synthetic alliance graphs of the benches: a
 * betweenness top 20 that agrees with the exact one on at least 18 actors at 20,000 actors (half the
 * samples miss it on a noticeable share of seeds), and the whole catalyst analysis of 100,000 actors
 * and 400,000 ties within about ten seconds on two cores ({@code AnalysisBench} measures both,
 * {@code BetweennessAccuracyBench} the first over many seeds); the two pull in opposite directions,
 * so there is little room either way;</li>
 * <li>delta = {@value #DEFAULT_DELTA}: the sample count grows only with {@code ln(1 / delta)}, and one
 * report in ten exceeding the stated error is acceptable for a ranking whose other figures are exact
 * (the measured errors are far below epsilon in practice, the bound being a worst case).</li>
 * </ul>
 * Lower epsilon (or raise the threshold) for offline reports.
 *
 * @param exactThreshold the largest number of actors for which betweenness is exact; at least 0
 * @param epsilon the largest error of an estimated normalised betweenness; in (0, 1)
 * @param delta the probability that some estimate errs by more than epsilon; in (0, 1)
 * @param seed the seed of the samples, for reproducible reports
 */
public record CatalystOptions(int exactThreshold, double epsilon, double delta, long seed) {

	/** Default {@link #exactThreshold()}. */
	public static final int DEFAULT_EXACT_THRESHOLD = 5_000;

	/** Default {@link #epsilon()}. */
	public static final double DEFAULT_EPSILON = 0.008;

	/** Default {@link #delta()}. */
	public static final double DEFAULT_DELTA = 0.1;

	/** Default {@link #seed()}. */
	public static final long DEFAULT_SEED = 17L;

	public CatalystOptions {
		if (exactThreshold < 0) {
			throw new IllegalArgumentException("exactThreshold must be at least 0, was " + exactThreshold);
		}
		if (!(epsilon > 0 && epsilon < 1)) {
			throw new IllegalArgumentException("epsilon must be in (0, 1), was " + epsilon);
		}
		if (!(delta > 0 && delta < 1)) {
			throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
		}
	}

	/** @return the default options */
	public static CatalystOptions defaults() {
		return new CatalystOptions(DEFAULT_EXACT_THRESHOLD, DEFAULT_EPSILON, DEFAULT_DELTA, DEFAULT_SEED);
	}

	/** @return options that always compute exact betweenness */
	public static CatalystOptions exact() {
		return new CatalystOptions(Integer.MAX_VALUE, DEFAULT_EPSILON, DEFAULT_DELTA, DEFAULT_SEED);
	}

	/**
	 * @param epsilon the largest error, in (0, 1)
	 * @param delta the probability of a larger error, in (0, 1)
	 * @param seed the seed of the samples
	 * @return options that always estimate betweenness, whatever the number of actors
	 */
	public static CatalystOptions sampled(double epsilon, double delta, long seed) {
		return new CatalystOptions(0, epsilon, delta, seed);
	}
}
