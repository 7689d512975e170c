package org.alliancegraph.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, a static page like the explorer's; Spring Security handles the form it posts. The page reads its
 * parameters itself: {@code lang=en} for English, {@code error} after a failed sign-in, {@code next} the view to go
 * back to once signed in.
 */
@Controller
@Hidden
class LoginPageController {

	@GetMapping("/login")
	String page(@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String next) {
		return "forward:/login.html";
	}
}
