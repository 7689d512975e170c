package org.alliancegraph.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request whose content breaks the domain's rules: 422 with every error, nothing written. */
public class InvalidInputException extends ErrorResponseException {

	private final List<InputError> errors;

	public InvalidInputException(List<InputError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(errors), null);
		this.errors = List.copyOf(errors);
	}

	public static InvalidInputException of(String path, Object value, String message) {
		return new InvalidInputException(List.of(new InputError(path, value, message)));
	}

	public List<InputError> errors() {
		return errors;
	}

	private static ProblemDetail problem(List<InputError> errors) {
		InputError first = errors.get(0);
		String detail = errors.size() == 1 ? describe(first)
				: errors.size() + " erreurs, dont : " + describe(first);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
		problem.setTitle("Données invalides");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String describe(InputError error) {
		return error.path() + " = « " + error.value() + " » : " + error.message();
	}
}
