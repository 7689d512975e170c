package org.alliancegraph.actor;

import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import org.alliancegraph.write.EntityRequest;
import org.jspecify.annotations.Nullable;

/**
 * An actor as written by a client or an import document ({@code actors[]} of the import document).
 * Lists are normalised (nulls dropped, duplicates removed, sorted) and blank optional fields read as absent,
 * so that two requests with the same meaning are equal.
 *
 * @param id stable identifier, 1 to 100 characters among letters, digits and {@code _ . : -}
 * @param name its name
 * @param sector a code of the {@code sectors} vocabulary
 * @param locatedIn code of the territory of its seat
 * @param activeIn codes of the territories it acts in
 * @param siren SIREN (9 digits), when it has one
 * @param siret SIRET of its seat establishment (14 digits), when it has one
 * @param rna RNA number of an association ({@code W} and 9 digits), when it has one
 * @param size MICRO, SMALL, MEDIUM or LARGE, when known
 * @param website http(s) address
 * @param description free text
 * @param missions for NETWORK actors: codes of the {@code catalyst-missions} vocabulary
 * @param version for an update: the version read, so that a concurrent change is detected (optional)
 */
public record ActorRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Code de secteur ; voir "
				+ "/api/v1/reference/sectors / a sector code") @Nullable String sector,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Code du territoire du siège / "
				+ "code of the seat's territory") @Nullable String locatedIn,
		@Schema(description = "Codes des territoires où il agit / "
				+ "codes of the territories it acts in") @Nullable List<String> activeIn,
		@Schema(description = "9 chiffres / 9 digits") @Nullable String siren,
		@Schema(description = "14 chiffres / 14 digits") @Nullable String siret,
		@Schema(description = "W et 9 chiffres / W and 9 digits") @Nullable String rna,
		@Schema(allowableValues = { "MICRO", "SMALL", "MEDIUM", "LARGE" }) @Nullable String size,
		@Nullable String website, @Nullable String description,
		@Schema(description = "Pour un acteur NETWORK : codes de missions ; voir /api/v1/reference/catalyst-missions / "
				+ "for a NETWORK actor: mission codes") @Nullable List<String> missions,
		@Schema(description = "Pour une mise à jour : la version lue / "
				+ "for an update: the version read") @Nullable Long version) implements EntityRequest<ActorRequest> {

	public ActorRequest {
		activeIn = normalise(activeIn);
		missions = normalise(missions);
		siren = blankToNull(siren);
		siret = blankToNull(siret);
		rna = blankToNull(rna);
		size = blankToNull(size);
		website = blankToNull(website);
		description = blankToNull(description);
	}

	@Override
	public List<String> namedTerritories() {
		return EntityRequest.distinct(Stream.concat(Stream.of(locatedIn), activeIn.stream()));
	}

	@Override
	public @Nullable String key() {
		return id;
	}

	@Override
	public ActorRequest withKey(String newKey) {
		return new ActorRequest(newKey, name, sector, locatedIn, activeIn, siren, siret, rna, size, website,
				description, missions, version);
	}

	/** The same content without the version, to tell an unchanged upsert. */
	@Override
	public ActorRequest content() {
		return new ActorRequest(id, name, sector, locatedIn, activeIn, siren, siret, rna, size, website, description,
				missions, null);
	}

	private static List<String> normalise(@Nullable List<String> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
