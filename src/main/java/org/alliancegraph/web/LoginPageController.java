package org.alliancegraph.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, a static page like the explorer's; Spring Security handles the form it posts. */
@Controller
class LoginPageController {

	@GetMapping("/login")
	String page() {
		return "forward:/login.html";
	}
}
