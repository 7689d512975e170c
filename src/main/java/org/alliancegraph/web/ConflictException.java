package org.alliancegraph.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request contradicts the current state: a key already taken, a stale version, or a deletion of
 * something others still reference (then {@code references} says what references it).
 */
public class ConflictException extends ErrorResponseException {

	public ConflictException(String detail) {
		this(detail, Map.of());
	}

	public ConflictException(String detail, Map<String, ?> properties) {
		super(HttpStatus.CONFLICT, problem(detail, properties), null);
	}

	private static ProblemDetail problem(String detail, Map<String, ?> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setTitle("Conflit");
		properties.forEach(problem::setProperty);
		return problem;
	}

	public static ConflictException staleVersion(String kindFr, String key, Object expected,
			@Nullable Object current) {
		if (current == null) {
			return new ConflictException(kindFr + " « " + key + " » n'existe pas (ou plus) alors que la version "
					+ expected + " était attendue.");
		}
		return new ConflictException(kindFr + " « " + key + " » a été modifié entre-temps : version " + expected
				+ " attendue, version actuelle " + current + ". Relisez-le puis réessayez.",
				Map.of("currentVersion", current));
	}
}
