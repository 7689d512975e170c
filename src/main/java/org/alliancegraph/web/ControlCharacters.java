package org.alliancegraph.web;

/**
 * The characters no text of the graph may hold: the control characters (U+0000–U+001F and U+007F–U+009F) but the
 * tab and the line breaks, the non-characters U+FFFE and U+FFFF, and halves of surrogate pairs given alone. XML 1.0
 * forbids most of them, so a name holding one would make the GraphML and GEXF exports and the PDF report invalid;
 * none of them has a meaning in a name or a description. Requests and imports refuse them; the exports drop those
 * already stored.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** The index of the first forbidden character of {@code text}, or -1 when there is none. */
	public static int firstForbidden(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (isForbidden(c)) {
				return i;
			}
		}
		return -1;
	}

	/** The French message of an error about the forbidden character at {@code index} of {@code text}. */
	public static String messageFr(CharSequence text, int index) {
		char c = text.charAt(index);
		String kind = Character.isSurrogate(c) ? "moitié de paire de substitution isolée"
				: c == '\uFFFE' || c == '\uFFFF' ? "non-caractère" : "caractère de contrôle";
		return kind + " interdit (U+" + String.format("%04X", (int) c) + ", " + (index + 1)
				+ "e caractère) : seuls la tabulation et les sauts de ligne sont acceptés comme caractères de contrôle";
	}

	/** {@code text} without its forbidden characters, for an export of what was stored before they were refused. */
	public static String strip(String text) {
		if (firstForbidden(text) < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(++i));
			}
			else if (!isForbidden(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/** A lone surrogate is forbidden; {@link #firstForbidden} lets well-formed pairs through before asking. */
	private static boolean isForbidden(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c);
	}
}
