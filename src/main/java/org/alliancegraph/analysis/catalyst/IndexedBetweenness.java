package org.alliancegraph.analysis.catalyst;

import java.util.Map;
import java.util.Objects;

import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jspecify.annotations.Nullable;

/**
 * What exact and sampled betweenness share: an int-indexed graph, raw scores computed once by a subclass,
 * and their views as maps, raw and normalised as NetworkX does ({@code raw * 2 / ((n - 1)(n - 2))}).
 * Computed on first use, then cached; the returned maps are unmodifiable.
 *
 * @param <V> the vertex type
 */
abstract class IndexedBetweenness<V> implements VertexScoringAlgorithm<V, Double> {

	final IndexedGraph<V> graph;

	final int parallelism;

	private double @Nullable [] raw;

	private @Nullable Map<V, Double> scores;

	private @Nullable Map<V, Double> normalizedScores;

	IndexedBetweenness(IndexedGraph<V> graph, int parallelism) {
		this.graph = Objects.requireNonNull(graph, "graph");
		if (parallelism < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
		}
		this.parallelism = parallelism;
	}

	/** The raw scores by vertex index, each unordered pair counted once. */
	abstract double[] compute();

	@Override
	public Map<V, Double> getScores() {
		Map<V, Double> result = scores;
		if (result == null) {
			double[] values = raw();
			result = graph.toMap(v -> values[v]);
			scores = result;
		}
		return result;
	}

	/**
	 * @throws IllegalArgumentException if the vertex is not in the graph
	 */
	@Override
	public Double getVertexScore(V vertex) {
		return raw()[graph.indexOf(vertex)];
	}

	/** @return the normalised betweenness of each vertex, {@code raw * 2 / ((n - 1)(n - 2))} */
	public Map<V, Double> getNormalizedScores() {
		Map<V, Double> result = normalizedScores;
		if (result == null) {
			double[] values = raw();
			double factor = BrandesKernel.normalizationFactor(graph.size());
			result = graph.toMap(v -> values[v] * factor);
			normalizedScores = result;
		}
		return result;
	}

	/**
	 * @param vertex a vertex of the graph
	 * @return its normalised betweenness
	 * @throws IllegalArgumentException if the vertex is not in the graph
	 */
	public double getNormalizedVertexScore(V vertex) {
		return raw()[graph.indexOf(vertex)] * BrandesKernel.normalizationFactor(graph.size());
	}

	/** Raw scores by vertex index; shared with {@link CatalystAnalysis}, not to be modified. */
	double[] raw() {
		double[] result = raw;
		if (result == null) {
			result = compute();
			raw = result;
		}
		return result;
	}
}
