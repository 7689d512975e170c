package org.alliancegraph.scopeanalysis;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.alliancegraph.analysis.articulation.ArticulationPoint;
import org.alliancegraph.analysis.articulation.Bridge;
import org.alliancegraph.analysis.articulation.LevelSpan;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.articulation.VertexCut;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.analysis.suggestion.Suggestion;
import org.jspecify.annotations.Nullable;

/** The answers of the analysis endpoints (API.md, "Analyses"); each echoes its scope. */
public final class AnalysisAnswers {

	private AnalysisAnswers() {
	}

	public record Catalysts(ScopeDescription scope, int actorCount, int tieCount, String betweennessMethod,
			int samples, double epsilon, double delta, List<CatalystResult> catalysts) {
	}

	public record Gaps(ScopeDescription scope, int actorCount, int tieCount, @JsonUnwrapped GapReport report) {
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
	 * @param multiLevel actors and projects spanning several levels of the hierarchy
	 * @param cut for {@code between=A,B}: the minimum set of actors separating them
	 */
	public record Articulations(ScopeDescription scope, int components, List<ArticulationPoint> articulationPoints,
			List<Bridge> bridges, List<TerritoryLink> territoryLinks, MultiLevel multiLevel, @Nullable VertexCut cut) {
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
}
