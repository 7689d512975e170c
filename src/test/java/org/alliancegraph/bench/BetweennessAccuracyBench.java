package org.alliancegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.catalyst.BrandesBetweenness;
import org.alliancegraph.analysis.catalyst.PathSampledBetweenness;
import org.alliancegraph.analysis.catalyst.SampledBetweenness;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Accuracy of the sampled betweenness against the exact one on a {@link SyntheticAllianceGraph}, over
 * many seeds: for each seed the largest absolute error on the normalised scale, the betweenness top-20
 * overlap, the samples used and the time; then the share of seeds whose largest error is within
 * epsilon, to compare with {@code 1 - delta}. A command, not a unit test.
 *
 * <p>Run from the repository root, after the build of {@link AnalysisBench}:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alliancegraph.bench.BetweennessAccuracyBench \
 *     --actors=20000 --seeds=20 --epsilon=0.01 --delta=0.1 [--topk=20] [--sources=1000]
 * </pre>
 * The exact scores are cached in {@code target/bench-exact-N.txt} (they take the longest). With
 * {@code --sources=K} the old source-sampling estimator ({@link SampledBetweenness}) is measured too,
 * over the same seeds.
 */
public final class BetweennessAccuracyBench {

	private static final int TOP = 20;

	/** Above this many actors the exact scores are not computed (hours): only times are measured. */
	private static final int EXACT_LIMIT = 50_000;

	private BetweennessAccuracyBench() {
	}

	public static void main(String[] args) throws IOException {
		int actors = 20_000;
		int seeds = 20;
		double epsilon = 0.01;
		double delta = 0.1;
		int topK = PathSampledBetweenness.DEFAULT_TOP_K;
		int sources = 0;
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			switch (kv[0]) {
				case "actors" -> actors = Integer.parseInt(kv[1].replace("_", ""));
				case "seeds" -> seeds = Integer.parseInt(kv[1]);
				case "epsilon" -> epsilon = Double.parseDouble(kv[1]);
				case "delta" -> delta = Double.parseDouble(kv[1]);
				case "topk" -> topK = Integer.parseInt(kv[1]);
				case "sources" -> sources = Integer.parseInt(kv[1]);
				default -> throw new IllegalArgumentException("Unknown argument " + arg);
			}
		}
		Graph<ActorNode, DefaultWeightedEdge> graph = SyntheticAllianceGraph.generate(actors);
		List<ActorNode> vertices = List.copyOf(graph.vertexSet());
		double[] exact = exact(graph, vertices, actors);
		if (exact == null) {
			System.out.printf(Locale.ROOT, "%d actors, %d ties; load average %s; no exact reference above %,d actors%n",
					actors, graph.edgeSet().size(), loadAverage(), EXACT_LIMIT);
			for (int seed = 0; seed < seeds; seed++) {
				long start = System.nanoTime();
				PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(graph,
						epsilon, delta, topK, seed, Runtime.getRuntime().availableProcessors());
				sampled.getNormalizedScores();
				System.out.printf(Locale.ROOT, "path-sampled eps=%s k=%d seed %d: %d samples, separated %s, %.3f s%n",
						epsilon, topK, seed, sampled.getSampleCount(), sampled.isTopSeparated(),
						(System.nanoTime() - start) / 1e9);
			}
			return;
		}
		List<Integer> exactTop = top(exact);
		System.out.printf(Locale.ROOT, "%d actors, %d ties; load average %s; exact #%d = %.5f, #%d = %.5f, #%d = %.5f%n",
				actors, graph.edgeSet().size(), loadAverage(), 1, exact[exactTop.get(0)], TOP,
				exact[exactTop.get(TOP - 1)], TOP + 1, exact[top(exact, TOP + 1).get(TOP)]);
		System.out.printf(Locale.ROOT, "%-28s %5s %10s %6s %9s %9s %8s%n", "estimator", "seed", "samples", "sep",
				"max err", "top-20", "seconds");
		int within = 0;
		List<Double> errors = new ArrayList<>();
		for (int seed = 0; seed < seeds; seed++) {
			long start = System.nanoTime();
			PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(graph, epsilon,
					delta, topK, seed, Runtime.getRuntime().availableProcessors());
			double[] estimate = byIndex(sampled.getNormalizedScores(), vertices);
			double seconds = (System.nanoTime() - start) / 1e9;
			double error = maxError(estimate, exact);
			errors.add(error);
			if (error <= epsilon) {
				within++;
			}
			System.out.printf(Locale.ROOT, "%-28s %5d %10d %6s %9.2e %9s %8.3f%n",
					"path-sampled eps=" + epsilon + " k=" + topK, seed, sampled.getSampleCount(), sampled.isTopSeparated(),
					error, overlap(top(estimate), exactTop), seconds);
		}
		System.out.printf(Locale.ROOT, "within epsilon=%s: %d of %d seeds (target at least %.0f%%); largest error %.2e%n",
				epsilon, within, seeds, 100 * (1 - delta), errors.stream().mapToDouble(Double::doubleValue).max().orElse(0));
		for (int seed = 0; sources > 0 && seed < seeds; seed++) {
			long start = System.nanoTime();
			double[] estimate = byIndex(new SampledBetweenness<>(graph, sources, seed).getNormalizedScores(), vertices);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "%-28s %5d %10d %6s %9.2e %9s %8.3f%n", "source-sampled k=" + sources, seed,
					sources, "-", maxError(estimate, exact), overlap(top(estimate), exactTop), seconds);
		}
	}

	private static double[] exact(Graph<ActorNode, DefaultWeightedEdge> graph, List<ActorNode> vertices, int actors)
			throws IOException {
		Path cache = Path.of("target", "bench-exact-" + actors + ".txt");
		if (Files.exists(cache)) {
			return Files.readAllLines(cache).stream().mapToDouble(Double::parseDouble).toArray();
		}
		if (actors > EXACT_LIMIT) {
			return null;
		}
		double[] exact = byIndex(new BrandesBetweenness<>(graph).getNormalizedScores(), vertices);
		Files.createDirectories(cache.getParent());
		Files.write(cache, IntStream.range(0, exact.length).mapToObj(i -> Double.toString(exact[i])).toList());
		return exact;
	}

	static double[] byIndex(java.util.Map<ActorNode, Double> scores, List<ActorNode> vertices) {
		double[] values = new double[vertices.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = scores.get(vertices.get(i));
		}
		return values;
	}

	static double maxError(double[] estimate, double[] exact) {
		double max = 0;
		for (int i = 0; i < exact.length; i++) {
			max = Math.max(max, Math.abs(estimate[i] - exact[i]));
		}
		return max;
	}

	static List<Integer> top(double[] values) {
		return top(values, TOP);
	}

	private static List<Integer> top(double[] values, int limit) {
		return IntStream.range(0, values.length)
			.boxed()
			.sorted(Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparing(i -> i))
			.limit(limit)
			.toList();
	}

	static String overlap(List<Integer> a, List<Integer> b) {
		return a.stream().filter(b::contains).count() + "/" + Math.min(a.size(), b.size());
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}
}
