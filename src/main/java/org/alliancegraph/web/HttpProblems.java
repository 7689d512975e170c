package org.alliancegraph.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * French titles and details by HTTP status, for the answers no controller gives: Tomcat's own rejections, the
 * error page, the firewall. Also writes such a problem where Spring MVC does not run.
 */
final class HttpProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HttpProblems() {
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "Requête invalide";
			case 401 -> "Authentification requise";
			case 403 -> "Accès refusé";
			case 404 -> "Ressource introuvable";
			case 405 -> "Méthode non permise";
			case 406 -> "Type de réponse non disponible";
			case 408 -> "Délai dépassé";
			case 409 -> "Conflit";
			case 413 -> "Requête trop volumineuse";
			case 414 -> "Adresse trop longue";
			case 415 -> "Type de contenu non pris en charge";
			case 422 -> "Données invalides";
			case 431 -> "En-têtes trop volumineux";
			case 503 -> "Service indisponible";
			default -> status >= 500 ? "Erreur interne" : "Requête refusée";
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "La requête est mal formée : adresse, paramètres, en-têtes ou corps illisibles.";
			case 401 -> "Cette opération demande un identifiant et un mot de passe (HTTP Basic) valides.";
			case 403 -> "Votre rôle ne permet pas cette opération.";
			case 404 -> "Aucune ressource à cette adresse ; les adresses de l'API sont décrites sous /v3/api-docs.";
			case 405 -> "Cette méthode HTTP n'est pas permise à cette adresse.";
			case 406 -> "Aucun des types de réponse demandés (en-tête Accept) n'est disponible ici.";
			case 408 -> "La requête n'est pas arrivée à temps.";
			case 413 -> "La requête dépasse la taille maximale autorisée.";
			case 414 -> "L'adresse demandée est trop longue.";
			case 415 -> "Le type de contenu de la requête n'est pas pris en charge ici.";
			case 431 -> "Les en-têtes de la requête sont trop volumineux.";
			case 503 -> "Le service est momentanément indisponible ; réessayez dans un instant.";
			default -> status >= 500 ? "Une erreur inattendue s'est produite ; elle a été journalisée."
					: "La requête a été refusée.";
		};
	}

	/** The problem as JSON text: {@code type}, {@code title}, {@code status}, {@code detail}, then the extras. */
	static String json(int status, String title, String detail, @Nullable String instance, Map<String, ?> extras) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		if (instance != null) {
			body.put("instance", instance);
		}
		body.putAll(extras);
		return JSON.writeValueAsString(body);
	}

	/** Writes the problem as the whole answer (the response must not be committed). */
	static void write(HttpServletResponse response, int status, String title, String detail, @Nullable String instance,
			Map<String, ?> extras) throws IOException {
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(status, title, detail, instance, extras));
		response.flushBuffer();
	}
}
