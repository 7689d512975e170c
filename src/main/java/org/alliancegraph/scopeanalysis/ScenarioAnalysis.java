package org.alliancegraph.scopeanalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.articulation.ArticulationAnalysis;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.articulation.TerritoryLinks;
import org.alliancegraph.analysis.catalyst.CatalystAnalysis;
import org.alliancegraph.analysis.catalyst.CatalystReport;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.Component;
import org.alliancegraph.analysis.gap.Fragmentation;
import org.alliancegraph.projection.ProjectedGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;

/**
 * A what-if scenario on a scope: actors leaving, partnerships ending, new ties. The scenario's network is a copy
 * of the bundle's actor graph with the changes made, and every figure of it comes from the same analyses as the
 * bundle's ({@link Fragmentation}, {@link ArticulationAnalysis}, {@link TerritoryLinks}, {@link CatalystAnalysis}),
 * run on that copy; the figures of the network as it is are the bundle's own. Computed per request, nothing kept.
 *
 * <p>An ending partnership takes away its part of each tie between two of its members, its weight (see
 * {@link ProjectedGraph.PartnershipTie}); the tie stays with the rest of its weight while another partnership or a
 * project carries it. A new tie weighs 1, like a shared project, added to an existing tie's weight.
 */
final class ScenarioAnalysis {

	/** The catalysts compared before and after, from each ranking. */
	static final int CATALYSTS = 10;

	/** Under this, what is left of a tie's weight is rounding: the tie is gone. */
	private static final double NO_WEIGHT = 1e-9;

	private static final List<String> CHANGE_ORDER = List.of("LOST", "WEAKENED", "NEW", "STRENGTHENED", "UNCHANGED");

	private final AnalysisBundle bundle;

	private final ScenarioChanges changes;

	ScenarioAnalysis(AnalysisBundle bundle, ScenarioChanges changes) {
		this.bundle = bundle;
		this.changes = changes;
	}

	AnalysisAnswers.Scenario answer(boolean english) {
		Graph<ActorNode, DefaultWeightedEdge> before = this.bundle.graph().actors();
		Graph<ActorNode, DefaultWeightedEdge> after = modifiedCopy();
		Fragmentation<DefaultWeightedEdge> fragmentation = new Fragmentation<>(after);
		AnalysisAnswers.NetworkFigures baseline = this.bundle.figures();
		AnalysisAnswers.NetworkFigures scenario = figures(after, fragmentation, new ArticulationAnalysis<>(after));
		List<AnalysisAnswers.ScenarioActor> cutOff = cutOff(before, fragmentation);
		List<AnalysisAnswers.TerritoryLinkChange> links = territoryLinks(new TerritoryLinks<>(after));
		List<AnalysisAnswers.CatalystShift> shifts = catalystShifts(
				new CatalystAnalysis(after, this.bundle.catalystOptions()).getReport());
		return new AnalysisAnswers.Scenario(this.bundle.scope(), baseline, scenario, cutOff, links, shifts,
				summary(baseline, scenario, cutOff.size(),
						(int) links.stream().filter(link -> link.change().equals("LOST")).count(), english));
	}

	/** The headline figures, each from its analysis. */
	static AnalysisAnswers.NetworkFigures figures(Graph<ActorNode, DefaultWeightedEdge> graph,
			Fragmentation<DefaultWeightedEdge> fragmentation, ArticulationAnalysis<DefaultWeightedEdge> articulation) {
		int n = graph.vertexSet().size();
		return new AnalysisAnswers.NetworkFigures(n, graph.edgeSet().size(), fragmentation.components().size(),
				fragmentation.isolatedActors().size(), n == 0 ? 0 : 1 - fragmentation.shareOutsideLargest(),
				articulation.articulationPoints().size(), AnalysisAnswers.NetworkFigures.density(graph));
	}

