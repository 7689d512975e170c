package org.alliancegraph.scopeanalysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.alliancegraph.analysis.articulation.ArticulationPoint;
import org.alliancegraph.analysis.articulation.Bridge;
import org.alliancegraph.analysis.articulation.Departure;
import org.alliancegraph.analysis.articulation.DepartureStep;
import org.alliancegraph.analysis.articulation.LevelSpan;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.articulation.VertexCut;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.analysis.suggestion.Suggestion;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/** The answers of the analysis endpoints (API.md, "Analyses"); each echoes its scope. */
public final class AnalysisAnswers {

	private AnalysisAnswers() {
	}

	public record Catalysts(ScopeDescription scope, int actorCount, int tieCount, String betweennessMethod,
			int samples, double epsilon, double delta, List<CatalystResult> catalysts) {
	}

	/**
	 * @param domains need against coverage in every domain, gap or not: what the domain gaps are chosen from
	 */
	public record Gaps(ScopeDescription scope, int actorCount, int tieCount, @JsonUnwrapped GapReport report,
			List<DomainFigures> domains) {
	}

	/**
	 * Need against coverage in one domain: the inputs of its domain gap.
	 *
	 * @param needIndex the highest finite need index of the domain's indicators (null: none)
	 * @param neediestIndicator the indicator that gives it
	 * @param indicators the codes of every indicator measuring a need in the domain
	 * @param activeProjects the active projects of the domain targeting the scope
	 * @param actors the actors of the scope with a tie in the domain
	 */
	public record DomainFigures(String domain, @Nullable Double needIndex, @Nullable String neediestIndicator,
			List<String> indicators, int activeProjects, int actors) {
	}

	public record Suggestions(ScopeDescription scope, long candidateCount, List<Suggestion> suggestions) {
	}

	/**
	 * @param territories the territories the actors are grouped by, the vertices of the territory graph whose
	 *     links are {@code territoryLinks}
	 * @param multiLevel actors and projects spanning several levels of the hierarchy
	 * @param cut for {@code between=A,B}: the minimum set of actors separating them
	 */
	public record Articulations(ScopeDescription scope, int components, List<ArticulationPoint> articulationPoints,
			List<Bridge> bridges, List<GroupTerritory> territories, List<TerritoryLink> territoryLinks,
			MultiLevel multiLevel, @Nullable VertexCut cut) {
	}

	/** A territory of the scope's group level and how many of the scope's actors it groups. */
	public record GroupTerritory(String code, String name, int actors) {
	}

	public record MultiLevel(List<LevelSpan> actors, List<LevelSpan> projects) {
	}

	/**
	 * The headline figures of the network on one date.
	 *
	 * @param density ties / possible ties
	 * @param shareOutsideLargest share of actors outside the largest component
	 * @param topCatalysts the three best-ranked catalysts
	 */
	public record TrajectoryPoint(LocalDate at, int actorCount, int tieCount, double density, int components,
			double shareOutsideLargest, int isolatedActors, int articulationPoints, int communities, double modularity,
			List<String> sectorsAbsent, List<CatalystResult> topCatalysts) {
	}

	public record Trajectory(ScopeDescription scope, String step, List<TrajectoryPoint> points) {
	}

	/**
	 * What the SDG and partnership-type filters keep of the actor graph (see {@code KeptByThemes}).
	 *
	 * @param sdgs the SDG codes asked (empty: no SDG filter)
	 * @param types the partnership type codes asked (empty: no type filter)
	 * @param actors the ids of the actors kept, sorted
	 * @param ties the ties kept, each as the ids of its two ends, the smaller first; sorted
	 */
	public record Highlight(ScopeDescription scope, Set<String> sdgs, Set<String> types, List<String> actors,
			List<List<String>> ties) {
	}

	/**
	 * What each actor's departure alone does to the network, and the greedy sequence of departures that breaks it
	 * (see {@code DepartureImpact}).
	 *
	 * @param actorCount the actors of the scope
	 * @param largestComponent the actors of its largest component
	 * @param actors the actors, most cut off first, at most {@code limit} of them
	 * @param sequence the greedy departures, until the largest component holds less than half of the actors
	 * @param sequenceComplete false when the sequence stopped at its bound before that
	 */
	public record Robustness(ScopeDescription scope, int actorCount, int largestComponent, List<Departure> actors,
			List<DepartureStep> sequence, boolean sequenceComplete) {
	}

