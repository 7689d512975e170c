package org.alliancegraph.analysis.articulation;

import java.util.List;
import java.util.Objects;

/**
 * An actor whose removal disconnects the actor graph (see {@link ArticulationAnalysis}).
 *
 * @param id the actor's id
 * @param name the actor's name
 * @param separates the territory codes of the actors that would be cut off from the main part of its
 *     component without it, sorted
 * @param componentsWithout the number of connected components of the whole graph once it is removed
 */
public record ArticulationPoint(String id, String name, List<String> separates, int componentsWithout) {

	public ArticulationPoint {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		separates = List.copyOf(Objects.requireNonNull(separates, "separates"));
	}
}
