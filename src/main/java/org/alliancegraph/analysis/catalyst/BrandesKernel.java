package org.alliancegraph.analysis.catalyst;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The Brandes (2001) dependency accumulation on an unweighted {@link IndexedGraph}, shared by
 * {@link BrandesBetweenness} (all sources) and the sample of sources of the benches' former estimator.
 *
 * <p>For a source s, one breadth-first search counts the shortest paths {@code sigma[v]} from s, then
 * the vertices are revisited in order of non-increasing distance to accumulate the dependencies
 * {@code delta_s(v) = sum over successors w of sigma[v] / sigma[w] * (1 + delta_s(w))}. The sum of
 * {@code delta_s(v)} over sources s is the betweenness of v counted over ordered pairs (s, t).
 *
 * <p>The BFS visit order doubles as queue and stack. The search records each vertex's successors
 * (neighbours one step further from s) in one flat array, at most one entry per edge; the backward
 * pass then pulls from them without a branch, writing one value per vertex, instead of scanning all
 * arcs again or pushing to predecessor lists. Nothing is allocated per source. Path counts are doubles (as in NetworkX), so they cannot overflow on graphs with
 * exponentially many shortest paths.
 *
 * <p>Sources are spread over the common {@link ForkJoinPool} (plus the calling thread): worker i takes
 * the blocks of {@value #BLOCK} consecutive sources numbered i, i + w, i + 2w... in the given order, each
 * worker owning its arrays and accumulator, summed at the end in worker order. The result is therefore
 * deterministic for a given parallelism; between machines of different core counts it may differ in
 * the last bits of the floating-point sums.
 *
 * <p>From {@value #RELABEL_THRESHOLD} vertices on, the kernel runs on a copy of the graph relabelled
 * in breadth-first order ({@code O(n + m)}), so that neighbours sit close in memory whatever the
 * order the vertices came in (about a third faster on a shuffled 50,000-actor graph).
 *
 * <p>Time {@code O(k m)} for k sources on a graph of m ties; space {@code O(w (n + m))} for w workers.
 */
final class BrandesKernel {

	/** Sources per block handed to a worker. */
	static final int BLOCK = 16;

	/** From this many vertices the graph is relabelled in breadth-first order for memory locality. */
	private static final int RELABEL_THRESHOLD = 4_096;

	/** Below this many sources the work runs on the calling thread only. */
	private static final int PARALLEL_THRESHOLD = 64;

	private BrandesKernel() {
	}

	/**
	 * Sums the dependencies of the given sources.
	 *
	 * @param graph the graph (weights are ignored)
	 * @param sources source vertex indices, each at most once
	 * @param parallelism the number of workers; at least 1
	 * @return for each vertex v, {@code sum over s in sources of delta_s(v)}
	 */
	static double[] dependencies(IndexedGraph<?> graph, int[] sources, int parallelism) {
		int n = graph.size();
		if (n < RELABEL_THRESHOLD) {
			return dependencies(graph.offsets, graph.targets, sources, parallelism);
		}
		// Relabel the vertices in breadth-first order so that the neighbours of a vertex, and the
		// vertices of one search level, sit close in memory whatever the input order.
		int[] newIndex = breadthFirstOrder(graph.offsets, graph.targets);
		int[] offsets = new int[n + 1];
		int[] oldIndex = new int[n];
		for (int v = 0; v < n; v++) {
			oldIndex[newIndex[v]] = v;
		}
		for (int u = 0; u < n; u++) {
			int v = oldIndex[u];
			offsets[u + 1] = offsets[u] + graph.degree(v);
		}
		int[] targets = new int[graph.targets.length];
		for (int u = 0; u < n; u++) {
			int v = oldIndex[u];
			int q = offsets[u];
			for (int p = graph.offsets[v]; p < graph.offsets[v + 1]; p++) {
				targets[q++] = newIndex[graph.targets[p]];
			}
		}
		int[] relabelled = new int[sources.length];
		for (int i = 0; i < sources.length; i++) {
			relabelled[i] = newIndex[sources[i]];
		}
		double[] byNewIndex = dependencies(offsets, targets, relabelled, parallelism);
		double[] result = new double[n];
		for (int v = 0; v < n; v++) {
			result[v] = byNewIndex[newIndex[v]];
		}
		return result;
	}

	private static double[] dependencies(int[] offsets, int[] targets, int[] sources, int parallelism) {
		int n = offsets.length - 1;
		int blocks = (sources.length + BLOCK - 1) / BLOCK;
		int workers = sources.length < PARALLEL_THRESHOLD ? 1 : Math.max(1, Math.min(parallelism, blocks));
		if (workers == 1) {
			return new Worker(offsets, targets).run(sources, 0, 1);
		}
		List<double[]> parts = IntStream.range(0, workers)
			.parallel()
			.mapToObj(w -> new Worker(offsets, targets).run(sources, w, workers))
			.toList();
		double[] total = new double[n];
		for (double[] part : parts) {
			for (int v = 0; v < n; v++) {
				total[v] += part[v];
			}
		}
		return total;
	}

	/** New index of each vertex: the order of a breadth-first traversal, component after component. */
	static int[] breadthFirstOrder(int[] offsets, int[] targets) {
		int n = offsets.length - 1;
		int[] newIndex = new int[n];
		Arrays.fill(newIndex, -1);
		int[] queue = new int[n];
		int next = 0;
		for (int root = 0; root < n; root++) {
			if (newIndex[root] >= 0) {
				continue;
			}
			int head = next;
			queue[next] = root;
			newIndex[root] = next++;
			while (head < next) {
				int v = queue[head++];
				for (int p = offsets[v]; p < offsets[v + 1]; p++) {
					int w = targets[p];
					if (newIndex[w] < 0) {
						queue[next] = w;
						newIndex[w] = next++;
					}
				}
			}
		}
		return newIndex;
	}

	/** @return the default parallelism: the common pool's workers plus the calling thread */
	static int defaultParallelism() {
		return ForkJoinPool.getCommonPoolParallelism() + 1;
	}

	/**
	 * NetworkX's normalisation for undirected graphs: {@code 2 / ((n - 1)(n - 2))} applied to the
	 * pair-counted betweenness, 0 when {@code n < 3} (no pair of other vertices can exist).
	 */
	static double normalizationFactor(int n) {
		return n < 3 ? 0.0 : 2.0 / ((double) (n - 1) * (n - 2));
	}

	/** One worker's reusable arrays. */
	private static final class Worker {

		private final int[] offsets;

		private final int[] targets;

		private final int[] dist;

		private final double[] sigma;

		private final double[] coefficient;

		private final int[] order;

		/** Successor lists of the current search, one slice per position in {@link #order}. */
		private final int[] successors;

		private final int[] successorStart;

		private final double[] accumulated;

		Worker(int[] offsets, int[] targets) {
			int n = offsets.length - 1;
			this.offsets = offsets;
			this.targets = targets;
			this.dist = new int[n];
			Arrays.fill(this.dist, -1);
			this.sigma = new double[n];
			this.coefficient = new double[n];
			this.order = new int[n];
			this.successors = new int[targets.length / 2]; // an edge is an arc of the BFS DAG at most once
			this.successorStart = new int[n + 1];
			this.accumulated = new double[n];
		}

		double[] run(int[] sources, int worker, int workers) {
			for (int block = worker; block * BLOCK < sources.length; block += workers) {
				int end = Math.min(sources.length, (block + 1) * BLOCK);
				for (int i = block * BLOCK; i < end; i++) {
					accumulate(sources[i]);
				}
			}
			return accumulated;
		}

		private void accumulate(int source) {
			int[] offsets = this.offsets;
			int[] targets = this.targets;
			int[] dist = this.dist;
			double[] sigma = this.sigma;
			double[] coefficient = this.coefficient;
			int[] order = this.order;
			int[] successors = this.successors;
			int[] successorStart = this.successorStart;
			double[] accumulated = this.accumulated;

			// Forward: breadth-first search counting shortest paths, recording for the vertex at
			// position i of the visit order its successors (neighbours one step further) in
			// successors[successorStart[i] .. successorStart[i + 1]].
			order[0] = source;
			dist[source] = 0;
			sigma[source] = 1.0;
			int head = 0;
			int tail = 1;
			int arcs = 0;
			while (head < tail) {
				successorStart[head] = arcs;
				int v = order[head++];
				int next = dist[v] + 1;
				double sigmaV = sigma[v];
				for (int p = offsets[v], end = offsets[v + 1]; p < end; p++) {
					int w = targets[p];
					int dw = dist[w];
					if (dw < 0) {
						dist[w] = next;
						sigma[w] = sigmaV;
						order[tail++] = w;
						successors[arcs++] = w;
					}
					else if (dw == next) {
						sigma[w] += sigmaV;
						successors[arcs++] = w;
					}
				}
			}
			successorStart[tail] = arcs;

			// Backward, in order of non-increasing distance, pulling from the successors:
			// delta[v] = sigma[v] * sum over successors w of (1 + delta[w]) / sigma[w]. The array
			// `coefficient` keeps (1 + delta[w]) / sigma[w] of the finished vertices. The source
			// (order[0]) is not credited.
			for (int i = tail - 1; i > 0; i--) {
				int v = order[i];
				double sum = 0.0;
				for (int k = successorStart[i], end = successorStart[i + 1]; k < end; k++) {
					sum += coefficient[successors[k]];
				}
				double delta = sigma[v] * sum;
				coefficient[v] = (1.0 + delta) / sigma[v];
				accumulated[v] += delta;
			}

			// Reset only what was touched.
			for (int i = 0; i < tail; i++) {
				int v = order[i];
				dist[v] = -1;
				sigma[v] = 0.0;
				coefficient[v] = 0.0;
			}
		}
	}
}
