package org.alliancegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jgrapht.Graph;

/**
 * igraph's exact betweenness ({@code g.betweenness()}) on the same graph, in a separate Python process: the peer
 * the benches compare with. igraph is the Debian package {@code python3-igraph}, run by {@code /usr/bin/python3}
 * (the system interpreter, not a pyenv one) when present. Only {@code g.betweenness()} is timed.
 */
final class IgraphBetweenness {

	private static final String SCRIPT = """
			import sys, time, igraph
			n = int(sys.argv[2])
			with open(sys.argv[1]) as f:
			    edges = [tuple(map(int, line.split())) for line in f]
			g = igraph.Graph(n=n, edges=edges, directed=False)
			start = time.perf_counter()
			cpu = time.process_time()
			b = g.betweenness()
			cpu = time.process_time() - cpu
			elapsed = time.perf_counter() - start
			with open(sys.argv[3], "w") as f:
			    f.write("\\n".join(repr(x) for x in b))
			print(elapsed, cpu)
			""";

	/**
	 * @param seconds elapsed time of {@code g.betweenness()}
	 * @param cpuSeconds its processor time
	 * @param values the betweenness of each vertex, in the order of the vertex list given
	 */
	record Result(double seconds, double cpuSeconds, double[] values) {
	}

	private IgraphBetweenness() {
	}

	static String python() {
		return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
	}

	/** igraph's version, or why it is missing. */
	static String version() {
		try {
			Process process = new ProcessBuilder(python(), "-c", "import igraph; print(igraph.__version__)")
				.redirectErrorStream(true)
				.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return process.waitFor() == 0 ? out : "missing (apt-get install -y python3-igraph)";
		}
		catch (IOException | InterruptedException ex) {
			return "missing (" + ex.getMessage() + ")";
		}
	}

	/** Runs igraph on the graph's edges, its vertices numbered in the order of {@code vertices}. */
	static <V, E> Result run(Graph<V, E> graph, List<V> vertices) throws InterruptedException {
		try {
			Path edges = Files.createTempFile("alliance-bench-edges", ".txt");
			Path out = Files.createTempFile("alliance-bench-igraph", ".txt");
			try {
				Map<V, Integer> index = new HashMap<>();
				for (int i = 0; i < vertices.size(); i++) {
					index.put(vertices.get(i), i);
				}
				try (Writer writer = Files.newBufferedWriter(edges)) {
					for (E edge : graph.edgeSet()) {
						writer.write(index.get(graph.getEdgeSource(edge)) + " " + index.get(graph.getEdgeTarget(edge))
								+ "\n");
					}
				}
				Process process = new ProcessBuilder(python(), "-c", SCRIPT, edges.toString(),
						Integer.toString(vertices.size()), out.toString())
					.redirectErrorStream(true)
					.start();
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
				if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
					throw new IllegalStateException("igraph failed: " + output);
				}
				String[] times = output.lines().reduce((a, b) -> b).orElseThrow().trim().split(" ");
				double[] values = Files.readAllLines(out).stream().mapToDouble(Double::parseDouble).toArray();
				return new Result(Double.parseDouble(times[0]), Double.parseDouble(times[1]), values);
			}
			finally {
				Files.deleteIfExists(edges);
				Files.deleteIfExists(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
