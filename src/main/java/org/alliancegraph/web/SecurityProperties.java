package org.alliancegraph.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write.
 *
 * @param adminPassword password of user {@code admin} ({@code ALLIANCE_ADMIN_PASSWORD}); generated and logged
 *     once when unset
 * @param publicRead whether GET requests need no authentication
 * @param users further users, each with a password hash ({@code {bcrypt}$2a$…}) and roles (EDITOR, VIEWER…)
 */
@ConfigurationProperties("alliance.security")
public record SecurityProperties(@Nullable String adminPassword, @DefaultValue("true") boolean publicRead,
		@DefaultValue List<User> users) {

	public record User(String name, String passwordHash, List<String> roles) {
	}
}
