package org.alliancegraph.exchange.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.TieHistory;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/exports?format=graphml|gexf|cytoscape|json|csv}: the graph of a scope for other tools.
 * {@code territory}, {@code at}, {@code sector} and {@code domain} mean what they mean for the analyses. Every
 * answer is streamed: its body is written to the response as it is produced, after the scope has been checked
 * (so a bad request still gets its problem details), in the request's thread rather than as an asynchronous
 * body, which Spring MVC would cut after its async timeout (30 s) on a large export.
 */
@RestController
@Tag(name = "Exports", description = "Le graphe d'un périmètre pour d'autres outils : GraphML, GEXF, Cytoscape, JSON, CSV / the graph for other tools")
@RequestMapping("/api/v1/exports")
class ExportController {

	private final ExportService exports;

	private final ReferenceVocabularies vocabularies;

	private final JsonMapper json;

	private final DocumentExport documents;

	ExportController(ExportService exports, ReferenceVocabularies vocabularies, JsonMapper json,
			DocumentExport documents) {
		this.exports = exports;
		this.vocabularies = vocabularies;
		this.json = json;
		this.documents = documents;
	}

	@Operation(summary = "Exporte le graphe d'un périmètre / Export the graph of a scope",
			description = "GraphML, GEXF (dans le temps), éléments Cytoscape.js, document d'import JSON ou fichiers "
					+ "CSV (zip). / GraphML, GEXF (over time), Cytoscape.js elements, the JSON import document or CSV "
					+ "files (zip).")
	@GetMapping
	void export(
			@Parameter(schema = @Schema(allowableValues = { "graphml", "gexf", "cytoscape", "json", "csv" }))
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) @Nullable Set<String> sector,
			@RequestParam(required = false) @Nullable Set<String> domain, HttpServletResponse response)
			throws IOException {
		InputErrors errors = new InputErrors();
		ExportFormat chosen = format == null ? null : ExportFormat.parse(format).orElse(null);
		if (chosen == null) {
			errors.add("format", format, "format d'export inconnu ; " + ExportFormat.EXPECTED_FR);
		}
		Set<String> sectors = checked(sector, Vocabulary.SECTORS, "sector", errors);
		Set<String> domains = checked(domain, Vocabulary.DOMAINS, "domain", errors);
		errors.throwIfAny();
		String code = territory == null || territory.isBlank() ? null : territory.strip();
		Scope scope = new Scope(code, at == null ? LocalDate.now() : at, sectors, domains);
		String suffix = code == null ? "" : "-" + code;
		StreamingResponseBody body = switch (chosen) {
			case CYTOSCAPE -> {
				CytoscapeElements elements = CytoscapeElements.of(exports.actorGraph(scope));
				yield out -> json.writeValue(out, elements);
			}
			case GRAPHML -> {
				ExportedActorGraph graph = exports.actorGraph(scope);
				yield out -> {
					Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
					GraphMlExport.write(graph, writer);
					writer.flush();
				};
			}
			case GEXF -> {
				ExportedActorGraph graph = exports.actorGraph(scope);
				List<TieHistory.PairHistory> pairs = exports.tieHistory(graph);
				yield out -> {
					try {
						GexfExport.write(graph, pairs, scope.at(), out);
					}
					catch (XMLStreamException ex) {
						throw new IOException(ex);
					}
				};
			}
			case JSON -> {
				DocumentExport.Content content = documents.content(code);
				yield out -> JsonDocumentWriter.write(json, content, out);
			}
			case CSV -> {
				DocumentExport.Content content = documents.content(code);
				yield out -> CsvDocumentWriter.write(content, out);
			}
		};
		response.setContentType(chosen.mediaType());
		if (chosen != ExportFormat.CYTOSCAPE) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(chosen.fileName(suffix)).build().toString());
		}
		body.writeTo(response.getOutputStream());
		response.flushBuffer();
	}

	private Set<String> checked(@Nullable Set<String> codes, Vocabulary vocabulary, String parameter,
			InputErrors errors) {
		if (codes == null) {
			return Set.of();
		}
		codes.stream()
			.filter(c -> !vocabularies.contains(vocabulary, c))
			.forEach(c -> errors.add(parameter, c,
					vocabulary.nameFr() + " inconnu ; voir /api/v1/reference/" + vocabulary.path()));
		return codes;
	}
}
