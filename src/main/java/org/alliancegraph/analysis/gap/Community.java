package org.alliancegraph.analysis.gap;

import java.util.List;
import java.util.Objects;

/**
 * One community of the actor graph (see {@link CommunityStructure}).
 *
 * @param id its number, from 1, communities being ordered by decreasing size then smallest actor id
 * @param actors the ids of its actors, sorted
 * @param internalTies number of ties (edges) between two of its actors
 * @param externalTies number of ties between one of its actors and an actor of another community
 */
public record Community(int id, List<String> actors, int internalTies, int externalTies) {

	public Community {
		actors = List.copyOf(Objects.requireNonNull(actors, "actors"));
	}
}
