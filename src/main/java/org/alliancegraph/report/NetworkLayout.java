package org.alliancegraph.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.Component;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Lays out the picture of a territory's network on the server, so that print needs no script.
 *
 * <p>Selection. A picture stays legible up to a few hundred actors ({@value #MAX_NODES}). Actors without a tie
 * are left out (the report lists them). If the actors with a tie are at most that many, all are drawn
 * ({@code ALL_LINKED}); else the largest component if it fits ({@code LARGEST_COMPONENT}); else the ten best
 * catalysts and their partners, strongest ties first, until the cap ({@code CATALYST_NEIGHBOURHOODS}).
 *
 * <p>Layout. Fruchterman–Reingold force-directed placement (T. M. J. Fruchterman and E. M. Reingold, "Graph
 * drawing by force-directed placement", <i>Software: Practice and Experience</i> 21(11), 1991), JGraphT's
 * {@link FRLayoutAlgorithm2D}, {@value #ITERATIONS} iterations, on a copy whose vertices are inserted by id
 * with a seeded random source: the same network always gives the same picture. Positions are then scaled to
 * fill the drawing area with a margin. O(iterations × n²) for n drawn actors.
 */
final class NetworkLayout {

	static final int MAX_NODES = 250;

	static final double WIDTH = 1000;

	static final double HEIGHT = 880;

	private static final double MARGIN = 24;

	private static final int ITERATIONS = 250;

	private static final long SEED = 17;

	private NetworkLayout() {
	}

	static DiagnosticReport.NetworkPicture picture(Graph<ActorNode, DefaultWeightedEdge> graph,
			List<CatalystResult> catalysts, List<Component> components) {
		Map<String, ActorNode> byId = new HashMap<>();
		graph.vertexSet().forEach(a -> byId.put(a.id(), a));
		List<ActorNode> linked = graph.vertexSet().stream().filter(a -> graph.degreeOf(a) > 0).toList();
		String selection;
		Set<ActorNode> chosen = new LinkedHashSet<>();
		if (linked.size() <= MAX_NODES) {
			selection = "ALL_LINKED";
			chosen.addAll(linked);
		}
		else if (!components.isEmpty() && components.get(0).size() <= MAX_NODES) {
			selection = "LARGEST_COMPONENT";
			components.get(0).actors().forEach(id -> chosen.add(byId.get(id)));
		}
		else {
			selection = "CATALYST_NEIGHBOURHOODS";
			catalysts.forEach(c -> chosen.add(byId.get(c.id())));
			for (CatalystResult c : catalysts) {
				ActorNode centre = byId.get(c.id());
				List<DefaultWeightedEdge> edges = new ArrayList<>(graph.edgesOf(centre));
				edges.sort(Comparator.comparingDouble(graph::getEdgeWeight).reversed()
					.thenComparing(e -> Graphs.getOppositeVertex(graph, e, centre).id()));
				for (DefaultWeightedEdge e : edges) {
					if (chosen.size() >= MAX_NODES) {
						break;
					}
					chosen.add(Graphs.getOppositeVertex(graph, e, centre));
				}
			}
		}
		List<ActorNode> nodes = chosen.stream().sorted(Comparator.comparing(ActorNode::id)).toList();
		Graph<Integer, DefaultWeightedEdge> copy = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<ActorNode, Integer> index = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			copy.addVertex(i);
			index.put(nodes.get(i), i);
		}
		List<DiagnosticReport.Edge> edges = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			ActorNode a = nodes.get(i);
			List<Integer> neighbours = new ArrayList<>();
			for (DefaultWeightedEdge e : graph.edgesOf(a)) {
				Integer j = index.get(Graphs.getOppositeVertex(graph, e, a));
				if (j != null && j > i) {
					neighbours.add(j);
				}
			}
			neighbours.sort(null);
			for (int j : neighbours) {
				copy.addEdge(i, j);
				edges.add(new DiagnosticReport.Edge(i, j, graph.getEdgeWeight(graph.getEdge(a, nodes.get(j)))));
			}
		}
		MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(WIDTH, HEIGHT));
		if (nodes.size() > 1) {
			new FRLayoutAlgorithm2D<Integer, DefaultWeightedEdge>(ITERATIONS,
					FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED)).layout(copy, model);
		}
		else if (nodes.size() == 1) {
			model.put(0, Point2D.of(WIDTH / 2, HEIGHT / 2));
		}
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int i = 0; i < nodes.size(); i++) {
			Point2D p = model.get(i);
			minX = Math.min(minX, p.getX());
			maxX = Math.max(maxX, p.getX());
			minY = Math.min(minY, p.getY());
			maxY = Math.max(maxY, p.getY());
		}
		double spanX = Math.max(maxX - minX, 1e-9);
		double spanY = Math.max(maxY - minY, 1e-9);
		Map<String, Integer> ranks = new HashMap<>();
		catalysts.forEach(c -> ranks.put(c.id(), c.rank()));
		List<DiagnosticReport.Node> placed = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			ActorNode a = nodes.get(i);
			Point2D p = model.get(i);
			double x = nodes.size() == 1 ? WIDTH / 2 : MARGIN + (p.getX() - minX) / spanX * (WIDTH - 2 * MARGIN);
			double y = nodes.size() == 1 ? HEIGHT / 2 : MARGIN + (p.getY() - minY) / spanY * (HEIGHT - 2 * MARGIN);
			placed.add(new DiagnosticReport.Node(a.id(), a.name(), a.sector(), round(x), round(y), graph.degreeOf(a),
					ranks.get(a.id())));
		}
		return new DiagnosticReport.NetworkPicture(selection, graph.vertexSet().size(), WIDTH, HEIGHT, placed, edges);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
