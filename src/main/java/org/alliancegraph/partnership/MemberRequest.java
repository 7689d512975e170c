package org.alliancegraph.partnership;

import org.jspecify.annotations.Nullable;

/**
 * A member of a partnership: {@code (:Actor)-[:MEMBER_OF {role}]->(:Partnership)}.
 *
 * @param actor the actor's id
 * @param role LEAD, PARTNER or FUNDER
 */
public record MemberRequest(@Nullable String actor, @Nullable String role) {
}
