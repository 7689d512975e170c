package org.alliancegraph.project;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An actor's contribution to a project: {@code (:Actor)-[:CONTRIBUTES_TO {role, since, until}]->(:Project)}.
 *
 * @param actor the actor's id
 * @param role LEAD, PARTNER or FUNDER
 * @param since when the contribution began; the project's start when not given
 * @param until when it ended (null: still going on)
 */
public record ContributorRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String actor,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ActorRole.class) @Nullable String role,
		@Schema(description = "Début ; par défaut celui du projet / "
				+ "start; the project's by default") @Nullable LocalDate since,
		@Nullable LocalDate until) {

	ContributorRequest withSince(LocalDate newSince) {
		return new ContributorRequest(actor, role, newSince, until);
	}
}
