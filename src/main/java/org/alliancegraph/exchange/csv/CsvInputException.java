package org.alliancegraph.exchange.csv;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * CSV files whose content breaks the format or the domain's rules: 422 with every error, each with its file,
 * line, column, value and French message, and nothing written.
 */
public class CsvInputException extends ErrorResponseException {

	private final List<CsvError> errors;

	CsvInputException(List<CsvError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(errors), null);
		this.errors = List.copyOf(errors);
	}

	public List<CsvError> errors() {
		return errors;
	}

	private static ProblemDetail problem(List<CsvError> errors) {
		CsvError first = errors.get(0);
		String where = first.file() + (first.line() > 0 ? ", ligne " + first.line() : "")
				+ (first.column().isEmpty() ? "" : ", colonne « " + first.column() + " »");
		String detail = (errors.size() == 1 ? "" : errors.size() + " erreurs, dont : ") + where
				+ (first.value() == null ? "" : " = « " + first.value() + " »") + " : " + first.message();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
		problem.setTitle("Données invalides");
		problem.setProperty("errors", errors);
		return problem;
	}
}
