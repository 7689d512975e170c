package org.alliancegraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.catalina.connector.ClientAbortException;
import org.alliancegraph.neo4j.DatabaseAvailability;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What no HTTP test reaches easily: a client that goes away while its answer is written is logged at DEBUG, not as
 * an error with a stack trace; a key a concurrent write took is told in French, without Neo4j's text.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProblemDetailsAdviceTests {

	private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(
			new StaticListableBeanFactory().getBeanProvider(DatabaseAvailability.class));

	@Test
	void shouldLeaveAClientGoneMidAnswerOutOfTheErrorLog(CapturedOutput output) {
		assertThat(advice.inputOutput(new ClientAbortException(new IOException("Broken pipe")))).isNull();
		assertThat(advice.inputOutput(new UncheckedIOException(new ClientAbortException("Connection reset by peer",
				new IOException("Connection reset by peer"))))).isNull();
		assertThat(advice.handleHttpMessageNotWritable(
				new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe")),
				new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
				new ServletWebRequest(new MockHttpServletRequest())))
			.isNull();

		assertThat(output).doesNotContain("ERROR").doesNotContain("WARN").doesNotContain("ClientAbortException");
	}

	@Test
	void shouldStillLogAnotherInputOutputFailureAsAnError(CapturedOutput output) {
		var answer = advice.inputOutput(new IOException("No space left on device"));

		assertThat(answer).isNotNull();
		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(output).contains("ERROR");
	}

	@Test
	void shouldTellATakenKeyInFrenchWithoutNeo4jText() {
		var answer = advice.integrity(new DataIntegrityViolationException("Node(1226) already exists with label"
				+ " `Actor` and property `siren` = '732829320'"));

		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		String detail = ((ProblemDetail) answer.getBody()).getDetail();
		assertThat(detail).contains("un acteur a déjà « siren » = « 732829320 »")
			.doesNotContain("Node(", "`", "already exists");
	}
}
