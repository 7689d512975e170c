package org.alliancegraph.project;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record FunderRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String actor,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Double amountEur,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer year,
		@Schema(description = "Code d'instrument de financement ; voir /api/v1/reference/funding-instruments / "
				+ "a funding instrument code") @Nullable String instrument) {
}
