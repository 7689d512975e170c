package org.alliancegraph.partnership;

import java.time.LocalDate;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Partenariats / Partnerships", description = "Les alliances entre acteurs / alliances between actors")
@RequestMapping("/api/v1/partnerships")
class PartnershipController {

	private final PartnershipService partnerships;

	private final ListFilters filters;

	private final ReadCache reads;

	private final MergePatch mergePatch;

	PartnershipController(PartnershipService partnerships, ListFilters filters, ReadCache reads, MergePatch mergePatch) {
		this.partnerships = partnerships;
		this.filters = filters;
		this.reads = reads;
		this.mergePatch = mergePatch;
	}

	@Operation(summary = "Liste des partenariats / List partnerships",
			description = "Du plus récent au plus ancien ; filtres combinables. / Newest first; filters combine.")
	@GetMapping
	PageResponse<PartnershipResponse> list(@RequestParam(required = false) @Nullable String territory,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String domain,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate active,
			@RequestParam(required = false) @Nullable String q, @ParameterObject Pageable pageable) {
		return reads.get("partnerships", () -> {
			InputErrors errors = new InputErrors();
			filters.code(errors, "type", type, Vocabulary.PARTNERSHIP_TYPES);
			filters.code(errors, "domain", domain, Vocabulary.DOMAINS);
			filters.territory(errors, "territory", territory);
			filters.actor(errors, "actor", actor);
			errors.throwIfAny();
			return PageResponse.of(partnerships.list(territory, type, domain, actor, active, q, pageable), x -> x);
		}, territory, type, domain, actor, active, q, pageable);
	}

	@Operation(summary = "Un partenariat / Get a partnership")
	@GetMapping("/{id}")
	ResponseEntity<PartnershipResponse> get(@PathVariable String id) {
		PartnershipResponse found = partnerships.get(id);
		return EntityTags.ok(found, found.version());
	}

	@Operation(summary = "Crée un partenariat / Create a partnership")
	@ApiResponse(responseCode = "201",
			description = "Créé, avec son adresse (Location) et son ETag / created, with its address (Location) and ETag")
	@PostMapping
	ResponseEntity<PartnershipResponse> create(@RequestBody PartnershipRequest request) {
		PartnershipResponse created = partnerships.create(request);
		return EntityTags.created("/api/v1/partnerships/" + created.id(), created, created.version());
	}

	@Operation(summary = "Remplace un partenariat / Replace a partnership")
	@PutMapping("/{id}")
	ResponseEntity<PartnershipResponse> update(@PathVariable String id, @RequestBody PartnershipRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		PartnershipResponse updated = partnerships.update(id, request, EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(updated, updated.version());
	}

	/** A JSON Merge Patch (RFC 7396) of the partnership, checked as a PUT body is. */
	@Operation(summary = "Modifie une partie d'un partenariat / Patch a partnership",
			description = "JSON Merge Patch (RFC 7396), vérifié comme un PUT. / "
					+ "JSON Merge Patch (RFC 7396), checked as a PUT is.")
	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	ResponseEntity<PartnershipResponse> patch(@PathVariable String id, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		PartnershipResponse patched = partnerships.patch(id, stored -> mergePatch.apply(stored, patch, PartnershipRequest.class),
				EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(patched, patched.version());
	}

	/** The content the partnership had at {@code version}, written again as its next version (EDITOR or ADMIN). */
	@Operation(summary = "Rétablit une version antérieure d'un partenariat / "
			+ "Restore an earlier version of a partnership")
	@PostMapping("/{id}/restore")
	ResponseEntity<PartnershipResponse> restore(@PathVariable String id, @RequestParam long version) {
		PartnershipResponse restored = partnerships.restore(id, version);
		return EntityTags.ok(restored, restored.version());
	}

	@Operation(summary = "Supprime un partenariat / Delete a partnership")
	@ApiResponse(responseCode = "204", description = "Supprimé / deleted", content = @Content)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		partnerships.delete(id, EntityTags.ifMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