	/** The bundle's actor graph with the changes made. */
	private Graph<ActorNode, DefaultWeightedEdge> modifiedCopy() {
		Graph<ActorNode, DefaultWeightedEdge> source = this.bundle.graph().actors();
		Graph<ActorNode, DefaultWeightedEdge> copy = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<String, ActorNode> actors = new HashMap<>();
		for (ActorNode actor : source.vertexSet()) {
			if (!this.changes.without().contains(actor.id())) {
				copy.addVertex(actor);
				actors.put(actor.id(), actor);
			}
		}
		for (DefaultWeightedEdge edge : source.edgeSet()) {
			ActorNode a = source.getEdgeSource(edge);
			ActorNode b = source.getEdgeTarget(edge);
			if (copy.containsVertex(a) && copy.containsVertex(b)) {
				copy.setEdgeWeight(copy.addEdge(a, b), source.getEdgeWeight(edge));
			}
		}
		for (String id : this.changes.withoutPartnerships()) {
			ProjectedGraph.PartnershipTie partnership = this.bundle.graph().partnerships().get(id);
			List<String> members = partnership.members();
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					ActorNode a = actors.get(members.get(i));
					ActorNode b = actors.get(members.get(j));
					DefaultWeightedEdge edge = a == null || b == null ? null : copy.getEdge(a, b);
					if (edge != null) {
						double rest = copy.getEdgeWeight(edge) - partnership.weight();
						if (rest < NO_WEIGHT) {
							copy.removeEdge(edge);
						}
						else {
							copy.setEdgeWeight(edge, rest);
						}
					}
				}
			}
		}
		for (List<String> tie : this.changes.with()) {
			ActorNode a = actors.get(tie.get(0));
			ActorNode b = actors.get(tie.get(1));
			DefaultWeightedEdge edge = copy.getEdge(a, b);
			if (edge == null) {
				copy.setEdgeWeight(copy.addEdge(a, b), 1);
			}
			else {
				copy.setEdgeWeight(edge, copy.getEdgeWeight(edge) + 1);
			}
		}
		return copy;
	}

	/**
	 * The actors of the largest component as it is, those leaving excepted, that are outside the scenario's largest
	 * component (both by {@link Fragmentation}'s order: most actors, then the smallest id), by id.
	 */
	private List<AnalysisAnswers.ScenarioActor> cutOff(Graph<ActorNode, DefaultWeightedEdge> before,
			Fragmentation<DefaultWeightedEdge> after) {
		List<Component> was = new Fragmentation<>(before).components();
		if (was.isEmpty()) {
			return List.of();
		}
		Set<String> largestAfter = after.components().isEmpty() ? Set.of()
				: new HashSet<>(after.components().get(0).actors());
		Map<String, ActorNode> actors = new HashMap<>();
		before.vertexSet().forEach(a -> actors.put(a.id(), a));
		return was.get(0).actors().stream()
			.filter(id -> !this.changes.without().contains(id) && !largestAfter.contains(id))
			.map(actors::get)
			.map(a -> new AnalysisAnswers.ScenarioActor(a.id(), a.name(), a.sector(), a.territory()))
			.toList();
	}

	/** Every pair linked before or after, lost links first, then by code. */
	private List<AnalysisAnswers.TerritoryLinkChange> territoryLinks(TerritoryLinks<DefaultWeightedEdge> after) {
		TerritoryLinks<DefaultWeightedEdge> before = this.bundle.territoryGraph();
		Map<List<String>, TerritoryLink[]> pairs = new TreeMap<>(
				Comparator.<List<String>, String>comparing(p -> p.get(0)).thenComparing(p -> p.get(1)));
		List<TerritoryLink> linksBefore;
		// the bundle's territory graph is shared: its connectivities are cached as they are asked
		synchronized (before) {
			linksBefore = before.links(false);
		}
		linksBefore.forEach(link -> pairs.computeIfAbsent(List.of(link.a(), link.b()),
				k -> new TerritoryLink[2])[0] = link);
		after.links(false).forEach(link -> pairs.computeIfAbsent(List.of(link.a(), link.b()),
				k -> new TerritoryLink[2])[1] = link);
		int max = this.bundle.connectivityMaxLinks();
		boolean connectivityBefore = linksBefore.size() <= max;
		boolean connectivityAfter = after.links(false).size() <= max;
		List<AnalysisAnswers.TerritoryLinkChange> result = new ArrayList<>();
		pairs.forEach((pair, links) -> {
			Integer kBefore = null;
			if (connectivityBefore) {
				synchronized (before) {
					kBefore = before.vertexCut(pair.get(0), pair.get(1)).vertexConnectivity();
				}
			}
			Integer kAfter = connectivityAfter ? after.vertexCut(pair.get(0), pair.get(1)).vertexConnectivity() : null;
			List<String> carriersBefore = links[0] == null ? List.of() : links[0].carriers();
			List<String> carriersAfter = links[1] == null ? List.of() : links[1].carriers();
			result.add(new AnalysisAnswers.TerritoryLinkChange(pair.get(0), pair.get(1),
					change(carriersBefore.size(), carriersAfter.size(), kBefore, kAfter), carriersBefore, carriersAfter,
					kBefore, kAfter));
		});
		result.sort(Comparator.comparingInt(link -> CHANGE_ORDER.indexOf(link.change())));
		return result;
	}

	private static String change(int before, int after, @Nullable Integer kBefore, @Nullable Integer kAfter) {
		if (before > 0 && after == 0) {
			return "LOST";
		}
		if (before == 0 && after > 0) {
			return "NEW";
		}
		int byConnectivity = kBefore == null || kAfter == null ? 0 : Integer.compare(kAfter, kBefore);
		int shift = after != before ? Integer.compare(after, before) : byConnectivity;
		return shift < 0 ? "WEAKENED" : shift > 0 ? "STRENGTHENED" : "UNCHANGED";
	}

	/** The ten best catalysts before and the ten best after, by rank before. */
	private List<AnalysisAnswers.CatalystShift> catalystShifts(CatalystReport after) {
		Map<String, Integer> ranksAfter = new HashMap<>();
		after.catalysts().forEach(c -> ranksAfter.put(c.id(), c.rank()));
		Set<String> shown = new HashSet<>();
		after.top(CATALYSTS).catalysts().forEach(c -> shown.add(c.id()));
		List<AnalysisAnswers.CatalystShift> shifts = new ArrayList<>();
		for (CatalystResult c : this.bundle.catalystReport().catalysts()) {
			if (c.rank() <= CATALYSTS || shown.contains(c.id())) {
				shifts.add(new AnalysisAnswers.CatalystShift(c.id(), c.name(), c.rank(), ranksAfter.get(c.id())));
			}
		}
		return shifts;
	}

	private String summary(AnalysisAnswers.NetworkFigures before, AnalysisAnswers.NetworkFigures after, int cutOff,
			int linksLost, boolean english) {
		long shareBefore = Math.round(100 * before.largestComponentShare());
		long shareAfter = Math.round(100 * after.largestComponentShare());
		if (english) {
			return String.format(Locale.ROOT, "In this scenario, %s cut off from the main component, the network "
					+ "goes from %s to %d, %s lost, and the main component goes from %d %% to %d %% of the actors.",
					cutOff == 0 ? "no actor is" : plural(cutOff, "actor is", "actors are"), plural(before.components(), "component", "components"),
					after.components(),
					linksLost == 0 ? "no territory link is" : plural(linksLost, "territory link is", "territory links are"),
					shareBefore,
					shareAfter);
		}
		return String.format(Locale.ROOT, "Dans ce scénario, %s de la composante principale, le réseau passe de %s "
				+ "à %d, %s et la composante principale passe de %d %% à %d %% des acteurs.",
				cutOff == 0 ? "aucun acteur n'est coupé" : plural(cutOff, "acteur est coupé", "acteurs sont coupés"),
				plural(before.components(), "composante", "composantes"), after.components(),
				linksLost == 0 ? "aucun lien entre territoires n'est perdu"
						: plural(linksLost, "lien entre territoires est perdu", "liens entre territoires sont perdus"),
				shareBefore, shareAfter);
	}

	private static String plural(int count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}
}
