package org.alliancegraph.analysis.articulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.interfaces.MinimumSTCutAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jspecify.annotations.Nullable;

/**
 * The territory graph (the quotient of the actor graph by {@link ActorNode#territory()}) and the vertex
 * connectivity between two territories.
 *
 * <p>Links. Territories a &lt; b are linked when some actor of a is tied to some actor of b; the link's
 * weight is the sum of the weights of those ties and its carriers the actors having such a tie. Links
 * are ordered by weight descending, then a, then b.
 *
 * <p>Vertex connectivity. The vertex connectivity k(A, B) between territories A and B is the least
 * number of actors whose removal leaves no path from any actor of A to any actor of B; actors of A and B
 * may themselves be removed (so k &le; min(|A|, |B|)). By Menger's theorem it equals the maximum number
 * of vertex-disjoint A–B paths, computed as a maximum flow in the split network (L. R. Ford and D. R.
 * Fulkerson, <i>Flows in Networks</i>, Princeton University Press, 1962, ch. I; S. Even and R. E. Tarjan,
 * "Network flow and testing graph connectivity", <i>SIAM J. Computing</i> 4(4), 507–518, 1975): each actor
 * v becomes an arc v<sub>in</sub> &rarr; v<sub>out</sub> of capacity 1, each tie {u, v} the arcs
 * u<sub>out</sub> &rarr; v<sub>in</sub> and v<sub>out</sub> &rarr; u<sub>in</sub> of unbounded capacity,
 * a super-source feeds every a<sub>in</sub> of A and every b<sub>out</sub> of B drains into a super-sink,
 * with unbounded capacities. The flow is JGraphT's {@link PushRelabelMFImpl} (A. V. Goldberg and R. E.
 * Tarjan, "A new approach to the maximum-flow problem", <i>J. ACM</i> 35(4), 921–940, 1988).
 *
 * <p>Which minimum cut. Several actor sets of size k may separate A from B (the k brokers between them,
 * but also k actors of A or of B themselves). The one reported is the most telling for a territorial
 * catalyst: among the minimum cuts, one with the fewest actors of A and B, then the one closest to A. To
 * get it from a single flow, capacities are scaled: n + 1 for an intermediary actor, n + 2 for an actor of
 * A or B, (n + 1)(n + 2) for "unbounded" (more than any cut); a cut of s actors, t of them in A or B,
 * costs s (n + 1) + t with t &le; s &le; n, so the minimum cost has the minimum size s = k = &lfloor;cost
 * / (n + 1)&rfloor; and then the fewest terminal actors. The cut is read from the source partition (the
 * vertices reachable from the source in the residual network, the same for every maximum flow): the
 * actors whose in-copy is in it and out-copy is not.
 *
 * <p>Cost. The links alone take O(n + m): 1 to 2 s for 50,000 actors, 200,000 ties and 250
 * territories (22,000 links). The split network (2n + 2 vertices, n + 2m arcs) is built once; each
 * connectivity then costs one max-flow on it, O(n² &radic;m) at worst for push-relabel: 3 to 10 s per
 * pair on that graph, where k is about 150, on a loaded 2-core machine (Edmonds–Karp was 2 to 4 times
 * slower). So {@code links(true)} is for small
 * scopes (a few hundred actors, a few dozen links); on a large scope ask for one pair with
 * {@link #vertexCut(String, String)}. Results are cached per pair; results are unmodifiable.
 *
 * @param <E> the edge type
 */
public final class TerritoryLinks<E> {

	private final Graph<ActorNode, E> graph;

	private @Nullable ActorIndex index;

	private @Nullable List<TerritoryLink> links;

	private @Nullable List<TerritoryLink> linksWithConnectivity;

	private @Nullable Graph<Integer, DefaultWeightedEdge> network;

	private DefaultWeightedEdge[] actorArcs = new DefaultWeightedEdge[0];

	private final Map<List<String>, VertexCut> cuts = new HashMap<>();

	/**
	 * @param graph the undirected actor graph
	 */
	public TerritoryLinks(Graph<ActorNode, E> graph) {
		this.graph = Objects.requireNonNull(graph, "graph");
	}

	/**
	 * The links of the territory graph, heaviest first.
	 * @param withConnectivity whether to compute the vertex connectivity of each link (one max-flow per
	 *     link: costly on large graphs); without it, {@code vertexConnectivity} is {@code null}
	 * @return the links
	 */
	public List<TerritoryLink> links(boolean withConnectivity) {
		if (this.links == null) {
			this.links = computeLinks();
		}
		if (!withConnectivity) {
			return this.links;
		}
		if (this.linksWithConnectivity == null) {
			List<TerritoryLink> result = new ArrayList<>();
			for (TerritoryLink link : this.links) {
				result.add(new TerritoryLink(link.a(), link.b(), link.weight(), link.carriers(),
						vertexCut(link.a(), link.b()).vertexConnectivity()));
			}
			this.linksWithConnectivity = List.copyOf(result);
		}
		return this.linksWithConnectivity;
	}

	/**
	 * The link between two territories, with its vertex connectivity; a pair without any direct tie gets
	 * weight 0 and no carrier, but may still have a positive connectivity through other territories.
	 * @param a a territory code
	 * @param b another territory code
	 * @return the link, a and b in lexicographic order
	 */
	public TerritoryLink link(String a, String b) {
		VertexCut cut = vertexCut(a, b);
		for (TerritoryLink link : links(false)) {
			if (link.a().equals(cut.a()) && link.b().equals(cut.b())) {
				return new TerritoryLink(link.a(), link.b(), link.weight(), link.carriers(), cut.vertexConnectivity());
			}
		}
		return new TerritoryLink(cut.a(), cut.b(), 0.0, List.of(), cut.vertexConnectivity());
	}

