package org.alliancegraph.actor;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** An actor as the API shows it; same fields as {@link ActorRequest} plus its version. */
public record ActorResponse(String id, String name, String sector, @Nullable String locatedIn, List<String> activeIn,
		@Nullable String siren, @Nullable String siret, @Nullable String rna, @Nullable String size,
		@Nullable String website, @Nullable String description, List<String> missions, Long version) {

	ActorRequest asRequest() {
		return new ActorRequest(id, name, sector, locatedIn, activeIn, siren, siret, rna, size, website, description,
				missions, null);
	}
}
