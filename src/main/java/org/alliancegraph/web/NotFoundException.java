package org.alliancegraph.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The key names nothing: 404 with the kind and the key in French. */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String kindFr, String key) {
		super(HttpStatus.NOT_FOUND, problem(key, kindFr + " « " + key + " » est introuvable."), null);
	}

	private NotFoundException(ProblemDetail problem) {
		super(HttpStatus.NOT_FOUND, problem, null);
	}

	/** The entity has no such version in its history. */
	public static NotFoundException version(String kindFr, String key, long version) {
		return new NotFoundException(problem(key,
				kindFr + " « " + key + " » n'a pas de version " + version + " dans son historique."));
	}

	private static ProblemDetail problem(String key, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
		problem.setTitle("Ressource introuvable");
		problem.setProperty("key", key);
		return problem;
	}
}
