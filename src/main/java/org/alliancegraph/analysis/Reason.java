package org.alliancegraph.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason an analysis gives, as a code and the values it states, so that a client or the report can say it in
 * any language: {@code {code: SECTORS_AND_TERRITORIES, values: {sectors: 4, territories: 3}}}. The codes of each
 * analysis are listed where it builds them; values are numbers, booleans, codes or lists of codes.
 *
 * @param code what the reason says
 * @param values the figures and codes it says it with, in the order given
 */
public record Reason(String code, Map<String, Object> values) {

	public Reason {
		Objects.requireNonNull(code, "code");
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** @param namesAndValues a name, its value, the next name… */
	public static Reason of(String code, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("a value without a name in " + code);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			values.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], "value"));
		}
		return new Reason(code, values);
	}

	/** A value as a number (0 when missing). */
	public double number(String name) {
		return values.get(name) instanceof Number n ? n.doubleValue() : 0;
	}
}
