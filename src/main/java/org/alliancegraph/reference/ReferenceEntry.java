package org.alliancegraph.reference;

import java.util.Map;

/**
 * One entry of a vocabulary.
 *
 * @param code the stable code
 * @param labelFr the French label
 * @param labelEn the English label
 * @param attributes what some vocabularies add: an indicator's domain, reference value and direction; a
 *     sector's {@code colour}
 */
public record ReferenceEntry(String code, String labelFr, String labelEn, Map<String, Object> attributes) {

	/** The label in {@code lang} ("fr" or "en"), French otherwise. */
	public String label(String lang) {
		return "en".equals(lang) ? labelEn : labelFr;
	}
}
