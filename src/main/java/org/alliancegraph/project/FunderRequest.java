package org.alliancegraph.project;

import org.jspecify.annotations.Nullable;

/**
 * A funding of a project by an actor: {@code (:Actor)-[:FUNDS {amountEur, year, instrument}]->(:Project)}.
 * An actor may fund a project several times (other years, other instruments).
 *
 * @param actor the funder's id
 * @param amountEur the amount in euros
 * @param year the year of the funding
 * @param instrument a code of the {@code funding-instruments} vocabulary, or null
 */
public record FunderRequest(@Nullable String actor, @Nullable Double amountEur, @Nullable Integer year,
		@Nullable String instrument) {
}
