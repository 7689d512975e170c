package org.alliancegraph.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.alliancegraph.exchange.csv.CsvFile;
import org.alliancegraph.exchange.csv.CsvImportService;
import org.alliancegraph.exchange.csv.CsvSources;
import org.alliancegraph.exchange.csv.CsvUpload;
import org.alliancegraph.exchange.export.CsvDocumentWriter;
import org.alliancegraph.exchange.importing.DocumentEntries;
import org.alliancegraph.exchange.importing.ImportDocument;
import org.alliancegraph.exchange.importing.ImportProgress;
import org.alliancegraph.exchange.importing.ImportProperties;
import org.alliancegraph.exchange.importing.ImportService;
import org.alliancegraph.exchange.importing.ImportUndo;
import org.alliancegraph.exchange.jobs.ImportJob;
import org.alliancegraph.exchange.jobs.ImportJobs;
import org.alliancegraph.web.ConflictException;
import org.alliancegraph.web.InvalidInputException;
import org.alliancegraph.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The imports of API.md: the import document as JSON or as CSV files, and the jobs that run large imports in the
 * background ({@code 202} with their address).
 */
@RestController
@Tag(name = "Imports", description = "Import JSON ou CSV, tâches de fond, annulation / JSON or CSV imports, jobs, undo")
@RequestMapping("/api/v1/imports")
class ImportController {

	private static final String JOBS = "/api/v1/imports/jobs/";

	private final ImportService imports;

	private final CsvImportService csv;

	private final ImportJobs jobs;

	private final ImportUndo undo;

	private final long asyncBytes;

	private final int asyncEntries;

	ImportController(ImportService imports, CsvImportService csv, ImportJobs jobs, ImportUndo undo,
			ImportProperties properties) {
		this.imports = imports;
		this.csv = csv;
		this.jobs = jobs;
		this.undo = undo;
		this.asyncBytes = properties.asyncThreshold().toBytes();
		this.asyncEntries = properties.asyncThresholdEntries();
	}

	/**
	 * Takes a finished import back (ADMIN): 409 listing what others changed since, unless {@code ?force=true}.
	 */
	@Operation(summary = "Annule un import / Undo an import",
			description = "ADMIN ; 409 avec ce que d'autres ont changé depuis, sauf force=true. / "
					+ "ADMIN; 409 listing what others changed since, unless force=true.")
	@PostMapping("/{importId}/undo")
	ImportUndo.Undone undo(@PathVariable String importId, @RequestParam(defaultValue = "false") boolean force,
			Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
			throw new AccessDeniedException("undo");
		}
		if (jobs.find(importId).filter(job -> !job.finished()).isPresent()) {
			throw new ConflictException("L'import « " + importId + " » est en cours : attendez sa fin pour l'annuler.");
		}
		return undo.undo(importId, force);
	}

	/** The JSON document: 200 with the counts, or 202 and a job when large or {@code ?async=true}. */
	@Operation(summary = "Importe un document JSON ou des fichiers CSV / Import a JSON document or CSV files",
			description = "Tout ou rien, par clé : le même document deux fois ne change rien. 200 avec les comptes, ou "
					+ "202 et une tâche (Location) quand il est grand ou avec async=true ; dryRun=true vérifie "
					+ "seulement. En multipart/form-data : territories.csv, actors.csv… ou un zip. / All or nothing, "
					+ "by key: the same document twice changes nothing. 200 with the counts, or 202 and a job "
					+ "(Location) when large or with async=true; dryRun=true only checks. As multipart/form-data: "
					+ "territories.csv, actors.csv… or a zip.")
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> importDocument(@RequestBody ImportDocument document,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean async) {
		if (async || document.size() > asyncEntries) {
			ImportJob job = new ImportJob(0, dryRun);
			job.read(document.size());
			return accepted(jobs.submit(job, j -> imports.apply(new DocumentEntries(document), dryRun, j), () -> {
			}));
		}
		return ResponseEntity.ok(imports.apply(document, dryRun));
	}

	/**
	 * The same document as CSV files ({@code territories.csv}, {@code actors.csv}… or a zip of them): 200 with the
	 * counts, or 202 and a job when larger than {@code alliance.import.async-threshold} or {@code ?async=true}.
	 */
	@Operation(summary = "Importe un document JSON ou des fichiers CSV / Import a JSON document or CSV files")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importCsv(MultipartHttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean async) throws IOException {
		CsvUpload upload = CsvUpload.of(request.getMultiFileMap().values().stream().flatMap(List::stream).toList());
		if (upload.files().isEmpty()) {
			upload.close();
			throw InvalidInputException.of("files", null, "aucun fichier CSV reconnu ; attendu : "
					+ String.join(", ", java.util.Arrays.stream(CsvFile.values()).map(CsvFile::fileName).toList())
					+ " (ou un zip de ces fichiers)");
		}
		long size = upload.size();
		if (async || size > asyncBytes) {
			ImportJob job = new ImportJob(size, dryRun);
			return accepted(jobs.submit(job, j -> csv.apply(counted(upload, j), dryRun, j), upload::close));
		}
		try (upload) {
			return ResponseEntity.ok(csv.apply(upload, dryRun, ImportProgress.NONE));
		}
	}

	/** The CSV files with their headers only, to fill in (the columns are described in the README). */
	@Operation(summary = "Modèle des fichiers CSV / CSV file templates",
			description = "Un zip des fichiers CSV avec leurs seuls en-têtes. / "
					+ "A zip of the CSV files with their headers only.")
	@GetMapping("/template")
	ResponseEntity<StreamingResponseBody> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("alliance-graph-modele-csv.zip").build().toString())
			.body(CsvDocumentWriter::template);
	}

	@Operation(summary = "État d'une tâche d'import / Import job status")
	@GetMapping("/jobs/{id}")
	ImportJob.View job(@PathVariable String id) {
		return jobs.find(id).orElseThrow(() -> new NotFoundException("L'import", id));
	}

	private static ResponseEntity<ImportJob.View> accepted(ImportJob job) {
		return ResponseEntity.accepted().location(URI.create(JOBS + job.id())).body(job.view());
	}

	/** The upload, counting the bytes the job reads. */
	private static CsvSources counted(CsvUpload upload, ImportJob job) {
		return new CsvSources() {
			@Override
			public java.util.Set<CsvFile> files() {
				return upload.files();
			}

			@Override
			public long size(CsvFile file) throws IOException {
				return upload.size(file);
			}

			@Override
			public InputStream open(CsvFile file) throws IOException {
				return new FilterInputStream(upload.open(file)) {
					@Override
					public int read() throws IOException {
						int b = super.read();
						if (b >= 0) {
							job.bytesRead(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = super.read(buffer, offset, length);
						if (n > 0) {
							job.bytesRead(n);
						}
						return n;
					}
				};
			}
		};
	}
}
