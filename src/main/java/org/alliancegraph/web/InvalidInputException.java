package org.alliancegraph.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request whose content breaks the domain's rules: 422 with every error, nothing written. */
public class InvalidInputException extends ErrorResponseException {

	private final List<InputError> errors;

	public InvalidInputException(List<InputError> errors) {
		this(HttpStatus.UNPROCESSABLE_CONTENT, errors);
	}

	/** The same answer with another status: 400 for a request malformed rather than wrong in its content. */
	public InvalidInputException(HttpStatus status, List<InputError> errors) {
		super(status, problem(status, errors), null);
		this.errors = List.copyOf(errors);
	}

	public static InvalidInputException of(String path, Object value, String message) {
		return new InvalidInputException(List.of(new InputError(path, value, message)));
	}

	public List<InputError> errors() {
		return errors;
	}

	private static ProblemDetail problem(HttpStatus status, List<InputError> errors) {
		InputError first = errors.get(0);
		String detail = errors.size() == 1 ? describe(first)
				: errors.size() + " erreurs, dont : " + describe(first);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Requête invalide" : "Données invalides");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String describe(InputError error) {
		return error.value() == null ? error.path() + " : " + error.message()
				: error.path() + " = « " + error.value() + " » : " + error.message();
	}
}
