package org.alliancegraph.actor;

/**
 * Format and check digit of the French company identifiers kept by INSEE in the SIRENE register.
 *
 * <ul>
 * <li>SIREN: 9 digits identifying a legal unit (company, association, local authority…); the last digit is
 * a Luhn check digit over the first eight.</li>
 * <li>SIRET: 14 digits identifying one establishment: the SIREN, then the NIC (a 4-digit sequence number and
 * a check digit); the last digit is a Luhn check digit over the first thirteen. Example published by INSEE:
 * {@code 732 829 320 00074}, the seventh establishment of SIREN {@code 732 829 320}.</li>
 * </ul>
 *
 * <p>Luhn (ISO/IEC 7812-1, annex B): from the rightmost digit, every second digit is doubled (9 subtracted
 * when the double exceeds 9); the number is valid when the sum of all digits is a multiple of 10.
 *
 * <p>One documented exception: since La Poste became a public limited company (2010), all its
 * establishments share SIREN {@code 356 000 000}, and their SIRETs are valid when the sum of their 14 digits
 * is a multiple of 5 (only the head office, {@code 356 000 000 00048}, also satisfies Luhn). Both are
 * accepted for that SIREN.
 *
 * <p>Only the form is checked: a number with a correct key may still be unassigned or closed.
 */
public final class SirenNumber {

	/** The SIREN shared by all La Poste establishments, whose SIRETs follow a modulo-5 rule. */
	static final String LA_POSTE_SIREN = "356000000";

	private SirenNumber() {
	}

	/** Exactly nine ASCII digits. */
	public static boolean isWellFormedSiren(String siren) {
		return isDigits(siren, 9);
	}

	/** Exactly fourteen ASCII digits. */
	public static boolean isWellFormedSiret(String siret) {
		return isDigits(siret, 14);
	}

	/** A well-formed SIREN whose last digit is its Luhn check digit. */
	public static boolean isValidSiren(String siren) {
		return isWellFormedSiren(siren) && luhn(siren);
	}

	/** A well-formed SIRET whose key is right: Luhn, or the modulo-5 rule of La Poste's establishments. */
	public static boolean isValidSiret(String siret) {
		if (!isWellFormedSiret(siret)) {
			return false;
		}
		return luhn(siret) || (siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 == 0);
	}

	/** The Luhn check over a string of ASCII digits (false if it holds anything else or is empty). */
	static boolean luhn(String digits) {
		if (digits.isEmpty()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(digits.length() - 1 - i);
			if (c < '0' || c > '9') {
				return false;
			}
			int d = c - '0';
			if (i % 2 == 1) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

	private static int digitSum(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum += digits.charAt(i) - '0';
		}
		return sum;
	}

	private static boolean isDigits(String text, int length) {
		if (text.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}
}
