package org.alliancegraph.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Collects every error of a request before anything is written, so the user sees them all at once. */
public final class InputErrors {

	private final List<InputError> errors;

	private final String prefix;

	public InputErrors() {
		this(new ArrayList<>(), "");
	}

	private InputErrors(List<InputError> errors, String prefix) {
		this.errors = errors;
		this.prefix = prefix;
	}

	/** The same collection, with paths under {@code prefix} (e.g. {@code actors[3]}). */
	public InputErrors at(String path) {
		return new InputErrors(errors, join(path));
	}

	public void add(String field, @Nullable Object value, String message) {
		errors.add(new InputError(join(field), value, message));
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<InputError> list() {
		return List.copyOf(errors);
	}

	/** Throws the collected errors as one 422 answer. */
	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(list());
		}
	}

	private String join(String field) {
		if (prefix.isEmpty()) {
			return field;
		}
		return field.isEmpty() || field.startsWith("[") ? prefix + field : prefix + "." + field;
	}
}
