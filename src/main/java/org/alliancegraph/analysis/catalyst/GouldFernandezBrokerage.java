package org.alliancegraph.analysis.catalyst;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jspecify.annotations.Nullable;

/**
 * Gould–Fernandez brokerage roles of every vertex of an undirected graph whose vertices belong to
 * groups (for actors: their sector).
 *
 * <p>Definition: Gould, R. V. &amp; Fernandez, R. M. (1989). "Structures of mediation: A formal
 * approach to brokerage in transaction networks". Sociological Methodology 19: 89–126. A vertex b
 * brokers the unordered pair {a, c} when a and c are both neighbours of b and not adjacent to each
 * other (the path a–b–c is a shortest path). Each brokered pair is counted in one role after the groups
 * g of a, b, c: coordinator {@code g(a) = g(b) = g(c)}; consultant (itinerant)
 * {@code g(a) = g(c) != g(b)}; boundary spanner when b shares its group with exactly one of a, c
 * (gatekeeper and representative, which only the direction of the ties distinguishes, merged in the
 * undirected case); liaison when the three groups differ. Edge direction and weights are ignored.
 *
 * <p>Algorithm: the pairs of b's neighbours are counted by group without enumerating them (with
 * {@code n_g} the neighbours of b in group g and {@code s = n_g(b)}, {@code o = d - s}: coordinator
 * {@code C(s, 2)}, boundary spanner {@code s o}, consultant {@code sum over g != g(b) of C(n_g, 2)},
 * liaison {@code C(o, 2) - consultant}); then every triangle {a, b, c}, listed once by the
 * degree-ordered forward algorithm (Chiba &amp; Nishizeki 1985; Schank &amp; Wagner 2005), removes its
 * adjacent pair from the counts of each of its three corners. Time {@code O(n + m sqrt(m))}, space
 * {@code O(n + m)}.
 *
 * <p>Computed on first use, then cached; the returned map is unmodifiable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class GouldFernandezBrokerage<V, E> implements VertexScoringAlgorithm<V, BrokerageCounts> {

	private static final int COORDINATOR = 0;

	private static final int CONSULTANT = 1;

	private static final int BOUNDARY_SPANNER = 2;

	private static final int LIAISON = 3;

	private final IndexedGraph<V> graph;

	private final Function<? super V, String> group;

	private BrokerageCounts @Nullable [] counts;

	private @Nullable Map<V, BrokerageCounts> scores;

	/**
	 * @param graph the graph; read once, at construction
	 * @param group the group of each vertex; must not return null
	 */
	public GouldFernandezBrokerage(Graph<V, E> graph, Function<? super V, String> group) {
		this(IndexedGraph.of(Objects.requireNonNull(graph, "graph")), group);
	}

	GouldFernandezBrokerage(IndexedGraph<V> graph, Function<? super V, String> group) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.group = Objects.requireNonNull(group, "group");
	}

	/** @return the brokerage counts of each vertex */
	@Override
	public Map<V, BrokerageCounts> getScores() {
		Map<V, BrokerageCounts> result = scores;
		if (result == null) {
			BrokerageCounts[] values = counts();
			result = graph.toMap(v -> values[v]);
			scores = result;
		}
		return result;
	}

	/**
	 * @throws IllegalArgumentException if the vertex is not in the graph
	 */
	@Override
	public BrokerageCounts getVertexScore(V vertex) {
		return counts()[graph.indexOf(vertex)];
	}

	/** Counts by vertex index; shared with {@link CatalystAnalysis}, not to be modified. */
	BrokerageCounts[] counts() {
		BrokerageCounts[] result = counts;
		if (result == null) {
			result = compute(graph, graph.groupIds(group));
			counts = result;
		}
		return result;
	}

	private static BrokerageCounts[] compute(IndexedGraph<?> graph, int[] groupOf) {
		int n = graph.size();
		int[] offsets = graph.offsets;
		int[] targets = graph.targets;
		long[][] roles = new long[4][n];

		// 1. All pairs of neighbours, counted by group.
		int groups = 0;
		for (int g : groupOf) {
			groups = Math.max(groups, g + 1);
		}
		long[] inGroup = new long[groups];
		for (int b = 0; b < n; b++) {
			long degree = offsets[b + 1] - offsets[b];
			if (degree < 2) {
				continue;
			}
			for (int p = offsets[b]; p < offsets[b + 1]; p++) {
				inGroup[groupOf[targets[p]]]++;
			}
			long same = inGroup[groupOf[b]];
			long other = degree - same;
			long consultant = 0;
			for (int p = offsets[b]; p < offsets[b + 1]; p++) {
				int g = groupOf[targets[p]];
				if (g != groupOf[b] && inGroup[g] > 0) {
					consultant += pairs(inGroup[g]);
					inGroup[g] = 0; // counted once per group
				}
			}
			for (int p = offsets[b]; p < offsets[b + 1]; p++) {
				inGroup[groupOf[targets[p]]] = 0;
			}
			roles[COORDINATOR][b] = pairs(same);
			roles[BOUNDARY_SPANNER][b] = same * other;
			roles[CONSULTANT][b] = consultant;
			roles[LIAISON][b] = pairs(other) - consultant;
		}

		// 2. Adjacent pairs are not brokered: remove each triangle's pair from its three corners.
		// Forward algorithm: orient each tie towards the higher (degree, index); every triangle is
		// found once, from its lowest corner u, through u -> v -> w with w also an out-neighbour of u.
		int[] forwardOffsets = new int[n + 1];
		for (int u = 0; u < n; u++) {
			int count = 0;
			for (int p = offsets[u]; p < offsets[u + 1]; p++) {
				if (before(graph, u, targets[p])) {
					count++;
				}
			}
			forwardOffsets[u + 1] = forwardOffsets[u] + count;
		}
		int[] forward = new int[forwardOffsets[n]];
		for (int u = 0; u < n; u++) {
			int q = forwardOffsets[u];
			for (int p = offsets[u]; p < offsets[u + 1]; p++) {
				if (before(graph, u, targets[p])) {
					forward[q++] = targets[p];
				}
			}
		}
		int[] mark = new int[n];
		for (int u = 0; u < n; u++) {
			for (int p = forwardOffsets[u]; p < forwardOffsets[u + 1]; p++) {
				mark[forward[p]] = u + 1;
			}
			for (int p = forwardOffsets[u]; p < forwardOffsets[u + 1]; p++) {
				int v = forward[p];
				for (int f = forwardOffsets[v]; f < forwardOffsets[v + 1]; f++) {
					int w = forward[f];
					if (mark[w] == u + 1) {
						roles[role(groupOf[u], groupOf[v], groupOf[w])][u]--;
						roles[role(groupOf[v], groupOf[u], groupOf[w])][v]--;
						roles[role(groupOf[w], groupOf[u], groupOf[v])][w]--;
					}
				}
			}
		}

		BrokerageCounts[] result = new BrokerageCounts[n];
		for (int v = 0; v < n; v++) {
			result[v] = roles[COORDINATOR][v] == 0 && roles[CONSULTANT][v] == 0
					&& roles[BOUNDARY_SPANNER][v] == 0 && roles[LIAISON][v] == 0 ? BrokerageCounts.NONE
							: new BrokerageCounts(roles[COORDINATOR][v], roles[CONSULTANT][v],
									roles[BOUNDARY_SPANNER][v], roles[LIAISON][v]);
		}
		return result;
	}

	/** Whether u comes before v in the (degree, index) order. */
	private static boolean before(IndexedGraph<?> graph, int u, int v) {
		int du = graph.degree(u);
		int dv = graph.degree(v);
		return du < dv || (du == dv && u < v);
	}

	/** The role of broker group gb for partners of groups ga and gc. */
	private static int role(int gb, int ga, int gc) {
		if (ga == gc) {
			return ga == gb ? COORDINATOR : CONSULTANT;
		}
		return ga == gb || gc == gb ? BOUNDARY_SPANNER : LIAISON;
	}

	private static long pairs(long count) {
		return count * (count - 1) / 2;
	}
}