	/**
	 * The vertex connectivity between two territories and one minimum vertex cut (the one closest to the
	 * smaller code); 0 and an empty cut when a territory has no actor or when they are not connected.
	 * @param a a territory code
	 * @param b another territory code
	 * @return the cut, a and b in lexicographic order
	 */
	public VertexCut vertexCut(String a, String b) {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		if (a.equals(b)) {
			throw new IllegalArgumentException("the two territories must differ: " + a);
		}
		String first = (a.compareTo(b) < 0) ? a : b;
		String second = (a.compareTo(b) < 0) ? b : a;
		return this.cuts.computeIfAbsent(List.of(first, second), pair -> computeCut(first, second));
	}

	private List<TerritoryLink> computeLinks() {
		ActorIndex ix = index();
		record Key(int a, int b) {
		}
		final class Accumulator {

			double weight;

			final TreeSet<Integer> carriers = new TreeSet<>();

		}
		Map<Key, Accumulator> accumulators = new HashMap<>();
		for (E edge : this.graph.edgeSet()) {
			int u = ix.position.get(this.graph.getEdgeSource(edge));
			int v = ix.position.get(this.graph.getEdgeTarget(edge));
			int tu = ix.territory[u];
			int tv = ix.territory[v];
			if (tu == tv) {
				continue;
			}
			Accumulator accumulator = accumulators.computeIfAbsent(new Key(Math.min(tu, tv), Math.max(tu, tv)),
					key -> new Accumulator());
			accumulator.weight += this.graph.getEdgeWeight(edge);
			accumulator.carriers.add(u);
			accumulator.carriers.add(v);
		}
		List<TerritoryLink> result = new ArrayList<>();
		accumulators.forEach((key, accumulator) -> result.add(new TerritoryLink(ix.territoryCodes[key.a()],
				ix.territoryCodes[key.b()], accumulator.weight,
				accumulator.carriers.stream().map(i -> ix.actors[i].id()).toList(), null)));
		result.sort(Comparator.comparingDouble(TerritoryLink::weight)
			.reversed()
			.thenComparing(TerritoryLink::a)
			.thenComparing(TerritoryLink::b));
		return List.copyOf(result);
	}

	private VertexCut computeCut(String a, String b) {
		ActorIndex ix = index();
		int ta = Arrays.binarySearch(ix.territoryCodes, a);
		int tb = Arrays.binarySearch(ix.territoryCodes, b);
		if (ta < 0 || tb < 0) {
			return new VertexCut(a, b, 0, List.of());
		}
		Graph<Integer, DefaultWeightedEdge> net = network();
		int n = ix.size();
		int source = 2 * n;
		int sink = 2 * n + 1;
		List<DefaultWeightedEdge> added = new ArrayList<>();
		List<DefaultWeightedEdge> terminals = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			if (ix.territory[v] == ta) {
				added.add(arc(net, source, 2 * v, unbounded(n)));
			}
			else if (ix.territory[v] == tb) {
				added.add(arc(net, 2 * v + 1, sink, unbounded(n)));
			}
			else {
				continue;
			}
			terminals.add(this.actorArcs[v]);
			net.setEdgeWeight(this.actorArcs[v], n + 2.0);
		}
		try {
			MinimumSTCutAlgorithm<Integer, DefaultWeightedEdge> flow = new PushRelabelMFImpl<>(net);
			long value = Math.round(flow.calculateMinCut(source, sink));
			int k = (int) (value / (n + 1));
			Set<Integer> reachable = flow.getSourcePartition();
			List<String> actors = new ArrayList<>();
			for (int v = 0; v < n; v++) {
				if (reachable.contains(2 * v) && !reachable.contains(2 * v + 1)) {
					actors.add(ix.actors[v].id());
				}
			}
			return new VertexCut(a, b, k, actors);
		}
		finally {
			added.forEach(net::removeEdge);
			terminals.forEach(arc -> net.setEdgeWeight(arc, n + 1.0));
		}
	}

	/** More than any cut of the split network: cutting all n actors costs at most n (n + 2). */
	private static double unbounded(int n) {
		return (n + 1.0) * (n + 2.0);
	}

	private Graph<Integer, DefaultWeightedEdge> network() {
		if (this.network == null) {
			ActorIndex ix = index();
			int n = ix.size();
			Graph<Integer, DefaultWeightedEdge> net = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
			for (int i = 0; i < 2 * n + 2; i++) {
				net.addVertex(i);
			}
			this.actorArcs = new DefaultWeightedEdge[n];
			for (int v = 0; v < n; v++) {
				this.actorArcs[v] = arc(net, 2 * v, 2 * v + 1, n + 1.0);
			}
			for (int u = 0; u < n; u++) {
				for (int v : ix.adjacency[u]) {
					arc(net, 2 * u + 1, 2 * v, unbounded(n));
				}
			}
			this.network = net;
		}
		return this.network;
	}

	private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> net, int from, int to, double capacity) {
		DefaultWeightedEdge arc = net.addEdge(from, to);
		net.setEdgeWeight(arc, capacity);
		return arc;
	}

	private ActorIndex index() {
		if (this.index == null) {
			this.index = new ActorIndex(this.graph);
		}
		return this.index;
	}
}
