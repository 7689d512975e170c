package org.alliancegraph.analysis.catalyst;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The sampling of {@link PathSampledBetweenness}, one worker's share: for each sample, a uniformly random pair
 * (s, t) and one uniformly random shortest s–t path found by a balanced bidirectional search, its internal
 * vertices credited in {@link #counts}. Samples are seeded by their index, so the counts do not depend on how
 * the samples are shared among workers.
 *
 * <p>Its arrays are reused from one sample to the next. What the search from s knows of vertex v is at
 * {@code 2 v}, what the search from t knows at {@code 2 v + 1} (one cache line for both): in {@code state} the
 * sample's stamp
 * above the distance (as few bits as the vertex-diameter bound needs, so that the array checked at
 * every arc stays small: the searches are memory-bound), in {@code sigma} the number of shortest
 * paths. Stamps avoid clearing the arrays between samples.
 */
final class ShortestPathSampler {

	/** Samples per block handed to a worker. */
	static final int BLOCK = 256;

	private static final int S = 0;

	private static final int T = 1;

	private final int[] offsets;

	private final int[] targets;

	final long[] counts;

	private final int[] state;

	/** Bits of {@link #state} holding the distance; the stamp is above them. */
	private final int distanceBits;

	private final int distanceMask;

	/** The stamp at which the states are cleared, before it overflows. */
	private final int stampLimit;

	private final double[] sigma;

	/** The frontiers of the two searches and the next level, as vertex lists. */
	private final int[][] frontier;

	private final int[] next;

	private final int[] meeting;

	private int stamp;

	ShortestPathSampler(int[] offsets, int[] targets, int vertexDiameterBound, int stampLimit) {
		int n = offsets.length - 1;
		this.offsets = offsets;
		this.targets = targets;
		this.counts = new long[n];
		this.state = new int[2 * n];
		// every distance is below the vertex diameter
		this.distanceBits = 32 - Integer.numberOfLeadingZeros(vertexDiameterBound);
		if (distanceBits > 24) {
			throw new IllegalArgumentException("Vertex diameter bound too large: " + vertexDiameterBound);
		}
		this.distanceMask = (1 << distanceBits) - 1;
		this.stampLimit = Math.min(stampLimit, 1 << (31 - distanceBits));
		this.sigma = new double[2 * n];
		this.frontier = new int[][] { new int[n], new int[n] };
		this.next = new int[n];
		this.meeting = new int[n];
	}

	/** Samples {@code from .. to - 1}, the blocks numbered worker, worker + workers, ... */
	void run(long from, long to, int worker, int workers, long seed) {
		int n = counts.length;
		for (long start = from + (long) worker * BLOCK; start < to; start += (long) workers * BLOCK) {
			long end = Math.min(to, start + BLOCK);
			for (long i = start; i < end; i++) {
				SplittableRandom random = new SplittableRandom(sampleSeed(seed, i));
				int s = random.nextInt(n);
				int t = random.nextInt(n - 1);
				if (t >= s) {
					t++;
				}
				sample(s, t, random);
			}
		}
	}

	/** One shortest s–t path drawn uniformly, its internal vertices credited. */
	private void sample(int s, int t, SplittableRandom random) {
		if (++stamp == stampLimit) {
			Arrays.fill(state, 0);
			stamp = 1;
		}
		int mark = stamp << distanceBits;
		int[] offsets = this.offsets;
		int[] targets = this.targets;
		int[] state = this.state;
		double[] sigma = this.sigma;
		state[2 * s + S] = mark;
		sigma[2 * s + S] = 1.0;
		state[2 * t + T] = mark;
		sigma[2 * t + T] = 1.0;
		frontier[S][0] = s;
		frontier[T][0] = t;
		int[] size = { 1, 1 };
		long[] arcs = { offsets[s + 1] - offsets[s], offsets[t + 1] - offsets[t] };
		int[] depth = { 0, 0 };
		int meetings = 0;
		while (meetings == 0) {
			if (size[S] == 0 || size[T] == 0) {
				return; // t unreachable from s
			}
			int side = arcs[S] <= arcs[T] ? S : T;
			int other = 1 - side;
			int[] current = frontier[side];
			int count = size[side];
			int level = mark | (depth[side] + 1);
			int grown = 0;
			long grownArcs = 0;
			for (int i = 0; i < count; i++) {
				int v = current[i];
				double sigmaV = sigma[2 * v + side];
				for (int p = offsets[v], end = offsets[v + 1]; p < end; p++) {
					int w = targets[p];
					int at = 2 * w + side;
					int seen = state[at];
					if (seen < mark) {
						state[at] = level;
						sigma[at] = sigmaV;
						next[grown++] = w;
						grownArcs += offsets[w + 1] - offsets[w];
						if (state[2 * w + other] >= mark) {
							meeting[meetings++] = w;
						}
					}
					else if (seen == level) {
						sigma[at] += sigmaV;
					}
				}
			}
			System.arraycopy(next, 0, current, 0, grown);
			size[side] = grown;
			arcs[side] = grownArcs;
			depth[side]++;
		}
		// The meeting vertices all lie at the same distance from both ends; draw one in proportion to
		// the shortest paths through it.
		double total = 0;
		for (int i = 0; i < meetings; i++) {
			int w = meeting[i];
			total += sigma[2 * w + S] * sigma[2 * w + T];
		}
		double pick = random.nextDouble() * total;
		int w = meeting[meetings - 1];
		for (int i = 0; i < meetings; i++) {
			int candidate = meeting[i];
			pick -= sigma[2 * candidate + S] * sigma[2 * candidate + T];
			if (pick < 0) {
				w = candidate;
				break;
			}
		}
		if (w != s && w != t) {
			counts[w]++;
		}
		walkBack(w, S, mark, random);
		walkBack(w, T, mark, random);
	}

	/** Draws a shortest path from w back to the end of one search, crediting its internal vertices. */
	private void walkBack(int w, int side, int mark, SplittableRandom random) {
		int x = w;
		int distance = state[2 * x + side] & distanceMask;
		while (distance > 1) {
			double pick = random.nextDouble() * sigma[2 * x + side];
			int predecessor = mark | (distance - 1);
			int chosen = -1;
			for (int p = offsets[x], stop = offsets[x + 1]; p < stop; p++) {
				int y = targets[p];
				if (state[2 * y + side] == predecessor) {
					chosen = y;
					pick -= sigma[2 * y + side];
					if (pick < 0) {
						break;
					}
				}
			}
			x = chosen;
			distance--;
			counts[x]++;
		}
	}

	/** A seed for sample i: a SplitMix64 finaliser of the seed and the index. */
	static long sampleSeed(long seed, long i) {
		long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
