package org.alliancegraph.actor;

import org.alliancegraph.neo4j.ReadCache;
import org.alliancegraph.reference.ListFilters;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.EntityTags;
import org.alliancegraph.web.MergePatch;
import org.alliancegraph.web.PageResponse;
import org.jspecify.annotations.Nullable;
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

	@GetMapping("/{id}")
	ResponseEntity<ActorResponse> get(@PathVariable String id) {
		ActorResponse actor = actors.get(id);
		return EntityTags.ok(actor, actor.version());
	}

	@PostMapping
	ResponseEntity<ActorResponse> create(@RequestBody ActorRequest request) {
		ActorResponse created = actors.create(request);
		return EntityTags.created("/api/v1/actors/" + created.id(), created, created.version());
	}

	@PutMapping("/{id}")
	ResponseEntity<ActorResponse> update(@PathVariable String id, @RequestBody ActorRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ActorResponse updated = actors.update(id, request, EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(updated, updated.version());
	}

	/** 204 when nothing else went; with {@code ?cascade=true} (ADMIN), 200 and what went with the actor. */
	/** A JSON Merge Patch (RFC 7396) of the actor, checked as a PUT body is. */
	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	ResponseEntity<ActorResponse> patch(@PathVariable String id, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		ActorResponse patched = actors.patch(id, stored -> mergePatch.apply(stored, patch, ActorRequest.class),
				EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(patched, patched.version());
	}

	/** The content the actor had at {@code version}, written again as its next version (EDITOR or ADMIN). */
	@PostMapping("/{id}/restore")
	ResponseEntity<ActorResponse> restore(@PathVariable String id, @RequestParam long version) {
		ActorResponse restored = actors.restore(id, version);
		return EntityTags.ok(restored, restored.version());
	}

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
