package org.alliancegraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.articulation.Departure;
import org.alliancegraph.analysis.articulation.DepartureImpact;
import org.alliancegraph.analysis.catalyst.BrandesBetweenness;
import org.alliancegraph.analysis.catalyst.CatalystAnalysis;
import org.alliancegraph.analysis.catalyst.CatalystOptions;
import org.alliancegraph.analysis.catalyst.CatalystReport;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.catalyst.PathSampledBetweenness;
import org.alliancegraph.analysis.catalyst.SampledBetweenness;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Timing of the graph analyses on {@link SyntheticAllianceGraph}s of growing size, side by side with
 * JGraphT's and igraph's betweenness on the same graphs. A command, not a unit test.
 *
 * <p>Run from the repository root (offline once the dependencies are in the local repository):
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.alliancegraph.bench.AnalysisBench 1000 10000 50000
 * </pre>
 * Arguments: the numbers of actors (default {@code 1000 10000 50000}); {@code --sampled=N} the size of
 * the extra sampled-only run (default 100000, 0 to skip). The sampled steps compare their estimate with
 * the exact one where it is computed (largest absolute error on the normalised scale, betweenness and
 * catalyst top-20 overlaps); {@link BetweennessAccuracyBench} repeats that over many seeds. igraph is the Debian package
 * {@code python3-igraph} ({@code apt-get install -y python3-igraph}), run by {@code /usr/bin/python3}
 * (the system interpreter, not a pyenv one) when present; only {@code g.betweenness()} is timed.
 *
 * <p>Each step is timed once, after one warm-up pass of every Java step on a 2,000-actor graph, in
 * elapsed time and in processor time (all threads of the process: the fairer figure on a shared,
 * busy machine; the load average is printed with each size). Steps
 * whose cost is {@code O(n m)} (exact betweenness) are skipped above their size limit. To add a
 * measure, append a {@link Step} to {@link #STEPS}: a name, the largest N it runs at, and an action
 * that returns a short note (and may set {@link Run#reportedSeconds} when it times itself).
 */
public final class AnalysisBench {

	/** One timed step: an action on a generated graph, returning a note for the table. */
	record Step(String name, int maxActors, Function<Run, String> action) {
	}

	/** A graph under measurement and the results steps share (keyed by step-chosen names). */
	static final class Run {

		final int actors;

		final Graph<ActorNode, DefaultWeightedEdge> graph;

		final List<ActorNode> vertices;

		final Map<String, Object> shared = new HashMap<>();

		final Map<String, Double> seconds = new HashMap<>();

		/** Set by a step that times only part of its work itself (e.g. in another process). */
		double reportedSeconds = Double.NaN;

		/** Processor time of that part, set with {@link #reportedSeconds}. */
		double reportedCpuSeconds = Double.NaN;

		final Map<String, Double> cpuSeconds = new HashMap<>();

		Run(int actors, Graph<ActorNode, DefaultWeightedEdge> graph) {
			this.actors = actors;
			this.graph = graph;
			this.vertices = List.copyOf(graph.vertexSet());
		}

		double[] byIndex(Map<ActorNode, Double> scores) {
			double[] values = new double[vertices.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = scores.get(vertices.get(i));
			}
			return values;
		}
	}

	private static final int EXACT_LIMIT = 50_000;

	/**
	 * JGraphT's map-based implementation is 20 to 60 times slower than ours: 50 s at 5,000 actors and
	 * 558 s at 10,000 on a busy two-core machine, so it runs up to 5,000 only.
	 */
	private static final int JGRAPHT_LIMIT = 5_000;

	private static final int TOP = 20;

	/** Sources of the source-sampling estimator used before the guaranteed one, for comparison. */
	private static final int OLD_SOURCES = 1_000;

	/** The steps, in order; later steps may read what earlier ones put in {@link Run#shared}. */
	static final List<Step> STEPS = List.of(
			new Step("BrandesBetweenness (ours, exact)", EXACT_LIMIT, run -> {
				run.shared.put("exact", run.byIndex(new BrandesBetweenness<>(run.graph).getScores()));
				return "";
			}),
			new Step("JGraphT BetweennessCentrality", JGRAPHT_LIMIT, run -> {
				double[] jgrapht = run.byIndex(new BetweennessCentrality<>(new AsUnweightedGraph<>(run.graph)).getScores());
				return difference(run, jgrapht);
			}),
			new Step("igraph betweenness (exact)", EXACT_LIMIT, AnalysisBench::igraph),
			new Step("CatalystAnalysis (exact)", EXACT_LIMIT, run -> {
				CatalystReport report = new CatalystAnalysis(run.graph, CatalystOptions.exact()).getReport();
				run.shared.put("catalystsExact", report);
				return "top: " + report.catalysts().get(0).id();
			}),
			new Step("CatalystAnalysis (defaults)", Integer.MAX_VALUE, run -> {
				CatalystReport report = new CatalystAnalysis(run.graph).getReport();
				run.shared.put("catalystsDefault", report);
				String note = report.betweennessMethod() + (report.samples() > 0 ? String.format(Locale.ROOT,
						" %,d samples, epsilon %s, delta %s", report.samples(), report.epsilon(), report.delta()) : "");
				CatalystReport exact = (CatalystReport) run.shared.get("catalystsExact");
				if (exact != null && report.samples() > 0) {
					note += ", catalyst top-" + TOP + " overlap with exact " + overlap(ids(report), ids(exact));
				}
				return note;
			}),
			new Step("PathSampledBetweenness (defaults)", Integer.MAX_VALUE, run -> {
				PathSampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new PathSampledBetweenness<>(run.graph,
						CatalystOptions.DEFAULT_EPSILON, CatalystOptions.DEFAULT_DELTA, CatalystOptions.DEFAULT_SEED);
				double[] estimate = run.byIndex(sampled.getScores());
				String note = String.format(Locale.ROOT, "%,d samples (VD <= %d, top-%d separated: %s)",
						sampled.getSampleCount(), sampled.getVertexDiameterBound(), PathSampledBetweenness.DEFAULT_TOP_K,
						sampled.isTopSeparated());
				return note + accuracy(run, estimate, CatalystOptions.DEFAULT_EPSILON);
			}),
			new Step("DepartureImpact (robustness)", Integer.MAX_VALUE, run -> {
				// the robustness part of an analysis bundle: every departure, then the greedy sequence
				DepartureImpact<DefaultWeightedEdge> impact = new DepartureImpact<>(run.graph);
				Departure first = impact.departures().get(0);
				return String.format(Locale.ROOT, "largest %,d; first %s cuts off %,d; sequence %d steps%s",
						impact.largestComponent(), first.id(), first.cutOff(), impact.sequence().size(),
						impact.sequenceComplete() ? " (below half)" : " (bound reached)");
			}),
			new Step("SampledBetweenness (k=" + OLD_SOURCES + " sources)", Integer.MAX_VALUE, run -> {
				SampledBetweenness<ActorNode, DefaultWeightedEdge> sampled = new SampledBetweenness<>(run.graph,
						OLD_SOURCES, CatalystOptions.DEFAULT_SEED);
				double[] estimate = run.byIndex(sampled.getScores());
				return (sampled.getSourceCount() >= run.actors ? "k >= n, exact" : "Brandes-Pich, no stated bound")
						+ accuracy(run, estimate, Double.NaN);
			}));

	private AnalysisBench() {
	}

	public static void main(String[] args) throws IOException {
		List<Integer> sizes = new ArrayList<>();
		int sampledSize = 100_000;
		for (String arg : args) {
			if (arg.startsWith("--sampled=")) {
				sampledSize = Integer.parseInt(arg.substring("--sampled=".length()));
			}
			else {
				sizes.add(Integer.parseInt(arg.replace("_", "")));
			}
		}
		if (sizes.isEmpty()) {
			sizes.addAll(List.of(1_000, 10_000, 50_000));
		}
		System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MiB, igraph: %s%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, IgraphBetweenness.version());

		// warm-up: every Java step once on a small graph, nothing printed
		Run warmUp = new Run(2_000, SyntheticAllianceGraph.generate(2_000));
		for (Step step : STEPS) {
			if (!step.name().startsWith("igraph")) {
				step.action().apply(warmUp);
			}
		}

		System.out.printf(Locale.ROOT, "%n%8s %8s  %-40s %9s %9s  %s%n", "actors", "ties", "step", "elapsed", "cpu",
				"note");
		for (int n : sizes) {
			measure(n, STEPS);
		}
		if (sampledSize > 0) {
			System.out.printf(Locale.ROOT, "%nSampled only at %,d actors (exact betweenness skipped above %,d: "
					+ "top-%d overlaps are measured at the sizes above)%n", sampledSize, EXACT_LIMIT, TOP);
			int size = sampledSize;
			measure(size, STEPS.stream().filter(step -> step.maxActors() >= size).toList());
		}
	}

	private static void measure(int n, List<Step> steps) {
		long start = System.nanoTime();
		Graph<ActorNode, DefaultWeightedEdge> graph = SyntheticAllianceGraph.generate(n);
		double generation = (System.nanoTime() - start) / 1e9;
		int ties = graph.edgeSet().size();
		row(n, ties, "generation", generation, Double.NaN, String.format(Locale.ROOT, "%d territories; load average %s",
				graph.vertexSet().stream().map(ActorNode::territory).distinct().count(), loadAverage()));
		Run run = new Run(n, graph);
		for (Step step : steps) {
			if (n > step.maxActors()) {
				row(n, ties, step.name(), Double.NaN, Double.NaN,
						String.format(Locale.ROOT, "skipped above %,d actors", step.maxActors()));
				continue;
			}
			long cpuStart = processCpuNanos();
			long stepStart = System.nanoTime();
			String note = step.action().apply(run);
			double seconds = (System.nanoTime() - stepStart) / 1e9;
			double cpu = (processCpuNanos() - cpuStart) / 1e9;
			if (!Double.isNaN(run.reportedSeconds)) {
				seconds = run.reportedSeconds;
				cpu = run.reportedCpuSeconds;
				run.reportedSeconds = Double.NaN;
				run.reportedCpuSeconds = Double.NaN;
			}
			run.seconds.put(step.name(), seconds);
			run.cpuSeconds.put(step.name(), cpu);
			row(n, ties, step.name(), seconds, cpu, note);
		}
		for (Map<String, Double> times : List.of(run.seconds, run.cpuSeconds)) {
			Double igraph = times.get("igraph betweenness (exact)");
			if (igraph != null && igraph > 0) {
				Double exact = times.get("CatalystAnalysis (exact)");
				Double defaults = times.get("CatalystAnalysis (defaults)");
				System.out.printf(Locale.ROOT,
						"%8s %8s  ratio ours full catalyst / igraph betweenness (%s): exact %.3f, defaults %.3f%n", "",
						"", times == run.seconds ? "elapsed" : "processor time",
						exact == null ? Double.NaN : exact / igraph, defaults == null ? Double.NaN : defaults / igraph);
			}
		}
	}

	/** The 1-minute load average (Linux), to tell a busy machine from a slow step. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static void row(int n, int ties, String step, double seconds, double cpuSeconds, String note) {
		System.out.printf(Locale.ROOT, "%8d %8d  %-40s %9s %9s  %s%n", n, ties, step, format(seconds),
				format(cpuSeconds), note);
	}

	private static String format(double seconds) {
		return Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.3f", seconds);
	}

	/** Processor time of this process, all threads, in nanoseconds. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	// --- igraph, in a separate process on the same edge list ---

	private static String igraph(Run run) {
		try {
			IgraphBetweenness.Result result = IgraphBetweenness.run(run.graph, run.vertices);
			run.reportedSeconds = result.seconds();
			run.reportedCpuSeconds = result.cpuSeconds();
			return "timed g.betweenness() only; " + difference(run, result.values());
		}
		catch (IllegalStateException ex) {
			return ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	// --- comparisons ---

	private static String difference(Run run, double[] other) {
		double[] exact = (double[]) run.shared.get("exact");
		if (exact == null) {
			return "";
		}
		double max = 0;
		for (int i = 0; i < exact.length; i++) {
			max = Math.max(max, Math.abs(exact[i] - other[i]) / Math.max(1, Math.abs(exact[i])));
		}
		return String.format(Locale.ROOT, "max relative difference with ours %.1e", max);
	}

	/**
	 * Against the exact scores, when computed at this size: the largest absolute error on the normalised
	 * scale (and whether within epsilon) and the betweenness top-{@value #TOP} overlap.
	 */
	private static String accuracy(Run run, double[] estimate, double epsilon) {
		double[] exact = (double[]) run.shared.get("exact");
		if (exact == null) {
			return "; no exact reference at this size";
		}
		double factor = run.actors < 3 ? 0 : 2.0 / ((double) (run.actors - 1) * (run.actors - 2));
		double max = 0;
		for (int i = 0; i < exact.length; i++) {
			max = Math.max(max, Math.abs(estimate[i] - exact[i]) * factor);
		}
		return String.format(Locale.ROOT, "; max abs error (normalised) %.2e%s; betweenness top-%d overlap with exact %s",
				max, Double.isNaN(epsilon) ? "" : max <= epsilon ? " <= epsilon" : " > EPSILON", TOP,
				overlap(top(estimate), top(exact)));
	}

	/** Indices of the {@value #TOP} highest values, ties by index. */
	private static List<Integer> top(double[] values) {
		return IntStream.range(0, values.length)
			.boxed()
			.sorted(Comparator.<Integer>comparingDouble(i -> -values[i]).thenComparing(i -> i))
			.limit(TOP)
			.toList();
	}

	private static List<String> ids(CatalystReport report) {
		return report.top(TOP).catalysts().stream().map(CatalystResult::id).toList();
	}

	private static <T> String overlap(List<T> a, List<T> b) {
		long common = a.stream().filter(b::contains).count();
		return common + "/" + Math.min(a.size(), b.size());
	}
}
