package org.alliancegraph.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The key names nothing: 404 with the kind and the key in French. */
public class NotFoundException extends ErrorResponseException {

	public NotFoundException(String kindFr, String key) {
		super(HttpStatus.NOT_FOUND, problem(kindFr, key), null);
	}

	private static ProblemDetail problem(String kindFr, String key) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				kindFr + " « " + key + " » est introuvable.");
		problem.setTitle("Ressource introuvable");
		problem.setProperty("key", key);
		return problem;
	}
}
