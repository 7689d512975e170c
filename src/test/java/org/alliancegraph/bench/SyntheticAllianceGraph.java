package org.alliancegraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * A deterministic synthetic actor graph shaped like territorial alliances, for benchmarks.
 *
 * <p>Shape, for N actors:
 * <ul>
 * <li>{@code T = max(1, N / 200)} territories {@code T0000..}; actor i ({@code a000000}...) sits in
 * territory {@code i * T / N}, so territories are contiguous blocks of about 200 actors;</li>
 * <li>about {@value #TIES_PER_ACTOR} N ties, a share {@value #INSIDE_SHARE} of them inside territories
 * (all when there is one territory): inside each territory every new actor ties to about 3.4 earlier
 * ones (fewer for the first few) chosen by preferential attachment
 * (Barabási–Albert: proportional to degree, plus one so newcomers can be picked), which gives skewed
 * degrees and local hubs;</li>
 * <li>the remaining ties join two territories, half of them neighbouring ones ({@code t ± 1}), the
 * other half any two; each end is drawn half of the time in proportion to degree, else uniformly, so
 * hubs carry much of the inter-territory links;</li>
 * <li>10 sectors with skewed shares (associations 30 %, companies 20 %, local authorities 12 %, ...,
 * media 2 %); tie weights (number of shared ties) 1 (70 %), 2 (20 %) or 3 (10 %).</li>
 * </ul>
 * The same N and seed always give the same graph, vertices inserted in id order.
 */
public final class SyntheticAllianceGraph {

	/** The seed used when none is given. */
	public static final long DEFAULT_SEED = 20_250_917L;

	/** Ties per actor, on average. */
	static final double TIES_PER_ACTOR = 4.0;

	/** Share of the ties inside a territory. */
	static final double INSIDE_SHARE = 0.85;

	private static final int ACTORS_PER_TERRITORY = 200;

	private static final String[] SECTORS = { "ASSOCIATION", "COMPANY", "LOCAL_AUTHORITY", "SOCIAL_ECONOMY",
			"EDUCATION_RESEARCH", "CITIZEN_INITIATIVE", "STATE", "FOUNDATION", "NETWORK", "MEDIA" };

	private static final double[] SECTOR_SHARES = { 0.30, 0.20, 0.12, 0.10, 0.08, 0.07, 0.05, 0.03, 0.03, 0.02 };

	private SyntheticAllianceGraph() {
	}

	/** @return the graph of n actors with {@link #DEFAULT_SEED} */
	public static Graph<ActorNode, DefaultWeightedEdge> generate(int n) {
		return generate(n, DEFAULT_SEED);
	}

	/**
	 * @param n the number of actors, at least 0
	 * @param seed the seed
	 * @return the graph
	 */
	public static Graph<ActorNode, DefaultWeightedEdge> generate(int n, long seed) {
		if (n < 0) {
			throw new IllegalArgumentException("n must be at least 0, was " + n);
		}
		Random random = new Random(seed);
		Graph<ActorNode, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		int territories = Math.max(1, n / ACTORS_PER_TERRITORY);
		List<ActorNode> actors = new ArrayList<>(n);
		int[] territoryStart = new int[territories + 1];
		for (int i = 0; i < n; i++) {
			int territory = (int) ((long) i * territories / n);
			ActorNode actor = ActorNode.of(String.format("a%06d", i), sector(random.nextDouble()),
					String.format("T%04d", territory));
			actors.add(actor);
			graph.addVertex(actor);
			territoryStart[territory + 1] = i + 1;
		}
		if (n < 2) {
			return graph;
		}

		// Ends of the ties drawn so far, one entry per tie end: drawing from it is drawing in
		// proportion to degree. Kept per territory for the inside ties, globally for the others.
		long insideTarget = Math.round(TIES_PER_ACTOR * (territories == 1 ? 1.0 : INSIDE_SHARE) * n);
		double perNewcomer = (double) insideTarget / n;
		int[] ends = new int[(int) (2 * TIES_PER_ACTOR * n) + 16];
		int endCount = 0;
		long inside = 0;
		int[] endSlice = new int[2 * territories];
		for (int t = 0; t < territories; t++) {
			int start = territoryStart[t];
			int end = territoryStart[t + 1];
			int localStart = endCount;
			endSlice[2 * t] = localStart;
			for (int i = start + 1; i < end; i++) {
				// about perNewcomer ties each, at most to all earlier actors of the territory
				int wanted = (int) perNewcomer + (random.nextDouble() < perNewcomer - (int) perNewcomer ? 1 : 0);
				wanted = Math.min(wanted, i - start);
				int added = 0;
				for (int attempt = 0; added < wanted && attempt < 20 * wanted; attempt++) {
					int pool = endCount - localStart;
					// proportional to degree + 1: an end with probability pool / (pool + earlier actors)
					int earlier = i - start;
					int j = random.nextInt(pool + earlier) < pool ? ends[localStart + random.nextInt(pool)]
							: start + random.nextInt(earlier);
					if (tie(graph, actors.get(i), actors.get(j), random)) {
						ends[endCount++] = i;
						ends[endCount++] = j;
						added++;
					}
				}
				inside += added;
			}
			endSlice[2 * t + 1] = endCount;
		}

		// Ties between territories.
		long crossTarget = Math.round(TIES_PER_ACTOR * n) - inside;
		if (territories > 1) {
			long cross = 0;
			for (long attempt = 0; cross < crossTarget && attempt < 20 * crossTarget; attempt++) {
				int u = endCount > 0 && random.nextBoolean() ? ends[random.nextInt(endCount)] : random.nextInt(n);
				int tu = territoryOf(u, territories, n);
				int tv;
				if (random.nextBoolean()) {
					tv = Math.floorMod(tu + (random.nextBoolean() ? 1 : -1), territories);
				}
				else {
					tv = random.nextInt(territories);
				}
				if (tv == tu) {
					continue;
				}
				int v = actorIn(tv, territoryStart, endSlice, ends, random);
				if (tie(graph, actors.get(u), actors.get(v), random)) {
					cross++;
				}
			}
		}
		return graph;
	}

	private static int territoryOf(int actor, int territories, int n) {
		return (int) ((long) actor * territories / n);
	}

	/**
	 * An actor of territory t: half of the time in proportion to its degree inside the territory (a
	 * random end of the territory's inside ties, which lie in one slice of {@code ends}), else
	 * uniformly.
	 */
	private static int actorIn(int t, int[] territoryStart, int[] endSlice, int[] ends, Random random) {
		int from = endSlice[2 * t];
		int to = endSlice[2 * t + 1];
		if (to > from && random.nextBoolean()) {
			return ends[from + random.nextInt(to - from)];
		}
		return territoryStart[t] + random.nextInt(territoryStart[t + 1] - territoryStart[t]);
	}

	private static boolean tie(Graph<ActorNode, DefaultWeightedEdge> graph, ActorNode a, ActorNode b, Random random) {
		if (a.equals(b) || graph.containsEdge(a, b)) {
			return false;
		}
		DefaultWeightedEdge edge = graph.addEdge(a, b);
		double draw = random.nextDouble();
		graph.setEdgeWeight(edge, draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3);
		return true;
	}

	private static String sector(double draw) {
		double cumulated = 0;
		for (int s = 0; s < SECTORS.length; s++) {
			cumulated += SECTOR_SHARES[s];
			if (draw < cumulated) {
				return SECTORS[s];
			}
		}
		return SECTORS[SECTORS.length - 1];
	}
}
