package org.alliancegraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * HTTP Basic for writes (role EDITOR or ADMIN), public reads unless {@code alliance.security.public-read=false},
 * stateless, CSRF tokens for writes authenticated by a session cookie, a Content-Security-Policy on every answer, and
 * problem details for 401 and 403. Users: {@code admin} plus those of the configuration.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String[] WRITERS = { "EDITOR", "ADMIN" };

	/**
	 * The explorer page loads its scripts, styles and data from this origin only and is framed nowhere: an injected
	 * text could not run a script even if it escaped the page's text-only DOM building. The one inline style allowed,
	 * by its hash, is the rule Cytoscape.js inserts into the head for its container
	 * ({@code .__________cytoscape_container { position: relative; }}).
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
			+ " 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data:"
			+ " blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
			+ " frame-ancestors 'none'";

	/** The diagnostic report and the API's documentation carry their styles inline; the report runs no script. */
	static final String DOCUMENT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
			+ " img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"
			+ " frame-ancestors 'none'";

	private static final RequestMatcher DOCUMENTS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/v1/territories/*/diagnostic.html"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

	/**
	 * Writes need a CSRF token only when the browser's session cookie is what authenticates them: API clients send
	 * their credentials (HTTP Basic) with each request, which a third-party page cannot forge. No session exists yet,
	 * so none is asked today; a sign-in page that opens sessions is protected without changing this.
	 */
	private static final RequestMatcher SESSION_WRITES = request -> !List.of("GET", "HEAD", "OPTIONS", "TRACE")
		.contains(request.getMethod()) && request.getRequestedSessionId() != null
			&& request.getHeader("Authorization") == null;

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
		http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
			.requireCsrfProtectionMatcher(SESSION_WRITES))
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DOCUMENTS,
						new StaticHeadersWriter("Content-Security-Policy", DOCUMENT_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DOCUMENTS),
						new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY))))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"alliance-graph\"");
				writeProblem(response, HttpStatus.UNAUTHORIZED, "Authentification requise",
						"Cette opération demande un identifiant et un mot de passe (HTTP Basic) valides.");
			}))
			.exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> writeProblem(response,
					HttpStatus.FORBIDDEN, "Accès refusé", ex instanceof CsrfException
							? "Jeton CSRF absent ou invalide : une écriture faite avec la session du navigateur doit"
									+ " porter l'en-tête X-XSRF-TOKEN (valeur du cookie XSRF-TOKEN)."
							: "Votre rôle ne permet pas cette opération (rôle EDITOR ou ADMIN requis pour écrire, ADMIN"
									+ " pour les opérations d'administration).")))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
				auth.requestMatchers("/error").permitAll();
				auth.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
				for (HttpMethod write : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
					auth.requestMatchers(write, "/api/**").hasAnyRole(WRITERS);
				}
				if (properties.publicRead()) {
					auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
					auth.requestMatchers(HttpMethod.HEAD, "/**").permitAll();
				}
				auth.anyRequest().authenticated();
			});
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder) {
		String adminPassword = properties.adminPassword();
		if (adminPassword == null || adminPassword.isBlank()) {
			adminPassword = UUID.randomUUID().toString();
			log.warn("Aucun ALLIANCE_ADMIN_PASSWORD : mot de passe généré pour l'utilisateur admin (affiché une seule"
					+ " fois) / generated password for user admin: {}", adminPassword);
		}
		List<UserDetails> users = new ArrayList<>();
		users.add(User.withUsername("admin").password(encoder.encode(adminPassword)).roles("ADMIN").build());
		for (SecurityProperties.User user : properties.users()) {
			users.add(User.withUsername(user.name())
				.password(user.passwordHash())
				.roles(user.roles().toArray(String[]::new))
				.build());
		}
		return new InMemoryUserDetailsManager(users);
	}

	private static void writeProblem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
			String title, String detail) throws java.io.IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}
}
