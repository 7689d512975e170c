package org.alliancegraph.web;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;

/**
 * HTTP's conditional requests on single entities (RFC 9110, section 13): the {@code ETag} of an entity is its
 * version, so a client that read version 3 may send {@code If-Match: "3"} with its {@code PUT} or {@code DELETE},
 * which then answers {@code 412} if someone changed the entity meanwhile. A {@code GET} with
 * {@code If-None-Match} gets {@code 304} while the version is the same (Spring compares the tag).
 */
public final class EntityTags {

	private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

	private EntityTags() {
	}

	/** 200 with the entity and its version as ETag. */
	public static <T> ResponseEntity<T> ok(T entity, @Nullable Long version) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (version != null) {
			answer.eTag(version.toString());
		}
		return answer.body(entity);
	}

	/** 201 with the entity, its address and its version as ETag. */
	public static <T> ResponseEntity<T> created(String location, T entity, @Nullable Long version) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create(location));
		if (version != null) {
			answer.eTag(version.toString());
		}
		return answer.body(entity);
	}

	/**
	 * The version an {@code If-Match} header names: null when there is none or it is {@code *} (any version);
	 * 400 when it is not one quoted version.
	 */
	public static @Nullable Long ifMatch(@Nullable String header) {
		if (header == null || header.isBlank() || header.strip().equals("*")) {
			return null;
		}
		Matcher tag = TAG.matcher(header);
		if (!tag.matches()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "En-tête If-Match illisible"
					+ " : une seule version entre guillemets est attendue, telle que l'ETag la donne (ex. \"3\").");
			problem.setTitle("Requête invalide");
			problem.setProperty("value", header);
			throw new Refused(HttpStatus.BAD_REQUEST, problem);
		}
		return Long.valueOf(tag.group(1));
	}

	/** 412: the entity's version is not the one {@code If-Match} named. */
	public static ErrorResponseException preconditionFailed(String kindFr, String key, long expected,
			@Nullable Long current) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, kindFr + " « " + key
				+ " » a été modifié entre-temps : If-Match attendait la version " + expected + ", version actuelle "
				+ current + ". Relisez-le puis réessayez.");
		problem.setTitle("Précondition non remplie");
		if (current != null) {
			problem.setProperty("currentVersion", current);
		}
		return new Refused(HttpStatus.PRECONDITION_FAILED, problem);
	}

	/** A conditional request refused, with its French problem. */
	static final class Refused extends ErrorResponseException {

		Refused(HttpStatus status, ProblemDetail problem) {
			super(status, problem, null);
		}
	}
}
