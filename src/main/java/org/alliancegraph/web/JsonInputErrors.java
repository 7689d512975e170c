package org.alliancegraph.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A JSON body that could not be read, as one {@link InputError}: the JSON path of the field, the value sent and
 * what was expected, in French; never Jackson's own text, which names Java types.
 */
final class JsonInputErrors {

	/** The path of an error about the body as a whole. */
	static final String BODY = "(corps)";

	/** Jackson's text keeps the value of a text it refused to coerce, as {@code String value ("2")}. */
	private static final Pattern STRING_VALUE = Pattern.compile("String value \\(\"(.*?)\"\\)");

	private static final Pattern NUMERIC_VALUE = Pattern.compile("Numeric value \\((.*?)\\)");

	private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*?)\"");

	private JsonInputErrors() {
	}

	static InputError of(JacksonException ex) {
		String path = path(ex);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			Collection<Object> known = unknown.getKnownPropertyIds();
			return new InputError(path, unknown.getPropertyName(), "champ inconnu : il est refusé, pas ignoré"
					+ (known == null || known.isEmpty() ? ""
							: " ; champs attendus ici : " + String.join(", ", new TreeSet<>(known.stream().map(String::valueOf).toList()))));
		}
		if (ex instanceof InvalidFormatException format) {
			return new InputError(path, format.getValue(), expected(format.getTargetType(), format.getValue()));
		}
		if (ex instanceof MismatchedInputException mismatch) {
			if (mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("Trailing token")) {
				return new InputError(BODY, null, "le corps contient autre chose après sa valeur JSON ; une seule valeur"
						+ " est attendue");
			}
			Object value = found(STRING_VALUE, mismatch.getOriginalMessage());
			return new InputError(path, value, expected(mismatch.getTargetType(), value));
		}
		if (ex instanceof InputCoercionException coercion) {
			return new InputError(path, found(NUMERIC_VALUE, coercion.getOriginalMessage()),
					"nombre hors limites pour ce champ" + range(coercion.getTargetType()));
		}
		if (ex instanceof StreamReadException read) {
			Object duplicate = found(DUPLICATE, read.getOriginalMessage());
			if (duplicate != null) {
				return new InputError(path.isEmpty() ? String.valueOf(duplicate) : path + "." + duplicate, duplicate,
						"champ donné deux fois dans le même objet");
			}
			String message = read.getOriginalMessage();
			if (message != null && message.startsWith("Invalid UTF-8")) {
				return new InputError(path.isEmpty() ? BODY : path, null, "octets qui ne sont pas de l'UTF-8 valide"
						+ where(read.getLocation()) + " : le corps JSON doit être encodé en UTF-8");
			}
			return new InputError(path.isEmpty() ? BODY : path, null, "JSON mal formé" + where(read.getLocation())
					+ " : vérifiez guillemets, virgules, deux-points, crochets et accolades");
		}
		return new InputError(path.isEmpty() ? BODY : path, null, "valeur illisible pour ce champ");
	}

	/** {@code actors[3].sector} from Jackson's reference chain; {@link #BODY} for the body itself. */
	static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() && !(ex instanceof StreamReadException) ? BODY : path.toString();
	}

	private static String expected(@Nullable Class<?> type, @Nullable Object value) {
		String sent = value == null ? "" : " ; reçu : " + kind(value);
		if (type == null) {
			return "valeur d'un type inattendu pour ce champ" + sent;
		}
		if (type == String.class || type == Character.class || type == char.class) {
			return "texte attendu, entre guillemets" + sent;
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "nombre entier attendu, sans guillemets" + sent;
		}
		if (type == Double.class || type == double.class || type == Float.class || type == float.class
				|| type == BigDecimal.class) {
			return "nombre attendu, sans guillemets (ex. 1500 ou 15.4)" + sent;
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true ou false attendu, sans guillemets" + sent;
		}
		if (type == LocalDate.class) {
			return value instanceof String ? "date invalide : une date qui existe, au format AAAA-MM-JJ, est attendue"
					+ " (ex. 2024-12-31)" : "date attendue, entre guillemets, au format AAAA-MM-JJ (ex. \"2024-12-31\")" + sent;
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "liste attendue, entre crochets (ex. [\"a\", \"b\"])" + sent;
		}
		if (Map.class.isAssignableFrom(type)) {
			return "objet attendu, entre accolades (ex. {\"CODE\": 1.5})" + sent;
		}
		return "objet attendu, entre accolades { }" + sent;
	}

	private static String kind(Object value) {
		if ("{…}".equals(value)) {
			return "un objet";
		}
		if ("[…]".equals(value)) {
			return "une liste";
		}
		if (value instanceof Number) {
			return "un nombre";
		}
		if (value instanceof Boolean) {
			return "un booléen";
		}
		return "un texte";
	}

	private static String range(@Nullable Class<?> type) {
		if (type == Integer.class || type == int.class) {
			return " (entier de " + Integer.MIN_VALUE + " à " + Integer.MAX_VALUE + ")";
		}
		if (type == Long.class || type == long.class) {
			return " (entier de " + Long.MIN_VALUE + " à " + Long.MAX_VALUE + ")";
		}
		return "";
	}

	private static String where(@Nullable TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " à la ligne " + location.getLineNr() + ", colonne " + location.getColumnNr();
	}

	private static @Nullable Object found(Pattern pattern, @Nullable String message) {
		if (message == null) {
			return null;
		}
		Matcher m = pattern.matcher(message);
		return m.find() ? m.group(1) : null;
	}
}
