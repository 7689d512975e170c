package org.alliancegraph.territory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.write.EntityKind.Stored;
import org.jspecify.annotations.Nullable;

/** A territory as the API shows it; same fields as {@link TerritoryRequest} plus its version. */
public record TerritoryResponse(String code, String name, String level, @Nullable Long population, List<String> partOf,
		Map<String, Double> indicators, Long version) {

	static TerritoryResponse of(Stored<TerritoryRequest> stored) {
		TerritoryRequest t = stored.content();
		return new TerritoryResponse(t.code(), t.name(), t.level(), t.population(),
				t.partOf().stream().sorted(Comparator.naturalOrder()).toList(), new TreeMap<>(t.indicators()),
				stored.version());
	}
}
