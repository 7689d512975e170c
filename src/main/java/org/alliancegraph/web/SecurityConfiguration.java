package org.alliancegraph.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Writes need role EDITOR or ADMIN, given by HTTP Basic with each request (API clients) or by the browser's session
 * opened at the sign-in page {@code /login}; public reads unless {@code alliance.security.public-read=false} (then a
 * page is sent to {@code /login}); CSRF tokens for what a session cookie authenticates; a Content-Security-Policy on
 * every answer; problem details for 401 and 403. Users: {@code admin} plus those of the configuration.
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
	 * Writes need a CSRF token when the browser's session cookie is what authenticates them: API clients send
	 * their credentials (HTTP Basic) with each request, which a third-party page cannot forge. The sign-in form
	 * always needs one, so that no other site signs a visitor in under its own account.
	 */
	private static final RequestMatcher SESSION_WRITES = new OrRequestMatcher(
			request -> !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod())
					&& request.getRequestedSessionId() != null && request.getHeader("Authorization") == null,
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"));

	/** What a person opens in the browser, sent to the sign-in page rather than answered 401 when reads are closed. */
	private static final RequestMatcher PAGES = new NegatedRequestMatcher(new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/v3/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")));

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
		// the token is the XSRF-TOKEN cookie's value as it is, sent back in X-XSRF-TOKEN or the sign-in form's _csrf
		http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
			.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
			.requireCsrfProtectionMatcher(SESSION_WRITES))
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DOCUMENTS,
						new StaticHeadersWriter("Content-Security-Policy", DOCUMENT_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(DOCUMENTS),
						new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY))))
			// a session only for who signs in at /login (no session policy set: setting one would add a filter that
			// stores every authenticated request's user in a new session); HTTP Basic authenticates the request alone
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.formLogin(form -> form.loginPage("/login")
				.successHandler((request, response, authentication) -> response.sendRedirect(
						returnTo(request).orElse(inLanguage(request, "/"))))
				.failureHandler((request, response, ex) -> response.sendRedirect(inLanguage(request, "/login?error")
						+ returnTo(request).map(next -> "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
							.orElse("")))
				.permitAll())
			.logout(logout -> logout.deleteCookies("JSESSIONID")
				.logoutSuccessHandler((request, response, authentication) -> response
					.sendRedirect(inLanguage(request, "/"))))
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::askForCredentials)
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.exceptionHandling(e -> e
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), PAGES)
				.defaultAuthenticationEntryPointFor(SecurityConfiguration::askForCredentials, AnyRequestMatcher.INSTANCE)
				.accessDeniedHandler((request, response, ex) -> writeProblem(response,
					HttpStatus.FORBIDDEN, "Accès refusé", ex instanceof CsrfException
							? "Jeton CSRF absent ou invalide : une écriture faite avec la session du navigateur doit"
									+ " porter l'en-tête X-XSRF-TOKEN (valeur du cookie XSRF-TOKEN)."
							: "Votre rôle ne permet pas cette opération (rôle EDITOR ou ADMIN requis pour écrire, ADMIN"
									+ " pour les opérations d'administration).")))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
				auth.requestMatchers("/error").permitAll();
				// the sign-in page, what it is drawn with, and who is signed in: readable when reads are closed
				auth.requestMatchers(HttpMethod.GET, "/login", "/login.html", "/css/**", "/js/**", "/i18n/**",
						"/api/v1/session").permitAll();
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

	/**
	 * 401 with problem details. The page's own requests ({@code X-Requested-With: XMLHttpRequest}) get no
	 * {@code WWW-Authenticate}, which would make the browser pop up its own credentials dialog over the page's.
	 */
	private static void askForCredentials(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"alliance-graph\"");
		}
		writeProblem(response, HttpStatus.UNAUTHORIZED, "Authentification requise",
				"Cette opération demande d'être connecté : un identifiant et un mot de passe (HTTP Basic) valides, ou"
						+ " une session ouverte par la page de connexion (/login).");
	}

	/**
	 * The view the visitor signed in from ({@code next}, sent by the form), when it is a path of this service: never
	 * another site's address ({@code //host}, {@code https:}), so that no link sends a visitor away once signed in.
	 */
	private static Optional<String> returnTo(HttpServletRequest request) {
		String next = request.getParameter("next");
		if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
				|| next.chars().anyMatch(Character::isISOControl)) {
			return Optional.empty();
		}
		return Optional.of(next);
	}

	/** The page to go to, in English when the sign-in form or the sign-out came from the English page. */
	private static String inLanguage(HttpServletRequest request, String path) {
		if (!"en".equals(request.getParameter("lang"))) {
			return path;
		}
		return path + (path.contains("?") ? "&" : "?") + "lang=en";
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

	private static void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}
}
