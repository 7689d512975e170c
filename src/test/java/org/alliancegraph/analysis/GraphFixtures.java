package org.alliancegraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Small actor graphs of known shape for the analysis tests: undirected simple weighted graphs of
 * {@link ActorNode}s, as the projection builds them, every tie of weight 1 unless said otherwise.
 *
 * <p>Unless said otherwise, vertices are {@code v0, v1, ...} (id = name), of sector
 * {@value #SECTOR} in territory {@value #TERRITORY}; vertices are added in index order, so the
 * graphs are deterministic.
 */
public final class GraphFixtures {

	/** The sector of the vertices of the shaped fixtures. */
	public static final String SECTOR = "ASSOCIATION";

	/** The territory of the vertices of the shaped fixtures. */
	public static final String TERRITORY = "T1";

	/** Sectors of the vocabulary, used by {@link #random(int, int, long)}. */
	public static final List<String> SECTORS = List.of("LOCAL_AUTHORITY", "STATE", "COMPANY", "SOCIAL_ECONOMY",
			"ASSOCIATION", "FOUNDATION", "EDUCATION_RESEARCH", "CITIZEN_INITIATIVE", "NETWORK", "MEDIA");

	/** The Florentine families, in alphabetical order; Pucci has no marriage tie. */
	public static final List<String> FLORENTINE_FAMILIES = List.of("Acciaiuoli", "Albizzi", "Barbadori",
			"Bischeri", "Castellani", "Ginori", "Guadagni", "Lamberteschi", "Medici", "Pazzi", "Peruzzi", "Pucci",
			"Ridolfi", "Salviati", "Strozzi", "Tornabuoni");

	private GraphFixtures() {
	}

	/** @return an empty actor graph */
	public static Graph<ActorNode, DefaultWeightedEdge> empty() {
		return new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
	}

	/** @return an actor of id and name {@code id}, of sector {@value #SECTOR} in {@value #TERRITORY} */
	public static ActorNode actor(String id) {
		return ActorNode.of(id, SECTOR, TERRITORY);
	}

	/** @return an actor of the given sector and territory, its name being its id */
	public static ActorNode actor(String id, String sector, String territory) {
		return ActorNode.of(id, sector, territory);
	}

	/**
	 * @return the vertex of that id
	 * @throws IllegalArgumentException if there is none
	 */
	public static ActorNode vertex(Graph<ActorNode, ?> graph, String id) {
		return graph.vertexSet()
			.stream()
			.filter(v -> v.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No vertex " + id));
	}

	/** Adds a tie of the given weight, adding missing ends. */
	public static DefaultWeightedEdge tie(Graph<ActorNode, DefaultWeightedEdge> graph, ActorNode a, ActorNode b,
			double weight) {
		graph.addVertex(a);
		graph.addVertex(b);
		DefaultWeightedEdge edge = graph.addEdge(a, b);
		if (edge == null) {
			throw new IllegalArgumentException("Tie already present: " + a + " - " + b);
		}
		graph.setEdgeWeight(edge, weight);
		return edge;
	}

	/** @return n vertices {@code v0..v(n-1)} without ties */
	public static Graph<ActorNode, DefaultWeightedEdge> isolated(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = empty();
		vertices(graph, n);
		return graph;
	}

	/** @return the star of n vertices: centre {@code v0} tied to each of {@code v1..v(n-1)} */
	public static Graph<ActorNode, DefaultWeightedEdge> star(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = empty();
		List<ActorNode> v = vertices(graph, n);
		for (int i = 1; i < n; i++) {
			tie(graph, v.get(0), v.get(i), 1);
		}
		return graph;
	}

	/** @return the path {@code v0 - v1 - ... - v(n-1)} */
	public static Graph<ActorNode, DefaultWeightedEdge> path(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = empty();
		List<ActorNode> v = vertices(graph, n);
		for (int i = 1; i < n; i++) {
			tie(graph, v.get(i - 1), v.get(i), 1);
		}
		return graph;
	}

	/** @return the cycle {@code v0 - v1 - ... - v(n-1) - v0}, n at least 3 */
	public static Graph<ActorNode, DefaultWeightedEdge> ring(int n) {
		if (n < 3) {
			throw new IllegalArgumentException("A ring has at least 3 vertices");
		}
		Graph<ActorNode, DefaultWeightedEdge> graph = path(n);
		tie(graph, vertex(graph, "v" + (n - 1)), vertex(graph, "v0"), 1);
		return graph;
	}

	/** @return the complete graph on n vertices */
	public static Graph<ActorNode, DefaultWeightedEdge> complete(int n) {
		Graph<ActorNode, DefaultWeightedEdge> graph = empty();
		List<ActorNode> v = vertices(graph, n);
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				tie(graph, v.get(i), v.get(j), 1);
			}
		}
		return graph;
	}

	/**
	 * Two cliques of 4 joined by a broker; see {@link #twoCliquesJoinedBy(ActorNode, int)}.
	 */
	public static Graph<ActorNode, DefaultWeightedEdge> twoCliquesJoinedBy(ActorNode broker) {
		return twoCliquesJoinedBy(broker, 4);
	}

	/**
	 * Two cliques joined only through a broker tied to every member of both.
	 *
	 * <p>Clique A: {@code a0..a(k-1)}, sector {@code ASSOCIATION}, territory {@code TA}; clique B:
	 * {@code b0..b(k-1)}, sector {@code COMPANY}, territory {@code TB}; no tie between A and B. The
	 * broker is on every shortest path between A and B (betweenness {@code k^2}, each of the
	 * others 0), is an articulation point, and brokers {@code k^2} pairs (liaison when its sector is
	 * neither, boundary spanner when it is one of them).
	 *
	 * @param broker the broker; its sector and territory are the caller's choice
	 * @param cliqueSize k, the size of each clique, at least 1
	 */
	public static Graph<ActorNode, DefaultWeightedEdge> twoCliquesJoinedBy(ActorNode broker, int cliqueSize) {
		Graph<ActorNode, DefaultWeightedEdge> graph = empty();
		List<ActorNode> a = new ArrayList<>();
		List<ActorNode> b = new ArrayList<>();
		for (int i = 0; i < cliqueSize; i++) {
			a.add(actor("a" + i, "ASSOCIATION", "TA"));
			b.add(actor("b" + i, "COMPANY", "TB"));
		}
		a.forEach(graph::addVertex);
		b.forEach(graph::addVertex);
		graph.addVertex(broker);
		for (List<ActorNode> clique : List.of(a, b)) {
			for (int i = 0; i < cliqueSize; i++) {
				for (int j = i + 1; j < cliqueSize; j++) {
					tie(graph, clique.get(i), clique.get(j), 1);
				}
				tie(graph, broker, clique.get(i), 1);
			}
		}
		return graph;
	}

	/**
	 * Padgett's Florentine families marriage network (Padgett &amp; Ansell 1993, "Robust action and the
	 * rise of the Medici, 1400–1434", American Journal of Sociology 98(6): 1259–1319), with the edge
	 * list of NetworkX's {@code florentine_families_graph()}: 16 families, 20 marriage ties, Pucci
	 * isolated (NetworkX omits it). Ids and names are the family names; every family has sector
	 * {@code FAMILY} and territory {@code FIRENZE} (one group: the data set has no sector).
	 */
	public static Graph<ActorNode, DefaultWeightedEdge> florentineFamilies() {
		Graph<ActorNode, DefaultWeightedEdge> graph = empty();
		for (String family : FLORENTINE_FAMILIES) {
			graph.addVertex(ActorNode.of(family, "FAMILY", "FIRENZE"));
		}
		String[][] marriages = { { "Acciaiuoli", "Medici" }, { "Castellani", "Peruzzi" },
				{ "Castellani", "Strozzi" }, { "Castellani", "Barbadori" }, { "Medici", "Barbadori" },
				{ "Medici", "Ridolfi" }, { "Medici", "Tornabuoni" }, { "Medici", "Albizzi" }, { "Medici", "Salviati" },
				{ "Salviati", "Pazzi" }, { "Peruzzi", "Strozzi" }, { "Peruzzi", "Bischeri" }, { "Strozzi", "Ridolfi" },
				{ "Strozzi", "Bischeri" }, { "Ridolfi", "Tornabuoni" }, { "Tornabuoni", "Guadagni" },
				{ "Albizzi", "Ginori" }, { "Albizzi", "Guadagni" }, { "Bischeri", "Guadagni" },
				{ "Guadagni", "Lamberteschi" } };
		for (String[] marriage : marriages) {
			tie(graph, vertex(graph, marriage[0]), vertex(graph, marriage[1]), 1);
		}
		return graph;
	}

	/**
	 * A uniform random graph G(n, m): m distinct ties among n vertices, weight 1, usually
	 * disconnected when m is small; vertex {@code vi} has a random sector of {@link #SECTORS} and a
	 * random territory among {@code T0..T4}. Deterministic for a given seed.
	 *
	 * @throws IllegalArgumentException if m exceeds {@code n (n - 1) / 2}
	 */
	public static Graph<ActorNode, DefaultWeightedEdge> random(int n, int m, long seed) {
		return random(n, m, 1, seed);
	}

	/**
	 * Like {@link #random(int, int, long)}, with weights drawn uniformly in {@code 1..maxWeight}.
	 */
	public static Graph<ActorNode, DefaultWeightedEdge> random(int n, int m, int maxWeight, long seed) {
		if (m > (long) n * (n - 1) / 2) {
			throw new IllegalArgumentException("Too many ties for " + n + " vertices: " + m);
		}
		Random random = new Random(seed);
		Graph<ActorNode, DefaultWeightedEdge> graph = empty();
		List<ActorNode> v = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			ActorNode actor = actor("v" + i, SECTORS.get(random.nextInt(SECTORS.size())), "T" + random.nextInt(5));
			v.add(actor);
			graph.addVertex(actor);
		}
		int added = 0;
		while (added < m) {
			ActorNode a = v.get(random.nextInt(n));
			ActorNode b = v.get(random.nextInt(n));
			if (!a.equals(b) && !graph.containsEdge(a, b)) {
				tie(graph, a, b, 1 + random.nextInt(maxWeight));
				added++;
			}
		}
		return graph;
	}

	private static List<ActorNode> vertices(Graph<ActorNode, DefaultWeightedEdge> graph, int n) {
		List<ActorNode> vertices = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			ActorNode actor = actor("v" + i);
			vertices.add(actor);
			graph.addVertex(actor);
		}
		return vertices;
	}
}
