package org.alliancegraph.exchange;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ImportResult importDocument(@RequestBody ImportDocument document,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		return imports.apply(document, dryRun);
	}
}
