package org.alliancegraph.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.network.AnalysisAnswers;
import org.alliancegraph.network.NetworkAnalyses;
import org.alliancegraph.projection.Scope;

/**
 * The trajectory of a report: the same answer as {@code analyses.trajectory(scope, from, at, step)}, one date per
 * task; the point on the report's own date is assembled from the report's other answers instead of being
 * computed a second time.
 */
final class DiagnosticTrajectory {

	/** Above this many actors, the trajectory takes one date every two years. */
	static final int LARGE_SCOPE = 5_000;

	/** Years of trajectory before the date. */
	static final int YEARS = 8;

	private final LocalDate at;

	private final Period step;

	private final List<LocalDate> dates = new ArrayList<>();

	private final Map<LocalDate, CompletableFuture<AnalysisAnswers.Trajectory>> years = new LinkedHashMap<>();

	/** Starts the analyses of every date but the report's own, on the report's pool. */
	DiagnosticTrajectory(DiagnosticTasks tasks, NetworkAnalyses analyses, Scope scope, int actors,
			Map<String, String> timings) {
		this.at = scope.at();
		this.step = trajectoryStep(actors);
		for (LocalDate date = trajectoryFrom(at); !date.isAfter(at); date = date.plus(step)) {
			dates.add(date);
		}
		for (LocalDate day : dates) {
			if (!day.equals(at) || day.equals(dates.get(0))) {
				years.put(day, tasks.async("trajectory " + day, timings, () -> analyses.trajectory(scope, day, day, step)));
			}
		}
	}

	/** The whole trajectory, once the report's own answers are there. */
	AnalysisAnswers.Trajectory join(CompletableFuture<AnalysisAnswers.Catalysts> catalysts, AnalysisAnswers.Gaps gaps,
			AnalysisAnswers.Articulations articulations) {
		List<AnalysisAnswers.TrajectoryPoint> points = new ArrayList<>();
		for (LocalDate day : dates) {
			CompletableFuture<AnalysisAnswers.Trajectory> year = years.get(day);
			points.add(year == null ? pointOn(at, DiagnosticTasks.join(catalysts), gaps, articulations)
					: DiagnosticTasks.join(year).points().get(0));
		}
		return new AnalysisAnswers.Trajectory(DiagnosticTasks.join(years.get(dates.get(0))).scope(), step.toString(),
				points);
	}

	/**
	 * The trajectory point of the report's date, made of the answers already there exactly as
	 * {@link NetworkAnalyses#trajectory} makes it: counts, density {@code 2m / (n (n - 1))}, fragmentation,
	 * communities, absent sectors, cut points and the three best catalysts.
	 */
	private static AnalysisAnswers.TrajectoryPoint pointOn(LocalDate at, AnalysisAnswers.Catalysts catalysts,
			AnalysisAnswers.Gaps gaps, AnalysisAnswers.Articulations articulations) {
		GapReport report = gaps.report();
		int n = gaps.actorCount();
		int m = gaps.tieCount();
		return new AnalysisAnswers.TrajectoryPoint(at, n, m, n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1)),
				report.components().size(), report.shareOutsideLargest(), report.isolatedActors().size(),
				articulations.articulationPoints().size(), report.communities().size(), report.modularity(),
				report.sectorsAbsent(), catalysts.catalysts().subList(0, Math.min(3, catalysts.catalysts().size())));
	}

	/**
	 * Yearly; every two years above {@value #LARGE_SCOPE} actors, where each date costs seconds (exact
	 * betweenness, communities): five dates instead of nine.
	 */
	private static Period trajectoryStep(int actors) {
		return actors > LARGE_SCOPE ? Period.ofYears(2) : Period.ofYears(1);
	}

	/** The trajectory's parameters for a report on {@code at}: yearly, over the {@value #YEARS} previous years. */
	private static LocalDate trajectoryFrom(LocalDate at) {
		return at.minusYears(YEARS);
	}
}
