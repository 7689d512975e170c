package org.alliancegraph.analysis.articulation;

import java.util.List;

/**
 * How the territories of a scope hold together, as answered by {@code GET /api/v1/analysis/articulations}.
 *
 * @param articulationPoints the actors whose removal disconnects the actor graph
 * @param bridges the ties whose removal disconnects it
 * @param territoryLinks the links of the territory graph
 */
public record ArticulationReport(List<ArticulationPoint> articulationPoints, List<Bridge> bridges,
		List<TerritoryLink> territoryLinks) {

	public ArticulationReport {
		articulationPoints = List.copyOf(articulationPoints);
		bridges = List.copyOf(bridges);
		territoryLinks = List.copyOf(territoryLinks);
	}
}