	/**
	 * The headline structure of a network.
	 *
	 * @param components connected components
	 * @param isolated actors without any tie
	 * @param largestComponentShare the share of the actors in the largest component (0 without actor)
	 * @param articulationPointCount actors whose departure alone disconnects their component
	 * @param density ties over possible ties, {@code 2m / (n (n - 1))}; 0 below two actors
	 */
	public record NetworkFigures(int actorCount, int tieCount, int components, int isolated,
			double largestComponentShare, int articulationPointCount, double density) {

		/** Ties over possible ties, {@code 2m / (n (n - 1))}; 0 below two actors. */
		static double density(Graph<?, ?> graph) {
			int n = graph.vertexSet().size();
			int m = graph.edgeSet().size();
			return n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1));
		}
	}

	/**
	 * A what-if answer: the network as it is and as it would be (see {@code ScenarioAnalysis}).
	 *
	 * @param cutOff the actors of the largest component, departed ones excepted, outside it in the scenario
	 * @param territoryLinks every pair of territories linked before or after, links lost first
	 * @param catalystShifts the ten best catalysts before and the ten best after, with both ranks
	 * @param summary one sentence, in French ({@code lang=en}: English)
	 */
	public record Scenario(ScopeDescription scope, NetworkFigures baseline, NetworkFigures scenario,
			List<ScenarioActor> cutOff, List<TerritoryLinkChange> territoryLinks, List<CatalystShift> catalystShifts,
			String summary) {
	}

	public record ScenarioActor(String id, String name, String sector, String territory) {
	}

	/**
	 * A pair of territories before and after.
	 *
	 * @param change {@code LOST}, {@code WEAKENED}, {@code NEW}, {@code STRENGTHENED} or {@code UNCHANGED}: by the
	 *     number of carriers, then by the vertex connectivity
	 * @param carriersBefore the ids of the actors carrying the link, sorted (empty: no direct tie)
	 * @param connectivityBefore the vertex connectivity of the pair, null when not computed (more territory links
	 *     than {@code alliance.analysis.connectivity-max-links})
	 */
	public record TerritoryLinkChange(String a, String b, String change, List<String> carriersBefore,
			List<String> carriersAfter, @Nullable Integer connectivityBefore, @Nullable Integer connectivityAfter) {
	}

	/** @param rankAfter null for an actor that leaves in the scenario */
	public record CatalystShift(String id, String name, int rankBefore, @Nullable Integer rankAfter) {
	}

	/**
	 * A territory's headline indicators against its peers' (see {@code PeerBenchmarks} and the README).
	 *
	 * @param name the territory's name
	 * @param peerLevel the level of the peers
	 * @param within the territory the peers lie in (null: the whole graph)
	 * @param peers the number of territories compared, the territory included, those without actor too
	 * @param peersWithoutActors those of them without any actor: their indicators are null and in no statistic
	 * @param indicators each indicator's value for the territory and its distribution over the peers
	 * @param peerFigures every peer's indicators, in the order of their names, when asked for ({@code peerFigures=true}:
	 *     half a megabyte for the 1,255 EPCI of France); left out otherwise
	 */
	public record Benchmark(ScopeDescription scope, String name, String peerLevel, @Nullable String within,
			int peers, int peersWithoutActors, List<IndicatorBenchmark> indicators,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<PeerFigures> peerFigures) {
	}

	/**
	 * One indicator of a benchmark; the statistics are over the peers that have a value (null when none has).
	 *
	 * @param value the territory's (null: not defined for it, e.g. no population known)
	 * @param count the peers with a value, those the statistics are over
	 * @param percentile the share of those peers, in %, whose value is at most the territory's, the territory
	 *     counted among them (null when its value is)
	 */
	public record IndicatorBenchmark(String code, @Nullable Double value, int count, @Nullable Double min,
			@Nullable Double q1, @Nullable Double median, @Nullable Double q3, @Nullable Double max,
			@Nullable Double percentile) {
	}

	/**
	 * @param indicators by code, in the order of {@code PeerIndicator}; null where not defined
	 */
	public record PeerFigures(String code, String name, @Nullable Long population, int actorCount,
			Map<String, @Nullable Double> indicators) {
	}
}
