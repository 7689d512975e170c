package org.alliancegraph.actor;

import org.alliancegraph.neo4j.ReadCache;
import org.alliancegraph.reference.ListFilters;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.EntityTags;
import org.alliancegraph.web.MergePatch;
import org.alliancegraph.web.PageResponse;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@Tag(name = "Acteurs / Actors", description = "Collectivités, associations, entreprises, établissements… / the actors of cooperation")
@RequestMapping("/api/v1/actors")
class ActorController {

	private final ActorService actors;

	private final ListFilters filters;

	private final ReadCache reads;

	private final MergePatch mergePatch;

	ActorController(ActorService actors, ListFilters filters, ReadCache reads, MergePatch mergePatch) {
		this.actors = actors;
		this.filters = filters;
		this.reads = reads;
		this.mergePatch = mergePatch;
	}

	@Operation(summary = "Liste des acteurs / List actors",
			description = "Page d'acteurs par nom ; filtres combinables. / A page of actors by name; filters combine.")
	@GetMapping
	PageResponse<ActorResponse> list(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String domain,
			@RequestParam(required = false) @Nullable String sdg, @RequestParam(required = false) @Nullable String q,
			@ParameterObject Pageable pageable) {
		return reads.get("actors", () -> {
			InputErrors errors = new InputErrors();
			filters.code(errors, "sector", sector, Vocabulary.SECTORS);
			filters.code(errors, "domain", domain, Vocabulary.DOMAINS);
			filters.code(errors, "sdg", sdg, Vocabulary.SDGS);
			filters.territory(errors, "territory", territory);
			errors.throwIfAny();
			return PageResponse.of(actors.list(territory, sector, domain, sdg, q, pageable), a -> a);
		}, territory, sector, domain, sdg, q, pageable);
	}

	@Operation(summary = "Un acteur / Get an actor",
			description = "Avec son ETag (version) pour une écriture conditionnelle. / "
					+ "With its ETag (version) for a conditional write.")
	@GetMapping("/{id}")
	ResponseEntity<ActorResponse> get(@PathVariable String id) {
		ActorResponse actor = actors.get(id);
		return EntityTags.ok(actor, actor.version());
	}

	@Operation(summary = "Crée un acteur / Create an actor")
	@ApiResponse(responseCode = "201",
			description = "Créé, avec son adresse (Location) et son ETag / created, with its address (Location) and ETag")
	@PostMapping
	ResponseEntity<ActorResponse> create(@RequestBody ActorRequest request) {
		ActorResponse created = actors.create(request);
		return EntityTags.created("/api/v1/actors/" + created.id(), created, created.version());
	}

	@Operation(summary = "Remplace un acteur / Replace an actor",
			description = "If-Match (ou le champ version) refuse une écriture sur une version dépassée (409). / "
					+ "If-Match (or the version field) refuses a write over a stale version (409).")
	@PutMapping("/{id}")
	ResponseEntity<ActorResponse> update(@PathVariable String id, @RequestBody ActorRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ActorResponse updated = actors.update(id, request, EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(updated, updated.version());
	}

	/** A JSON Merge Patch (RFC 7396) of the actor, checked as a PUT body is. */
	@Operation(summary = "Modifie une partie d'un acteur / Patch an actor",
			description = "JSON Merge Patch (RFC 7396), vérifié comme un PUT. / "
					+ "JSON Merge Patch (RFC 7396), checked as a PUT is.")
	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	ResponseEntity<ActorResponse> patch(@PathVariable String id, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ActorResponse patched = actors.patch(id, stored -> mergePatch.apply(stored, patch, ActorRequest.class),
				EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(patched, patched.version());
	}

	/** The content the actor had at {@code version}, written again as its next version (EDITOR or ADMIN). */
	@Operation(summary = "Rétablit une version antérieure d'un acteur / Restore an earlier version of an actor")
	@PostMapping("/{id}/restore")
	ResponseEntity<ActorResponse> restore(@PathVariable String id, @RequestParam long version) {
		ActorResponse restored = actors.restore(id, version);
		return EntityTags.ok(restored, restored.version());
	}

	/** 204 when nothing else went; with {@code ?cascade=true} (ADMIN), 200 and what went with the actor. */
	@Operation(summary = "Supprime un acteur / Delete an actor",
			description = "204 ; avec cascade=true (ADMIN), 200 et ce qui est parti avec lui. / "
					+ "204; with cascade=true (ADMIN), 200 and what went with it.")
	@ApiResponse(responseCode = "204", description = "Supprimé / deleted", content = @Content)
	@ApiResponse(responseCode = "200", description = "Supprimé avec cascade=true : ce qui est parti avec lui / "
			+ "deleted with cascade=true: what went with it")
	@DeleteMapping("/{id}")
	ResponseEntity<ActorDeletion> delete(@PathVariable String id,
			@RequestParam(defaultValue = "false") boolean cascade,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			Authentication user) {
		if (cascade) {
			requireAdmin(user);
		}
		ActorDeletion deletion = actors.delete(id, cascade, EntityTags.ifMatch(ifMatch));
		return cascade ? ResponseEntity.ok(deletion) : ResponseEntity.noContent().build();
	}

	private static void requireAdmin(Authentication user) {
		if (user.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
			throw new AccessDeniedException("cascade");
		}
	}
}
