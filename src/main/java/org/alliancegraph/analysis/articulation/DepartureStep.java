package org.alliancegraph.analysis.articulation;

import java.util.Objects;

/**
 * One step of the greedy departure sequence (see {@link DepartureImpact#sequence()}).
 *
 * @param removed the actor that leaves at this step
 * @param largestComponent the number of actors of the largest component once it has left
 * @param largestComponentShare that number over the number of actors before any departure
 */
public record DepartureStep(Actor removed, int largestComponent, double largestComponentShare) {

	public DepartureStep {
		Objects.requireNonNull(removed, "removed");
	}

	/** The actor leaving. */
	public record Actor(String id, String name) {

		public Actor {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(name, "name");
		}
	}
}
