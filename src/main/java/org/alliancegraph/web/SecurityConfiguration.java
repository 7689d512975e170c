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

/**
 * HTTP Basic for writes (role EDITOR or ADMIN), public reads unless {@code alliance.security.public-read=false},
 * stateless, and problem details for 401 and 403. Users: {@code admin} plus those of the configuration.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String[] WRITERS = { "EDITOR", "ADMIN" };

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"alliance-graph\"");
				writeProblem(response, HttpStatus.UNAUTHORIZED, "Authentification requise",
						"Cette opération demande un identifiant et un mot de passe (HTTP Basic) valides.");
			}))
			.exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> writeProblem(response,
					HttpStatus.FORBIDDEN, "Accès refusé",
					"Votre rôle ne permet pas cette opération (rôle EDITOR ou ADMIN requis pour écrire, ADMIN pour"
							+ " les opérations d'administration).")))
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
