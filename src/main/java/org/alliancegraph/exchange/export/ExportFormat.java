package org.alliancegraph.exchange.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code GET /api/v1/exports}, with what a browser needs to save them. */
enum ExportFormat {

	/** The actor graph of the scope at the date, with its attributes (jgrapht-io GraphML). */
	GRAPHML("application/graphml+xml", "graphml"),
	/** The actor graph over time, with the intervals of its ties (GEXF 1.2 dynamic mode, for Gephi). */
	GEXF("application/gexf+xml", "gexf"),
	/** The actor graph of the scope at the date as Cytoscape.js elements. */
	CYTOSCAPE("application/json", "json"),
	/** The import document: importing it into an empty database gives the same graph. */
	JSON("application/json", "json"),
	/** The import document as a zip of CSV files. */
	CSV("application/zip", "zip");

	static final String EXPECTED_FR = "attendu : graphml, gexf, cytoscape, json ou csv";

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return mediaType;
	}

	/** The name of the downloaded file, e.g. {@code alliance-graph-26.gexf}. */
	String fileName(String suffix) {
		String base = this == CYTOSCAPE ? "alliance-graph-cytoscape" : "alliance-graph";
		return base + suffix + "." + extension;
	}

	static Optional<ExportFormat> parse(String text) {
		return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(text.strip())).findFirst();
	}
}
