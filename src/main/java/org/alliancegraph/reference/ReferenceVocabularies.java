package org.alliancegraph.reference;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * The vocabularies as loaded from the database (the {@code cypher/} files put them there). They change only
 * with a new schema file, i.e. at start-up, so they are read once per vocabulary and kept. A sector's entry
 * carries its colour ({@code cypher/V008}), the one the explorer page and the report both draw it in.
 */
@Service
public class ReferenceVocabularies {

	private static final String ENTRIES = """
			MATCH (n) WHERE $label IN labels(n)
			OPTIONAL MATCH (n)-[:MEASURES_NEED_IN]->(d:Domain)
			RETURN n.code AS code, n.labelFr AS labelFr, n.labelEn AS labelEn,
			       CASE WHEN d IS NOT NULL THEN {domain: d.code, reference: n.reference,
			            higherIsWorse: n.higherIsWorse}
			            WHEN n.colour IS NOT NULL THEN {colour: n.colour} ELSE {} END AS attributes,
			       n.number AS number
			ORDER BY number, code""";

	/** The attribute of a sector's entry that holds its colour, {@code #rrggbb}. */
	public static final String COLOUR = "colour";

	private final Neo4jClient neo4j;

	private final Map<Vocabulary, Map<String, ReferenceEntry>> cache = new EnumMap<>(Vocabulary.class);

	ReferenceVocabularies(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public synchronized List<ReferenceEntry> entries(Vocabulary vocabulary) {
		return List.copyOf(byCode(vocabulary).values());
	}

	public boolean contains(Vocabulary vocabulary, String code) {
		return byCode(vocabulary).containsKey(code);
	}

	public Optional<ReferenceEntry> entry(Vocabulary vocabulary, String code) {
		return Optional.ofNullable(byCode(vocabulary).get(code));
	}

	/** The colour of each sector that has one, by code. */
	public Map<String, String> sectorColours() {
		Map<String, String> colours = new LinkedHashMap<>();
		byCode(Vocabulary.SECTORS).forEach((code, entry) -> {
			if (entry.attributes().get(COLOUR) instanceof String colour) {
				colours.put(code, colour);
			}
		});
		return colours;
	}

	/** The codes of a vocabulary, in their reference order. */
	public List<String> codes(Vocabulary vocabulary) {
		return List.copyOf(byCode(vocabulary).keySet());
	}

	private synchronized Map<String, ReferenceEntry> byCode(Vocabulary vocabulary) {
		return cache.computeIfAbsent(vocabulary, this::load);
	}

	private Map<String, ReferenceEntry> load(Vocabulary vocabulary) {
		Map<String, ReferenceEntry> entries = new LinkedHashMap<>();
		neo4j.query(ENTRIES)
			.bind(vocabulary.label())
			.to("label")
			.fetch()
			.all()
			.forEach(row -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> attributes = (Map<String, Object>) row.get("attributes");
				String code = (String) row.get("code");
				entries.put(code, new ReferenceEntry(code, (String) row.get("labelFr"), (String) row.get("labelEn"),
						attributes));
			});
		return Collections.unmodifiableMap(entries);
	}
}
