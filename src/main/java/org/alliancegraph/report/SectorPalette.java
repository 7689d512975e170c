package org.alliancegraph.report;

import java.util.Map;

/**
 * The colour of each sector in the report's charts: Paul Tol's "muted" qualitative scheme, designed to stay
 * distinct for colour-blind readers and in print (P. Tol, "Colour schemes", SRON/EPS/TN/09-002, 2021), its pale
 * grey darkened for media.
 */
final class SectorPalette {

	private static final Map<String, String> COLOURS = Map.of("LOCAL_AUTHORITY", "#332288", "STATE", "#88CCEE",
			"COMPANY", "#DDCC77", "SOCIAL_ECONOMY", "#117733", "ASSOCIATION", "#CC6677", "FOUNDATION", "#AA4499",
			"EDUCATION_RESEARCH", "#44AA99", "CITIZEN_INITIATIVE", "#999933", "NETWORK", "#882255", "MEDIA",
			"#BBBBBB");

	/** For a sector added to the vocabulary later. */
	static final String OTHER = "#555555";

	private SectorPalette() {
	}

	static String colour(String sector) {
		return COLOURS.getOrDefault(sector, OTHER);
	}
}
