package org.alliancegraph.project;

import java.util.Arrays;

import org.alliancegraph.reference.ListFilters;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.neo4j.ReadCache;
import org.alliancegraph.web.EntityTags;
import org.alliancegraph.web.MergePatch;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.PageResponse;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Projets / Projects", description = "Les projets de territoire / territorial projects")
@RequestMapping("/api/v1/projects")
class ProjectController {

	private final ProjectService projects;

	private final ListFilters filters;

	private final ReadCache reads;

	private final MergePatch mergePatch;

	ProjectController(ProjectService projects, ListFilters filters, ReadCache reads, MergePatch mergePatch) {
		this.projects = projects;
		this.filters = filters;
		this.reads = reads;
		this.mergePatch = mergePatch;
	}

	@Operation(summary = "Liste des projets / List projects",
			description = "Page de projets par nom ; filtres combinables ; actor : les projets auxquels l'acteur "
					+ "contribue ou qu'il finance, à toute date. / A page of projects by name; filters combine; actor: "
					+ "the projects the actor contributes to or funds, at any date.")
	@GetMapping
	PageResponse<ProjectResponse> list(@RequestParam(required = false) @Nullable String territory,
			@Parameter(description = "Identifiant d'un acteur : les projets auxquels il contribue ou qu'il finance, à "
					+ "toute date / an actor id: the projects it contributes to or funds, at any date")
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String domain,
			@RequestParam(required = false) @Nullable Integer sdg,
			@Parameter(schema = @Schema(implementation = ProjectPhase.class))
			@RequestParam(required = false) @Nullable String phase,
			@RequestParam(required = false) @Nullable String q,
			@ParameterObject Pageable pageable) {
		return reads.get("projects", () -> {
			InputErrors errors = new InputErrors();
			filters.code(errors, "domain", domain, Vocabulary.DOMAINS);
			filters.code(errors, "sdg", sdg == null ? null : sdg.toString(), Vocabulary.SDGS);
			filters.oneOf(errors, "phase", phase, Arrays.stream(ProjectPhase.values()).map(Enum::name).toList(),
					"phase inconnue");
			filters.territory(errors, "territory", territory);
			filters.actor(errors, "actor", actor);
			errors.throwIfAny();
			return PageResponse.of(projects.list(territory, actor, domain, sdg, phase, q, pageable), p -> p);
		}, territory, actor, domain, sdg, phase, q, pageable);
	}

	@Operation(summary = "Un projet / Get a project")
	@GetMapping("/{id}")
	ResponseEntity<ProjectResponse> get(@PathVariable String id) {
		ProjectResponse found = projects.get(id);
		return EntityTags.ok(found, found.version());
	}

	@Operation(summary = "Crée un projet / Create a project")
	@ApiResponse(responseCode = "201",
			description = "Créé, avec son adresse (Location) et son ETag / created, with its address (Location) and ETag")
	@PostMapping
	ResponseEntity<ProjectResponse> create(@RequestBody ProjectRequest request) {
		ProjectResponse created = projects.create(request);
		return EntityTags.created("/api/v1/projects/" + created.id(), created, created.version());
	}

	@Operation(summary = "Remplace un projet / Replace a project")
	@PutMapping("/{id}")
	ResponseEntity<ProjectResponse> update(@PathVariable String id, @RequestBody ProjectRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ProjectResponse updated = projects.update(id, request, EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(updated, updated.version());
	}

	/** A JSON Merge Patch (RFC 7396) of the project, checked as a PUT body is. */
	@Operation(summary = "Modifie une partie d'un projet / Patch a project",
			description = "JSON Merge Patch (RFC 7396), vérifié comme un PUT. / "
					+ "JSON Merge Patch (RFC 7396), checked as a PUT is.")
	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	ResponseEntity<ProjectResponse> patch(@PathVariable String id, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ProjectResponse patched = projects.patch(id, stored -> mergePatch.apply(stored, patch, ProjectRequest.class),
				EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(patched, patched.version());
	}

	/** The content the project had at {@code version}, written again as its next version (EDITOR or ADMIN). */
	@Operation(summary = "Rétablit une version antérieure d'un projet / Restore an earlier version of a project")
	@PostMapping("/{id}/restore")
	ResponseEntity<ProjectResponse> restore(@PathVariable String id, @RequestParam long version) {
		ProjectResponse restored = projects.restore(id, version);
		return EntityTags.ok(restored, restored.version());
	}

	@Operation(summary = "Supprime un projet / Delete a project",
			description = "Un projet soutenu par des partenariats n'est supprimé qu'avec cascade=true (ADMIN). / "
					+ "A project that partnerships support goes only with cascade=true (ADMIN).")
	@ApiResponse(responseCode = "204", description = "Supprimé / deleted", content = @Content)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(defaultValue = "false") boolean cascade,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			Authentication user) {
		if (cascade && user.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
			throw new AccessDeniedException("cascade");
		}
		projects.delete(id, cascade, EntityTags.ifMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
