package org.alliancegraph.history;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.PageResponse;
import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The history of an entity, deleted or not, and the activity feed: pages of change records, newest first. */
@RestController
@Tag(name = "Historique / History", description = "Qui a changé quoi, quand : l'historique de chaque entité et le fil des changements / who changed what, when")
class HistoryController {

	/** The kind of change records each resource's address holds. */
	private static final Map<String, String> KINDS = Map.of("territories", "territory", "actors", "actor", "projects",
			"project", "partnerships", "partnership");

	private final ChangeFeed feed;

	HistoryController(ChangeFeed feed) {
		this.feed = feed;
	}

	@Operation(summary = "Historique d'une entité / History of an entity",
			description = "Ses changements, du plus récent au plus ancien, même supprimée. / "
					+ "Its changes, newest first, deleted or not.")
	@GetMapping("/api/v1/{resource:territories|actors|projects|partnerships}/{key}/history")
	PageResponse<Change> history(
			@Parameter(schema = @Schema(allowableValues = { "territories", "actors", "projects", "partnerships" }))
			@PathVariable String resource, @PathVariable String key, @ParameterObject Pageable pageable) {
		return PageResponse.of(feed.changes(ChangeFeed.Filter.of(KINDS.get(resource), key), pageable), c -> c);
	}

	@Operation(summary = "Fil des changements / Change feed",
			description = "Tous les changements, du plus récent au plus ancien, filtrés par période, auteur, type, "
					+ "origine, import ou territoire. / Every change, newest first, filtered by period, author, kind, "
					+ "source, import or territory.")
	@GetMapping("/api/v1/changes")
	PageResponse<Change> changes(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime since,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime until,
			@RequestParam(required = false) @Nullable String user,
			@Parameter(schema = @Schema(allowableValues = { "territory", "actor", "project", "partnership" }))
			@RequestParam(required = false) @Nullable String kind,
			@Parameter(schema = @Schema(implementation = ChangeSource.class))
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String importJob,
			@RequestParam(required = false) @Nullable String territory, @ParameterObject Pageable pageable) {
		InputErrors errors = new InputErrors();
		if (kind != null && !KINDS.containsValue(kind)) {
			errors.add("kind", kind, "type d'entité inconnu ; attendu : territory, actor, project, partnership");
		}
		if (source != null && Arrays.stream(ChangeSource.values()).noneMatch(s -> s.name().equals(source))) {
			errors.add("source", source, "origine inconnue ; attendu : API, IMPORT, REFERENTIAL, CASCADE, RESTORE");
		}
		if (since != null && until != null && !since.isBefore(until)) {
			errors.add("until", until, "la fin de la période doit suivre son début (" + since + ")");
		}
		List<String> subtree = territory == null ? null : feed.subtree(territory);
		if (subtree != null && subtree.isEmpty()) {
			errors.add("territory", territory, "territoire inconnu");
		}
		errors.throwIfAny();
		return PageResponse.of(feed.changes(new ChangeFeed.Filter(kind, null, since, until, user,
				source == null ? null : ChangeSource.valueOf(source), importJob, subtree), pageable), c -> c);
	}
}
