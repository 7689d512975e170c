package org.alliancegraph.web;

import org.springframework.beans.propertyeditors.CustomBooleanEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A boolean query parameter ({@code dryRun}, {@code async}, {@code cascade}) is {@code true} or {@code false},
 * whatever the case; Spring would also read {@code yes}, {@code on}, {@code 1} and their opposites, so that a
 * mistyped value could pass for a choice. Anything else is a malformed parameter (422).
 */
@ControllerAdvice
class StrictBooleanBinding {

	@InitBinder
	void strictBooleans(WebDataBinder binder) {
		binder.registerCustomEditor(boolean.class, new CustomBooleanEditor("true", "false", false));
		binder.registerCustomEditor(Boolean.class, new CustomBooleanEditor("true", "false", true));
	}
}
