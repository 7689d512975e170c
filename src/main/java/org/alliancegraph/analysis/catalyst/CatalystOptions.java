package org.alliancegraph.analysis.catalyst;

/**
 * How {@link CatalystAnalysis} computes betweenness: exactly up to a number of actors, estimated from a
 * sample of sources above it.
 *
 * <p>The defaults ({@link #defaults()}) are exact betweenness up to {@value #DEFAULT_EXACT_THRESHOLD}
 * actors and {@value #DEFAULT_SAMPLE_SIZE} sampled sources above, seed {@value #DEFAULT_SEED}. Why:
 * exact betweenness costs one breadth-first search per actor ({@code O(n m)}, quadratic on sparse
 * graphs): about 1.5 s of processor time at 5,000 actors and 20,000 ties, four times that at 10,000
 * and a hundred times at 50,000 (see {@code AnalysisBench}), too slow for an interactive request
 * beyond the threshold. Above it the estimate costs k searches, growing only with m. With {@value #DEFAULT_SAMPLE_SIZE} sources on the
 * synthetic alliance graphs of {@code AnalysisBench}, the top 20 of the composite catalyst ranking
 * matched the exact one for 20 of 20 actors at 10,000 actors and 18 of 20 at 50,000, while the top 20
 * by betweenness alone matched for 16 and 8 of 20: the estimate orders actors of close betweenness
 * loosely (see {@link SampledBetweenness} for the error bound), the other figures of the report are
 * always exact, and the composite score absorbs most of the noise. Raise the threshold or the sample
 * for offline reports.
 *
 * @param exactThreshold the largest number of actors for which betweenness is exact; at least 0
 * @param sampleSize the number of sources sampled above the threshold; at least 1 (a sample of at
 *     least n sources is the exact computation)
 * @param seed the seed of the sample, for reproducible reports
 */
public record CatalystOptions(int exactThreshold, int sampleSize, long seed) {

	/** Default {@link #exactThreshold()}. */
	public static final int DEFAULT_EXACT_THRESHOLD = 5_000;

	/** Default {@link #sampleSize()}. */
	public static final int DEFAULT_SAMPLE_SIZE = 1_000;

	/** Default {@link #seed()}. */
	public static final long DEFAULT_SEED = 17L;

	public CatalystOptions {
		if (exactThreshold < 0) {
			throw new IllegalArgumentException("exactThreshold must be at least 0, was " + exactThreshold);
		}
		if (sampleSize < 1) {
			throw new IllegalArgumentException("sampleSize must be at least 1, was " + sampleSize);
		}
	}

	/** @return the default options */
	public static CatalystOptions defaults() {
		return new CatalystOptions(DEFAULT_EXACT_THRESHOLD, DEFAULT_SAMPLE_SIZE, DEFAULT_SEED);
	}

	/** @return options that always compute exact betweenness */
	public static CatalystOptions exact() {
		return new CatalystOptions(Integer.MAX_VALUE, DEFAULT_SAMPLE_SIZE, DEFAULT_SEED);
	}

	/**
	 * @param sampleSize the number of sources, at least 1
	 * @param seed the seed of the sample
	 * @return options that always estimate betweenness from that many sources (exact when they reach n)
	 */
	public static CatalystOptions sampled(int sampleSize, long seed) {
		return new CatalystOptions(0, sampleSize, seed);
	}
}
