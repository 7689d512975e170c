package org.alliancegraph.report;

import java.time.LocalDate;

import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The territorial diagnostic (API.md): {@code /api/v1/territories/{code}/diagnostic} as JSON, {@code .html} as a
 * page for screen and print, {@code .pdf} as that page rendered to PDF; {@code lang=fr|en} (default {@code fr}),
 * {@code at} (ISO date; default today).
 */
@RestController
@Tag(name = "Diagnostic", description = "Le diagnostic territorial en JSON, HTML et PDF / the territorial diagnostic report")
class DiagnosticController {

	private static final String PATH = "/api/v1/territories/{code}/diagnostic";

	private final DiagnosticService diagnostics;

	private final ReportRenderer renderer;

	DiagnosticController(DiagnosticService diagnostics, ReportRenderer renderer) {
		this.diagnostics = diagnostics;
		this.renderer = renderer;
	}

	@Operation(summary = "Diagnostic territorial (JSON) / Territorial diagnostic (JSON)")
	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	DiagnosticReport json(@PathVariable String code,
			@Parameter(schema = @Schema(allowableValues = { "fr", "en" })) @RequestParam(defaultValue = "fr") String lang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		return build(code, lang, at);
	}

	@Operation(summary = "Diagnostic territorial (page HTML) / Territorial diagnostic (HTML page)")
	@GetMapping(PATH + ".html")
	ResponseEntity<String> html(@PathVariable String code,
			@Parameter(schema = @Schema(allowableValues = { "fr", "en" })) @RequestParam(defaultValue = "fr") String lang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		String html = renderer.html(build(code, lang, at));
		return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
			.body(html);
	}

	@Operation(summary = "Diagnostic territorial (PDF) / Territorial diagnostic (PDF)")
	@GetMapping(PATH + ".pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code,
			@Parameter(schema = @Schema(allowableValues = { "fr", "en" })) @RequestParam(defaultValue = "fr") String lang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		DiagnosticReport report = build(code, lang, at);
		byte[] pdf = renderer.pdf(report);
		String name = "diagnostic-" + report.territory().code() + "-" + report.at() + "-" + report.lang() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(pdf);
	}

	private DiagnosticReport build(String code, String lang, @Nullable LocalDate at) {
		InputErrors errors = new InputErrors();
		if (!ReportTexts.LANGUAGES.contains(lang)) {
			errors.add("lang", lang, "langue inconnue ; attendu : fr ou en");
		}
		errors.throwIfAny();
		return diagnostics.build(code, at == null ? LocalDate.now() : at, lang);
	}
}
