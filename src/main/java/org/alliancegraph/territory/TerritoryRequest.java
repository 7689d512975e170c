package org.alliancegraph.territory;

import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;
import org.alliancegraph.write.EntityRequest;
import org.jspecify.annotations.Nullable;

/**
 * A territory as written by a client or an import document.
 *
 * @param code INSEE code (custom areas: a code of their own)
 * @param name its name
 * @param level REGION, DEPARTEMENT, EPCI, COMMUNE or CUSTOM
 * @param population inhabitants, when known
 * @param partOf codes of the territories it belongs to
 * @param indicators need indicators by code (see the {@code indicators} vocabulary)
 * @param version for an update: the version read, so that a concurrent change is detected (optional)
 */
public record TerritoryRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String code,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = TerritoryLevel.class) @Nullable String level,
		@Nullable Long population,
		@Schema(description = "Codes des territoires dont il fait partie / "
				+ "codes of the territories it is part of") @Nullable List<String> partOf,
		@Schema(description = "Indicateurs de besoin par code ; voir /api/v1/reference/indicators / "
				+ "need indicators by code") @Nullable Map<String, Double> indicators,
		@Schema(description = "Pour une mise à jour : la version lue / "
				+ "for an update: the version"
				+ " read") @Nullable Long version) implements EntityRequest<TerritoryRequest> {

	public TerritoryRequest {
		partOf = partOf == null ? List.of() : partOf.stream().distinct().sorted().toList();
		indicators = indicators == null ? Map.of() : new TreeMap<>(indicators);
	}

	@Override
	public List<String> namedTerritories() {
		return EntityRequest.distinct(Stream.concat(Stream.of(code), partOf.stream()));
	}

	@Override
	public @Nullable String key() {
		return code;
	}

	@Override
	public TerritoryRequest withKey(String newKey) {
		return new TerritoryRequest(newKey, name, level, population, partOf, indicators, version);
	}

	/** The same content without the version, to tell an unchanged upsert. */
	@Override
	public TerritoryRequest content() {
		return new TerritoryRequest(code, name, level, population, partOf, indicators, null);
	}
}
