package org.alliancegraph.analysis.gap;

import java.util.List;
import java.util.Objects;

/**
 * One connected component of the actor graph.
 *
 * @param size its number of actors
 * @param actors the ids of its actors, sorted
 */
public record Component(int size, List<String> actors) {

	public Component {
		actors = List.copyOf(Objects.requireNonNull(actors, "actors"));
	}
}
