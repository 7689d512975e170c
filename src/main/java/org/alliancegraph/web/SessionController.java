package org.alliancegraph.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the page is signed in as, so that it shows the user and offers editing to writers. Reading the CSRF token here
 * writes the {@code XSRF-TOKEN} cookie that the page's writes and the sign-in form send back.
 */
@RestController
@Tag(name = "Session", description = "Qui est connecté, pour la page / who the page is signed in as")
class SessionController {

	@Operation(summary = "Qui est connecté (aucun utilisateur pour un visiteur anonyme) / who is signed in (no user when anonymous)")
	@GetMapping("/api/v1/session")
	SessionResponse session(@Nullable Authentication authentication, CsrfToken csrf) {
		csrf.getToken();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return new SessionResponse(null, List.of(), false);
		}
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.sorted()
			.toList();
		boolean canWrite = roles.stream().anyMatch(List.of(SecurityConfiguration.WRITERS)::contains);
		return new SessionResponse(authentication.getName(), roles, canWrite);
	}

	/**
	 * @param user the signed-in user's name, null for an anonymous visitor
	 * @param roles the user's roles without the {@code ROLE_} prefix (ADMIN, EDITOR, VIEWER…)
	 * @param canWrite whether the roles allow writes (EDITOR or ADMIN)
	 */
	record SessionResponse(@Nullable String user, List<String> roles, boolean canWrite) {
	}
}
