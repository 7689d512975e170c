package org.alliancegraph.analysis.articulation;

import java.util.List;
import java.util.Objects;

/**
 * A tie whose removal disconnects the actor graph (see {@link ArticulationAnalysis}).
 *
 * @param source the smaller actor id of the tie
 * @param target the larger actor id of the tie
 * @param separates the territory codes of the actors on the side that would be cut off (the smaller
 *     side), sorted
 */
public record Bridge(String source, String target, List<String> separates) {

	public Bridge {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(target, "target");
		separates = List.copyOf(Objects.requireNonNull(separates, "separates"));
	}
}
