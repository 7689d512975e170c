package org.alliancegraph.territory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.write.PendingKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What makes a batch of territories valid: codes of their level's form, levels that fit in their parents', parents
 * that exist, no PART_OF cycle, known indicators with finite non-negative values. Declared once, for single writes
 * and imports alike.
 */
@Component
class TerritoryValidation {

	private static final String LEVELS = """
			UNWIND $codes AS c MATCH (t:Territory {code: c}) RETURN t.code AS code, t.level AS level""";

	private static final String STORED_PARENTS = """
			UNWIND $codes AS c
			MATCH (t:Territory {code: c})-[:PART_OF]->(p:Territory)
			RETURN c AS code, collect(p.code) AS parents""";

	private final Neo4jClient neo4j;

	private final ReferenceVocabularies vocabularies;

	TerritoryValidation(Neo4jClient neo4j, ReferenceVocabularies vocabularies) {
		this.neo4j = neo4j;
		this.vocabularies = vocabularies;
	}

	/**
	 * Checks a batch of territories (one for a single write, many for an import). Codes referenced in
	 * {@code partOf} may exist in the database or be among {@code pending}.
	 *
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code territories[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<TerritoryRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		Map<String, String> levels = new HashMap<>();
		for (TerritoryRequest r : requests) {
			if (r.code() != null && r.level() != null) {
				levels.put(r.code(), r.level());
			}
		}
		Set<String> parents = new HashSet<>();
		requests.forEach(r -> parents.addAll(r.partOf()));
		parents.removeAll(levels.keySet());
		levels.putAll(storedLevels(parents));

		Map<String, List<String>> written = new LinkedHashMap<>();
		for (int i = 0; i < requests.size(); i++) {
			TerritoryRequest r = requests.get(i);
			InputErrors at = errorsAt.apply(i);
			TerritoryLevel level = validateFields(r, at);
			for (int p = 0; p < r.partOf().size(); p++) {
				String parent = r.partOf().get(p);
				String parentLevel = levels.get(parent);
				if (parent.equals(r.code())) {
					at.add("partOf[" + p + "]", parent, "un territoire ne peut pas faire partie de lui-même");
				}
				else if (parentLevel == null && !pending.territories().contains(parent)) {
					at.add("partOf[" + p + "]", parent, "territoire inconnu");
				}
				else if (level != null && parentLevel != null && TerritoryLevel.NAMES.contains(parentLevel)
						&& !level.mayBePartOf(TerritoryLevel.valueOf(parentLevel))) {
					at.add("partOf[" + p + "]", parent, "un territoire de niveau " + level + " ne peut pas faire partie"
							+ " d'un territoire de niveau " + parentLevel);
				}
			}
			validateIndicators(r, at);
			if (r.code() != null) {
				written.put(r.code(), r.partOf());
			}
		}
		PartOfCycles.find(written, this::storedParents)
			.ifPresent(cycle -> errors.add("partOf", cycle.get(0),
					"ces liens PART_OF formeraient un cycle : " + String.join(" → ", cycle)));
	}

	private @Nullable TerritoryLevel validateFields(TerritoryRequest r, InputErrors at) {
		if (r.name() == null || r.name().isBlank()) {
			at.add("name", r.name(), "le nom est obligatoire");
		}
		else if (r.name().length() > 200) {
			at.add("name", r.name(), "le nom dépasse 200 caractères");
		}
		if (r.population() != null && r.population() < 0) {
			at.add("population", r.population(), "la population ne peut pas être négative");
		}
		TerritoryLevel level = null;
		if (r.level() == null || !TerritoryLevel.NAMES.contains(r.level())) {
			at.add("level", r.level(), "niveau inconnu ; attendu : REGION, DEPARTEMENT, EPCI, COMMUNE ou CUSTOM");
		}
		else {
			level = TerritoryLevel.valueOf(r.level());
		}
		if (r.code() == null || r.code().isBlank()) {
			at.add("code", r.code(), "le code est obligatoire");
		}
		else if (level != null && !level.accepts(r.code())) {
			at.add("code", r.code(), "code mal formé pour le niveau " + level + " : attendu " + level.formatFr());
		}
		return level;
	}

	void validateIndicators(TerritoryRequest r, InputErrors at) {
		r.indicators().forEach((indicator, value) -> {
			if (!vocabularies.contains(Vocabulary.INDICATORS, indicator)) {
				at.add("indicators." + indicator, value, "indicateur inconnu ; voir /api/v1/reference/indicators");
			}
			else if (value == null || value.isNaN() || value.isInfinite() || value < 0) {
				at.add("indicators." + indicator, value, "la valeur doit être un nombre positif ou nul");
			}
		});
	}

	private Map<String, String> storedLevels(Set<String> codes) {
		Map<String, String> levels = new HashMap<>();
		if (!codes.isEmpty()) {
			neo4j.query(LEVELS).bind(codes).to("codes").fetch().all()
				.forEach(row -> levels.put((String) row.get("code"), (String) row.get("level")));
		}
		return levels;
	}

	private Map<String, List<String>> storedParents(Set<String> codes) {
		Map<String, List<String>> parents = new HashMap<>();
		neo4j.query(STORED_PARENTS).bind(codes).to("codes").fetch().all().forEach(row -> {
			@SuppressWarnings("unchecked")
			List<String> ps = (List<String>) row.get("parents");
			parents.put((String) row.get("code"), ps);
		});
		return parents;
	}
}
