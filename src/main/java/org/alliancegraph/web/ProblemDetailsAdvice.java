package org.alliancegraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.alliancegraph.neo4j.DatabaseAvailability;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Turns every failure into RFC 9457 problem details with a French {@code detail}; the standard Spring MVC
 * ones keep their status but get a French explanation that names what was wrong. A failure caused by the database
 * being unreachable or transiently unable to serve is a 503 with {@code Retry-After}, whatever wraps it.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	static final String DATABASE_TITLE = "Base de données indisponible";

	static final String DATABASE_UNAVAILABLE = "Base de données indisponible, réessayez dans quelques secondes."
			+ " The database is unavailable, please retry in a few seconds.";

	static final String DATABASE_STARTING = "Base de données indisponible, réessayez dans quelques secondes : le"
			+ " service finit de démarrer dès qu'elle répond. The database is unavailable; the service finishes"
			+ " starting as soon as it answers.";

	static final String DATABASE_FAILED = "Base de données non initialisée : son initialisation a échoué, voir le"
			+ " journal du service. The database could not be initialised; see the service log.";

	/** What a 503 of the database asks clients to wait, in seconds. */
	static final String RETRY_AFTER_SECONDS = "5";

	private final ObjectProvider<DatabaseAvailability> availability;

	ProblemDetailsAdvice(ObjectProvider<DatabaseAvailability> availability) {
		this.availability = availability;
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof RequestTooLargeException tooLarge) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "Requête trop volumineuse", tooLarge.getMessage());
		}
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException bad) {
				return unprocessableAs(HttpStatus.BAD_REQUEST, List.of(JsonInputErrors.of(bad)));
			}
		}
		if (ex.getCause() == null) {
			return unprocessableAs(HttpStatus.BAD_REQUEST, List.of(new InputError(JsonInputErrors.BODY, null,
					"corps de la requête vide ou illisible : un document JSON est attendu")));
		}
		log.debug("Unreadable body", ex);
		return unprocessableAs(HttpStatus.BAD_REQUEST, List.of(new InputError(JsonInputErrors.BODY, null,
				"corps de la requête illisible : un document JSON en UTF-8 est attendu")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Type de contenu non pris en charge",
				"Type de contenu « " + (ex.getContentType() == null ? "(absent)" : ex.getContentType())
						+ " » non pris en charge ; attendu : " + String.join(", ",
								ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InputError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new InputError(e.getField(), e.getRejectedValue(), e.getDefaultMessage()))
			.toList();
		return unprocessable(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InputError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> new InputError(r.getMethodParameter().getParameterName(), r.getArgument(),
						e.getDefaultMessage())))
			.toList();
		return unprocessable(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
			MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Requête trop volumineuse",
				"Le fichier envoyé dépasse la taille maximale autorisée.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return unprocessable(List.of(new InputError(ex.getName(), ex.getValue(),
				"valeur mal formée pour ce paramètre" + FrameworkProblems.expected(ex.getRequiredType()))));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> optimisticLock(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Conflit",
				"La ressource a été modifiée entre-temps par une autre requête. Relisez-la puis réessayez.");
	}

	/** A uniqueness constraint caught a duplicate that validation could not see (a concurrent write). */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
		log.debug("Constraint violation", ex);
		return problem(HttpStatus.CONFLICT, "Conflit",
				"Une clé unique est déjà utilisée (identifiant, SIREN, SIRET ou RNA)" + FrameworkProblems.duplicate(ex));
	}

	/** Left to Spring Security, which answers 403 with its own problem body. */
	@ExceptionHandler(AccessDeniedException.class)
	void accessDenied(AccessDeniedException ex) {
		throw ex;
	}

	/**
	 * The database did not answer, lost the connection, or could not serve for now (a transient error that
	 * outlived the retries): 503, and the service checks the connection in the background.
	 */
	@ExceptionHandler({ ServiceUnavailableException.class, SessionExpiredException.class, TransientException.class,
			DataAccessResourceFailureException.class, TransientDataAccessResourceException.class })
	ResponseEntity<Object> databaseUnavailable(Exception ex) {
		log.debug("Base de données indisponible / database unavailable", ex);
		availability.ifAvailable(DatabaseAvailability::suspect);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE);
		body.setTitle(DATABASE_TITLE);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	/**
	 * This catch-all matches any exception before Spring would look at its causes: an outage wrapped in another
	 * exception (a transaction that could not begin…) is recognised here.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (DatabaseAvailability.isOutage(ex)) {
			return databaseUnavailable(ex);
		}
		log.error("Erreur inattendue / unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne",
				"Une erreur inattendue s'est produite ; elle a été journalisée. Aucune donnée n'a été modifiée par"
						+ " cette requête.");
	}

	/** Spring MVC's own errors (unknown address, method not allowed…) keep their status, with a French detail. */
	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (answer != null && answer.getBody() instanceof ProblemDetail problem && FrameworkProblems.isFramework(ex)) {
			FrameworkProblems.translate(ex, problem, request instanceof ServletWebRequest servlet
					? servlet.getRequest().getRequestURI() : null);
		}
		return answer;
	}

	/** A client gone while its answer was written is not an error of the service. */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotWritable(HttpMessageNotWritableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (isClientGone(ex)) {
			log.debug("Client gone while its answer was written: {}", ex.getMessage());
			return null;
		}
		return super.handleHttpMessageNotWritable(ex, headers, status, request);
	}

	/**
	 * A streamed answer (an export, a report) cut short by its client: logged at DEBUG, nothing to answer (Spring
	 * MVC's {@code AsyncRequestNotUsableException} is already left unanswered by the base class).
	 */
	@ExceptionHandler({ IOException.class, UncheckedIOException.class, JacksonIOException.class })
	@Nullable ResponseEntity<Object> inputOutput(Exception ex) {
		if (isClientGone(ex)) {
			log.debug("Client gone while its answer was written: {}", ex.toString());
			return null;
		}
		return unexpected(ex);
	}

	/** A multipart body that cannot be parsed (no boundary, cut short). */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> multipart(MultipartException ex) {
		log.debug("Unreadable multipart body", ex);
		return unprocessableAs(HttpStatus.BAD_REQUEST, List.of(new InputError(JsonInputErrors.BODY, null,
				"corps multipart/form-data illisible : chaque fichier doit être une partie d'un formulaire bien formé"
						+ " (en-tête Content-Type avec sa limite « boundary », parties complètes)")));
	}

	/** Tomcat could not decode a query parameter (a malformed {@code %} escape) of an address outside the API. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> invalidParameter(InvalidParameterException ex) {
		log.debug("Undecodable parameter", ex);
		return problem(HttpStatus.BAD_REQUEST, "Requête invalide", "Un paramètre de l'adresse est mal encodé : « % »"
				+ " doit être suivi de deux chiffres hexadécimaux formant de l'UTF-8 (ex. %C3%A9 pour é).");
	}

	private static boolean isClientGone(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (DisconnectedClientHelper.isClientDisconnectedException(t)) {
				return true;
			}
		}
		return false;
	}

	static ResponseEntity<Object> unprocessable(List<InputError> errors) {
		return unprocessableAs(HttpStatus.UNPROCESSABLE_CONTENT, errors);
	}

	private static ResponseEntity<Object> unprocessableAs(HttpStatus status, List<InputError> errors) {
		ProblemDetail body = new InvalidInputException(errors).getBody();
		body.setStatus(status);
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		return ResponseEntity.status(status)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

}
