package org.alliancegraph.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.alliancegraph.projection.Scope;
import org.alliancegraph.scopeanalysis.AnalysisAnswers;
import org.alliancegraph.scopeanalysis.AnalysisBundles;
import org.jspecify.annotations.Nullable;

/**
 * The trajectory of a report: the points of {@link AnalysisBundles#trajectory}, one date per task on the report's
 * pool. The point of the report's own date is read from the bundle the report's other answers come from, so its
 * figures are not computed a second time.
 */
final class DiagnosticTrajectory {

	/** Above this many actors, the trajectory takes one date every two years. */
	static final int LARGE_SCOPE = 5_000;

	/** Years of trajectory before the date. */
	static final int YEARS = 8;

	private final Period step;

	private final AnalysisBundles bundles;

	private final Scope scope;

	/** The trajectory's first date, whose scope the answer echoes (as {@link AnalysisBundles#trajectory} does). */
	private final LocalDate first;

	private final List<@Nullable CompletableFuture<AnalysisAnswers.TrajectoryPoint>> points = new ArrayList<>();

	/** Starts the points of every date but the report's own, on the report's pool. */
	DiagnosticTrajectory(DiagnosticTasks tasks, AnalysisBundles bundles, Scope scope, int actors,
			Map<String, String> timings) {
		this.bundles = bundles;
		this.scope = scope;
		this.step = trajectoryStep(actors);
		LocalDate at = scope.at();
		this.first = at.minusYears(YEARS);
		for (LocalDate date = first; !date.isAfter(at); date = date.plus(step)) {
			LocalDate day = date;
			points.add(day.equals(at) ? null
					: tasks.async("trajectory " + day, timings, () -> bundles.of(scope.at(day)).trajectoryPoint(true)));
		}
	}

	/** The whole trajectory, once the report's own answers are there. */
	AnalysisAnswers.Trajectory join() {
		List<AnalysisAnswers.TrajectoryPoint> joined = new ArrayList<>();
		for (@Nullable CompletableFuture<AnalysisAnswers.TrajectoryPoint> point : points) {
			joined.add(point == null ? bundles.of(scope).trajectoryPoint(false) : DiagnosticTasks.join(point));
		}
		return new AnalysisAnswers.Trajectory(bundles.of(scope.at(first)).scope(), step.toString(), joined);
	}

	/**
	 * Yearly; every two years above {@value #LARGE_SCOPE} actors, where each date costs seconds (communities,
	 * betweenness): five dates instead of nine.
	 */
	private static Period trajectoryStep(int actors) {
		return actors > LARGE_SCOPE ? Period.ofYears(2) : Period.ofYears(1);
	}
}
