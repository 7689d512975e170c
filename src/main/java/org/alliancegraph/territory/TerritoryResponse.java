package org.alliancegraph.territory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/** A territory as the API shows it; same fields as {@link TerritoryRequest} plus its version. */
public record TerritoryResponse(String code, String name, String level, @Nullable Long population, List<String> partOf,
		Map<String, Double> indicators, Long version) {

	static TerritoryResponse of(Territory t) {
		Map<String, Double> indicators = new TreeMap<>();
		t.getIndicators().forEach(i -> indicators.put(i.getIndicator().getCode(), i.getValue()));
		return new TerritoryResponse(t.getCode(), t.getName(), t.getLevel(), t.getPopulation(),
				t.getPartOf().stream().map(Territory::getCode).sorted(Comparator.naturalOrder()).toList(), indicators,
				t.getVersion());
	}
}
