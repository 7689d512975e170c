package org.alliancegraph.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as problem details in French instead of its English HTML page: what Tomcat refuses
 * before any application code runs (an address with an encoded {@code /} or {@code \}, a NUL, a malformed escape)
 * and any error no one else answered. Public, as Tomcat instantiates its host's error valve by class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		String uri = request.getCoyoteRequest().requestURI().toString();
		String detail = status == 400 ? "L'adresse demandée est refusée : elle ne doit contenir ni barre oblique ou"
				+ " barre inverse encodée (%2F, %5C), ni caractère nul ou de contrôle, ni séquence d'échappement « % »"
				+ " mal formée, ni segment « . » ou « .. »." : HttpProblems.detail(status);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(HttpProblems.json(status, HttpProblems.title(status), detail, null,
						uri == null || uri.isEmpty() ? Map.of() : Map.of("path", uri)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the answer already started: nothing more to say
		}
	}
}
