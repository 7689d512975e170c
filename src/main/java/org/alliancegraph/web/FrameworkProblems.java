package org.alliancegraph.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * French titles and details for the errors Spring MVC and Neo4j describe in English: each names what was wrong
 * (the method, the parameter, the address) without a Java type or a framework's wording.
 */
final class FrameworkProblems {

	/** Neo4j's text for a uniqueness constraint, e.g. {@code Node(12) already exists with label `Actor` and property `siren` = '732829320'}. */
	private static final Pattern CONSTRAINT = Pattern
		.compile("label `(\\w+)` and propert(?:y|ies) `?([\\w, `]+?)`? = (.+)$", Pattern.MULTILINE);

	private static final Map<String, String> KINDS = Map.of("Actor", "un acteur", "Territory", "un territoire",
			"Project", "un projet", "Partnership", "un partenariat");

	private FrameworkProblems() {
	}

	/** Rewrites the title and detail of a problem Spring MVC made for {@code ex}. */
	static void translate(Exception ex, ProblemDetail problem, @Nullable String path) {
		int status = problem.getStatus();
		problem.setTitle(HttpProblems.title(status));
		problem.setDetail(detail(ex, status, path));
	}

	private static String detail(Exception ex, int status, @Nullable String path) {
		String at = path == null ? "" : " « " + path + " »";
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			String[] supported = method.getSupportedMethods();
			return "La méthode " + method.getMethod() + " n'est pas permise à l'adresse" + at
					+ (supported == null || supported.length == 0 ? "."
							: " ; méthodes permises : " + String.join(", ", supported) + ".");
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException acceptable) {
			return "Aucun des types de réponse demandés (en-tête Accept) n'est disponible à l'adresse" + at
					+ (acceptable.getSupportedMediaTypes().isEmpty() ? "."
							: " ; types disponibles : " + acceptable.getSupportedMediaTypes()
								.stream()
								.map(MediaType::toString)
								.collect(Collectors.joining(", ")) + ".");
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return "Aucune ressource à l'adresse" + at + " ; les adresses de l'API sont décrites sous /v3/api-docs.";
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "Le paramètre obligatoire « " + missing.getParameterName() + " » est absent.";
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return "La partie obligatoire « " + missing.getRequestPartName() + " » du formulaire est absente.";
		}
		if (ex instanceof MissingPathVariableException) {
			return "L'adresse est incomplète : un de ses segments manque.";
		}
		if (ex instanceof ServletRequestBindingException) {
			return "La requête est incomplète : un en-tête, un paramètre ou un cookie obligatoire manque.";
		}
		if (ex instanceof AsyncRequestTimeoutException) {
			return "Le traitement a dépassé le délai imparti ; réessayez plus tard.";
		}
		return HttpProblems.detail(status);
	}

	/** What a query parameter of {@code type} should look like, after "valeur mal formée pour ce paramètre". */
	static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "";
		}
		if (type == LocalDate.class) {
			return " : date au format AAAA-MM-JJ attendue (ex. 2024-12-31)";
		}
		if (type == Boolean.class || type == boolean.class) {
			return " : true ou false attendu";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return " : nombre entier attendu";
		}
		if (type == Double.class || type == double.class) {
			return " : nombre attendu";
		}
		return "";
	}

	/** The key a uniqueness constraint found taken, from Neo4j's text, or nothing when it cannot be read. */
	static String duplicate(Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			Matcher m = t.getMessage() == null ? null : CONSTRAINT.matcher(t.getMessage());
			if (m != null && m.find()) {
				String kind = KINDS.getOrDefault(m.group(1), "une entrée");
				String value = m.group(3).strip();
				if (value.length() > 2 && value.startsWith("'") && value.endsWith("'")) {
					value = value.substring(1, value.length() - 1);
				}
				return " : " + kind + " a déjà « " + m.group(2).replace("`", "") + " » = « " + value
						+ " ». Relisez les données puis réessayez.";
			}
		}
		return ". Relisez les données puis réessayez.";
	}

	static boolean isFramework(Exception ex) {
		return !ex.getClass().getName().startsWith("org.alliancegraph.");
	}
}
