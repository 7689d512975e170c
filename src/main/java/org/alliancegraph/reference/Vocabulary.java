package org.alliancegraph.reference;

import java.util.Arrays;
import java.util.Optional;

/** The reference vocabularies of DOMAIN.md, each a label of nodes with {@code code}, {@code labelFr}, {@code labelEn}. */
public enum Vocabulary {

	SECTORS("sectors", "Sector", "secteur"),
	PARTNERSHIP_TYPES("partnership-types", "PartnershipType", "type de partenariat"),
	DOMAINS("domains", "Domain", "domaine d'action"),
	SDGS("sdgs", "Sdg", "ODD"),
	LEVERS("levers", "Lever", "levier"),
	FUNDING_INSTRUMENTS("funding-instruments", "FundingInstrument", "instrument de financement"),
	CATALYST_MISSIONS("catalyst-missions", "CatalystMission", "mission de catalyseur"),
	INDICATORS("indicators", "Indicator", "indicateur");

	private final String path;

	private final String label;

	private final String nameFr;

	Vocabulary(String path, String label, String nameFr) {
		this.path = path;
		this.label = label;
		this.nameFr = nameFr;
	}

	/** The last segment of {@code /api/v1/reference/{path}}. */
	public String path() {
		return path;
	}

	/** The node label; a closed set, so safe to place in Cypher text. */
	String label() {
		return label;
	}

	/** How a French message names one entry ("secteur", "domaine d'action"…). */
	public String nameFr() {
		return nameFr;
	}

	static Optional<Vocabulary> byPath(String path) {
		return Arrays.stream(values()).filter(v -> v.path.equals(path)).findFirst();
	}
}
