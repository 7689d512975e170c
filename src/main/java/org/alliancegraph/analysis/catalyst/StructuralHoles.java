package org.alliancegraph.analysis.catalyst;

/**
 * One pass computing Burt's constraint and effective size of every vertex of an {@link IndexedGraph},
 * shared by {@link BurtConstraint}, {@link EffectiveSize} and {@link CatalystAnalysis}.
 *
 * <p>With the tie weights {@code w}, the proportional tie strength is
 * {@code p_ij = w_ij / sum_k w_ik} and the marginal strength {@code m_jq = w_jq / max_k w_jk}
 * (for an undirected graph NetworkX's mutual weights {@code w_ij + w_ji} are twice {@code w_ij} in
 * numerator and denominator, which cancels). For a vertex i with neighbourhood N(i):
 * <ul>
 * <li>constraint {@code c_i = sum over j in N(i) of (p_ij + sum over q in N(i) ∩ N(j) of p_iq p_qj)^2};</li>
 * <li>effective size {@code e_i = sum over j in N(i) of (1 - sum over q in N(i) ∩ N(j) of p_iq m_jq)};</li>
 * <li>both {@code NaN} when i has no neighbour.</li>
 * </ul>
 * The inner sums run over the common neighbours q of i and j: from i, the neighbours of i are marked
 * with their {@code p_iq}; for each neighbour j, the shorter of the two lists is scanned — N(j) against
 * the marks, or N(i) with a binary search in N(j)'s sorted list.
 *
 * <p>Time {@code O(sum over ties (i, j) of min(d_i, d_j) log d_max)}, at most
 * {@code O(m sqrt(m) log n)} and {@code O(m)} on sparse graphs of bounded degree; space {@code O(n)}
 * beyond the graph.
 */
final class StructuralHoles {

	/** Constraint by vertex index. */
	final double[] constraint;

	/** Effective size by vertex index. */
	final double[] effectiveSize;

	private StructuralHoles(double[] constraint, double[] effectiveSize) {
		this.constraint = constraint;
		this.effectiveSize = effectiveSize;
	}

	/**
	 * @throws IllegalArgumentException if a tie weight is not finite and positive
	 */
	static StructuralHoles of(IndexedGraph<?> graph) {
		graph.requirePositiveWeights();
		int n = graph.size();
		int[] offsets = graph.offsets;
		int[] targets = graph.targets;
		double[] weights = graph.weights;

		double[] strength = new double[n];
		double[] maxWeight = new double[n];
		for (int v = 0; v < n; v++) {
			double sum = 0.0;
			double max = 0.0;
			for (int p = offsets[v]; p < offsets[v + 1]; p++) {
				sum += weights[p];
				max = Math.max(max, weights[p]);
			}
			strength[v] = sum;
			maxWeight[v] = max;
		}

		double[] constraint = new double[n];
		double[] effectiveSize = new double[n];
		double[] pFromI = new double[n]; // p_iq for the marked neighbours q of the current i
		int[] mark = new int[n]; // i + 1 when q is a neighbour of the current i
		for (int i = 0; i < n; i++) {
			int start = offsets[i];
			int end = offsets[i + 1];
			int degreeI = end - start;
			if (degreeI == 0) {
				constraint[i] = Double.NaN;
				effectiveSize[i] = Double.NaN;
				continue;
			}
			for (int p = start; p < end; p++) {
				int q = targets[p];
				mark[q] = i + 1;
				pFromI[q] = weights[p] / strength[i];
			}
			double c = 0.0;
			double e = 0.0;
			for (int p = start; p < end; p++) {
				int j = targets[p];
				double indirect = 0.0; // sum of p_iq p_qj
				double redundancy = 0.0; // sum of p_iq m_jq
				int jStart = offsets[j];
				int jEnd = offsets[j + 1];
				if (jEnd - jStart <= degreeI) {
					for (int f = jStart; f < jEnd; f++) {
						int q = targets[f];
						if (mark[q] == i + 1) {
							double wJQ = weights[f];
							indirect += pFromI[q] * wJQ / strength[q];
							redundancy += pFromI[q] * wJQ / maxWeight[j];
						}
					}
				}
				else {
					for (int f = start; f < end; f++) {
						int q = targets[f];
						if (q == j) {
							continue;
						}
						int position = graph.position(j, q);
						if (position >= 0) {
							double wJQ = weights[position];
							indirect += pFromI[q] * wJQ / strength[q];
							redundancy += pFromI[q] * wJQ / maxWeight[j];
						}
					}
				}
				double local = pFromI[j] + indirect;
				c += local * local;
				e += 1.0 - redundancy;
			}
			constraint[i] = c;
			effectiveSize[i] = e;
		}
		return new StructuralHoles(constraint, effectiveSize);
	}
}
