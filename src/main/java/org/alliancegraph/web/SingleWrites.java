package org.alliancegraph.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.alliancegraph.neo4j.PendingKeys;
import org.jspecify.annotations.Nullable;

/**
 * The checks a single POST or PUT makes before it takes the same batch path as an import: every resource
 * validates one request as a batch of one, refuses a taken key on creation and a changed key on update.
 */
public final class SingleWrites {

	private SingleWrites() {
	}

	/** A resource's batch validation, as the import calls it. */
	@FunctionalInterface
	public interface BatchValidation<R> {

		void validate(List<R> requests, PendingKeys pending, InputErrors errors, IntFunction<InputErrors> errorsAt);
	}

	/** Validates one request against the database alone; 422 with every error. */
	public static <R> void validateOne(R request, BatchValidation<R> validation) {
		InputErrors errors = new InputErrors();
		validation.validate(List.of(request), PendingKeys.NONE, errors, i -> errors);
		errors.throwIfAny();
	}

	/**
	 * 409 when a creation names a key already taken, with the stored version: {@code stored} is what reading that
	 * key found (nothing, or the entity).
	 */
	public static <T> void requireNew(List<T> stored, Function<T, @Nullable Long> version, String kindFr,
			String key) {
		if (!stored.isEmpty()) {
			Long current = version.apply(stored.get(0));
			String detail = kindFr + " « " + key + " » existe déjà ; utilisez PUT pour le modifier.";
			throw current == null ? new ConflictException(detail)
					: new ConflictException(detail, Map.of("currentVersion", current));
		}
	}

	/** 422 when an update's body names another key than its address: a key never changes. */
	public static void requireAddressKey(String field, @Nullable String inBody, String inAddress) {
		if (inBody != null && !inBody.equals(inAddress)) {
			throw InvalidInputException.of(field, inBody, "la clé du corps diffère de celle de l'adresse (" + inAddress
					+ ") ; une clé ne se modifie pas");
		}
	}
}
