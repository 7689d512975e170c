package org.alliancegraph.analysis.articulation;

import java.util.List;
import java.util.Objects;

/**
 * A minimum set of actors whose removal leaves no path between two territories (see
 * {@link TerritoryLinks#vertexCut(String, String)}).
 *
 * @param a the smaller territory code
 * @param b the larger territory code
 * @param vertexConnectivity the size of the cut: the vertex connectivity between a and b
 * @param actors the ids of the actors of the cut, sorted
 */
public record VertexCut(String a, String b, int vertexConnectivity, List<String> actors) {

	public VertexCut {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		actors = List.copyOf(Objects.requireNonNull(actors, "actors"));
	}
}
