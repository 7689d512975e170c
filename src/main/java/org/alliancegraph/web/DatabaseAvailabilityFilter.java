package org.alliancegraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alliancegraph.neo4j.DatabaseAvailability;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 to every {@code /api/} request while the database is not ready ({@link DatabaseAvailability}): not
 * initialised yet, known to be unreachable, or failed to initialise. Requests then fail at once, without waiting
 * for the driver's timeouts, and never see a database without its schema. The explorer page, the OpenAPI
 * description and the actuator, which do not need the database, still answer.
 */
@Component
class DatabaseAvailabilityFilter extends OncePerRequestFilter {

	private final DatabaseAvailability availability;

	DatabaseAvailabilityFilter(DatabaseAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		DatabaseAvailability.State state = availability.state();
		if (state == DatabaseAvailability.State.READY) {
			chain.doFilter(request, response);
			return;
		}
		String detail = switch (state) {
			case STARTING -> ProblemDetailsAdvice.DATABASE_STARTING;
			case FAILED -> ProblemDetailsAdvice.DATABASE_FAILED;
			default -> ProblemDetailsAdvice.DATABASE_UNAVAILABLE;
		};
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		if (state != DatabaseAvailability.State.FAILED) {
			response.setHeader(HttpHeaders.RETRY_AFTER, ProblemDetailsAdvice.RETRY_AFTER_SECONDS);
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// the texts hold no character that JSON would need escaped
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + ProblemDetailsAdvice.DATABASE_TITLE
					+ "\",\"status\":503,\"detail\":\"" + detail + "\"}");
	}
}
