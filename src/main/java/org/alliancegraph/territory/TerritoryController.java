package org.alliancegraph.territory;

import java.util.Arrays;
import java.util.Map;

import org.alliancegraph.reference.ListFilters;
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
@Tag(name = "Territoires / Territories", description = "Régions, départements, EPCI, communes, territoires de projet / territories")
@RequestMapping("/api/v1/territories")
class TerritoryController {

	private final TerritoryService territories;

	private final ListFilters filters;

	private final ReadCache reads;

	private final MergePatch mergePatch;

	TerritoryController(TerritoryService territories, ListFilters filters, ReadCache reads, MergePatch mergePatch) {
		this.territories = territories;
		this.filters = filters;
		this.reads = reads;
		this.mergePatch = mergePatch;
	}

	@Operation(summary = "Liste des territoires / List territories",
			description = "Par niveau puis par nom ; filtres combinables. / By level, then by name; filters combine.")
	@GetMapping
	PageResponse<TerritoryResponse> list(
			@Parameter(description = "Niveau / level", schema = @Schema(implementation = TerritoryLevel.class))
			@RequestParam(required = false) @Nullable String level,
			@Parameter(description = "Code d'un territoire : ceux qui en font partie directement / "
					+ "a territory code: those directly part of it")
			@RequestParam(required = false) @Nullable String parent,
			@Parameter(description = "Mots du nom, sans égard aux accents ni à la casse / "
					+ "words of the name, whatever the accents and case")
			@RequestParam(required = false) @Nullable String q,
			@ParameterObject Pageable pageable) {
		return reads.get("territories", () -> {
			InputErrors errors = new InputErrors();
			filters.oneOf(errors, "level", level, Arrays.stream(TerritoryLevel.values()).map(Enum::name).toList(),
					"niveau inconnu");
			filters.territory(errors, "parent", parent);
			errors.throwIfAny();
			return PageResponse.of(territories.list(level, parent, q, pageable), t -> t);
		}, level, parent, q, pageable);
	}

	@Operation(summary = "Un territoire / Get a territory")
	@GetMapping("/{code}")
	ResponseEntity<TerritoryResponse> get(@PathVariable String code) {
		TerritoryResponse found = territories.get(code);
		return EntityTags.ok(found, found.version());
	}

	@Operation(summary = "Crée un territoire / Create a territory")
	@ApiResponse(responseCode = "201",
			description = "Créé, avec son adresse (Location) et son ETag / created, with its address (Location) and ETag")
	@PostMapping
	ResponseEntity<TerritoryResponse> create(@RequestBody TerritoryRequest request) {
		TerritoryResponse created = territories.create(request);
		return EntityTags.created("/api/v1/territories/" + created.code(), created, created.version());
	}

	@Operation(summary = "Remplace un territoire / Replace a territory")
	@PutMapping("/{code}")
	ResponseEntity<TerritoryResponse> update(@PathVariable String code, @RequestBody TerritoryRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		TerritoryResponse updated = territories.update(code, request, EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(updated, updated.version());
	}

	@Operation(summary = "Remplace les indicateurs de besoin d'un territoire / Replace a territory's need indicators",
			description = "Par code d'indicateur ; voir /api/v1/reference/indicators. / "
					+ "By indicator code; see /api/v1/reference/indicators.")
	@PutMapping("/{code}/indicators")
	TerritoryResponse indicators(@PathVariable String code, @RequestBody Map<String, Double> indicators) {
		return territories.putIndicators(code, indicators);
	}

	/** A JSON Merge Patch (RFC 7396) of the territory, checked as a PUT body is. */
	@Operation(summary = "Modifie une partie d'un territoire / Patch a territory",
			description = "JSON Merge Patch (RFC 7396), vérifié comme un PUT. / "
					+ "JSON Merge Patch (RFC 7396), checked as a PUT is.")
	@PatchMapping(path = "/{code}", consumes = MergePatch.MEDIA_TYPE)
	ResponseEntity<TerritoryResponse> patch(@PathVariable String code, @RequestBody JsonNode patch,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		TerritoryResponse patched = territories.patch(code, stored -> mergePatch.apply(stored, patch, TerritoryRequest.class),
				EntityTags.ifMatch(ifMatch));
		return EntityTags.ok(patched, patched.version());
	}

	/** The content the territory had at {@code version}, written again as its next version (EDITOR or ADMIN). */
	@Operation(summary = "Rétablit une version antérieure d'un territoire / Restore an earlier version of a territory")
	@PostMapping("/{code}/restore")
	ResponseEntity<TerritoryResponse> restore(@PathVariable String code, @RequestParam long version) {
		TerritoryResponse restored = territories.restore(code, version);
		return EntityTags.ok(restored, restored.version());
	}

	@Operation(summary = "Supprime un territoire / Delete a territory")
	@ApiResponse(responseCode = "204", description = "Supprimé / deleted", content = @Content)
	@DeleteMapping("/{code}")
	ResponseEntity<Void> delete(@PathVariable String code, @RequestParam(defaultValue = "false") boolean cascade,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			Authentication user) {
		if (cascade && user.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
			throw new AccessDeniedException("cascade");
		}
		territories.delete(code, cascade, EntityTags.ifMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
