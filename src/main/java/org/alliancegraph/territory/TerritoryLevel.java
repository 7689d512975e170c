package org.alliancegraph.territory;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Levels of the French administrative hierarchy, plus custom areas (bassin de vie, PETR, quartier
 * prioritaire…). Each official level has the code format of the INSEE Code officiel géographique.
 */
public enum TerritoryLevel {

	// INSEE's région and département codes overlap (84 is a région and the Vaucluse): régions carry an R.
	REGION("R\\d{2,3}", "R suivi du code INSEE de la région (ex. R84 ; les codes de région et de département"
			+ " se chevauchent)"),
	DEPARTEMENT("\\d{2}|2[AB]|9[78]\\d", "deux chiffres, 2A, 2B, 97x ou 98x (ex. 07, 2A, 971, 988)"),
	EPCI("\\d{9}", "le SIREN de l'EPCI : neuf chiffres dont le dernier est la clé de contrôle de Luhn (ex."
			+ " 200040715)"),
	COMMUNE("\\d{5}|2[AB]\\d{3}", "cinq caractères (ex. 07186, 2A004)"),
	CUSTOM("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}", "lettres, chiffres, « - », « _ » ou « . », 40 au plus (ex. QPV-26362)");

	private final Pattern code;

	private final String formatFr;

	TerritoryLevel(String code, String formatFr) {
		this.code = Pattern.compile(code);
		this.formatFr = formatFr;
	}

	/** The code has this level's format; an EPCI's, being a SIREN, also its check digit (Luhn). */
	public boolean accepts(String code) {
		return this.code.matcher(code).matches() && (this != EPCI || hasLuhnCheckDigit(code));
	}

	/** From the rightmost digit, every second one doubled (less 9 above 9): the sum is a multiple of 10. */
	private static boolean hasLuhnCheckDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	public String formatFr() {
		return formatFr;
	}

	/**
	 * Whether a territory of this level may be PART_OF one of {@code parent}'s: upwards only, custom areas
	 * anywhere (a PETR groups EPCI, a quartier lies in a commune).
	 */
	public boolean mayBePartOf(TerritoryLevel parent) {
		return this == CUSTOM || parent == CUSTOM || parent.ordinal() < ordinal();
	}

	static final Set<String> NAMES = Set.of("REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "CUSTOM");
}
