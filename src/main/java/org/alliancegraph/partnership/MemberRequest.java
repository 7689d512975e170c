package org.alliancegraph.partnership;

import io.swagger.v3.oas.annotations.media.Schema;
import org.alliancegraph.project.ActorRole;
import org.jspecify.annotations.Nullable;

/**
 * A member of a partnership: {@code (:Actor)-[:MEMBER_OF {role}]->(:Partnership)}.
 *
 * @param actor the actor's id
 * @param role LEAD, PARTNER or FUNDER
 */
public record MemberRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String actor,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ActorRole.class) @Nullable String role) {
}
