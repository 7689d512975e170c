package org.alliancegraph.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.neo4j.GraphWrites;
import org.alliancegraph.neo4j.PendingKeys;
import org.alliancegraph.neo4j.WriteOutcome;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.ConflictException;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.web.NotFoundException;
import org.alliancegraph.web.SingleWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Territories: validation of the hierarchy (codes, levels, no PART_OF cycle), upserts, guarded deletion.
 * Writes replace a territory's PART_OF and indicator links wholesale, in one statement.
 */
@Service
public class TerritoryService {

	static final String KIND = "Le territoire";

	/** What the stored territories of a batch hold, to tell what changes. */
	private static final String STORED = """
			UNWIND $codes AS c
			MATCH (t:Territory {code: c})
			RETURN t.code AS code, t.name AS name, t.level AS level, t.population AS population,
			       t.version AS version,
			       COLLECT { MATCH (t)-[:PART_OF]->(p:Territory) RETURN p.code } AS partOf,
			       COLLECT { MATCH (t)-[r:HAS_INDICATOR]->(i:Indicator) RETURN {code: i.code, value: r.value} }
			         AS indicators""";

	// Nodes first, links second: a parent written in the same batch then exists whatever the row order.
	private static final String WRITE_NODES = """
			UNWIND $rows AS row
			MERGE (t:Territory {code: row.code})
			SET t.name = row.name, t.level = row.level, t.population = row.population, t.version = row.version""";

	private static final String WRITE_LINKS = """
			UNWIND $rows AS row
			MATCH (t:Territory {code: row.code})
			CALL (t) {
			  MATCH (t)-[old:PART_OF|HAS_INDICATOR]->()
			  DELETE old
			}
			CALL (t, row) {
			  UNWIND row.partOf AS parentCode
			  MATCH (p:Territory {code: parentCode})
			  MERGE (t)-[:PART_OF]->(p)
			}
			CALL (t, row) {
			  UNWIND row.indicators AS indicator
			  MATCH (i:Indicator {code: indicator.code})
			  MERGE (t)-[r:HAS_INDICATOR]->(i)
			  SET r.value = indicator.value
			}""";

	/** Rows per write statement: large imports stay within a bounded transaction state per statement. */
	private static final int BATCH = 2_000;

	private static final String LEVELS = """
			UNWIND $codes AS c MATCH (t:Territory {code: c}) RETURN t.code AS code, t.level AS level""";

	private static final String STORED_PARENTS = """
			UNWIND $codes AS c
			MATCH (t:Territory {code: c})-[:PART_OF]->(p:Territory)
			RETURN c AS code, collect(p.code) AS parents""";

	private static final String REFERENCES = """
			MATCH (t:Territory {code: $code})
			RETURN
			  COLLECT { MATCH (a:Actor)-[:LOCATED_IN]->(t) RETURN a.id ORDER BY a.id LIMIT 20 } AS seatOf,
			  COLLECT { MATCH (a:Actor)-[:ACTIVE_IN]->(t) RETURN a.id ORDER BY a.id LIMIT 20 } AS activeActors,
			  COLLECT { MATCH (p:Project)-[:TARGETS]->(t) RETURN p.id ORDER BY p.id LIMIT 20 } AS targetedBy,
			  COLLECT { MATCH (c:Territory)-[:PART_OF]->(t) RETURN c.code ORDER BY c.code LIMIT 20 } AS parts""";

	/** Actors, projects and sub-territories that lose a link to it get a new version (a cascade). */
	private static final String DELETE = """
			MATCH (t:Territory {code: $code})
			CALL (t) {
			  MATCH (x)-[:ACTIVE_IN|TARGETS|PART_OF]->(t)
			  WITH DISTINCT x
			  SET x.version = coalesce(x.version, 0) + 1
			}
			DETACH DELETE t""";

	private final TerritoryRepository repository;

	private final Neo4jClient neo4j;

	private final ReferenceVocabularies vocabularies;

	private final DataVersion dataVersion;

	private final GraphWrites writes;

	TerritoryService(TerritoryRepository repository, Neo4jClient neo4j, ReferenceVocabularies vocabularies,
			DataVersion dataVersion, GraphWrites writes) {
		this.repository = repository;
		this.neo4j = neo4j;
		this.vocabularies = vocabularies;
		this.dataVersion = dataVersion;
		this.writes = writes;
	}

	@Transactional(readOnly = true)
	public Page<TerritoryResponse> list(@Nullable String level, @Nullable String parent, @Nullable String q,
			Pageable pageable) {
		Page<String> codes = repository.findCodes(level, parent, q == null || q.isBlank() ? null : q.strip(), pageable);
		Map<String, TerritoryResponse> byCode = new HashMap<>();
		repository.findAllById(codes.getContent()).forEach(t -> byCode.put(t.getCode(), TerritoryResponse.of(t)));
		return new PageImpl<>(codes.getContent().stream().map(byCode::get).toList(), pageable,
				codes.getTotalElements());
	}

	@Transactional(readOnly = true)
	public TerritoryResponse get(String code) {
		return repository.findById(code).map(TerritoryResponse::of).orElseThrow(() -> new NotFoundException(KIND, code));
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return repository.existsById(code);
	}

	public TerritoryResponse create(TerritoryRequest request) {
		return writes.write(() -> {
			SingleWrites.validateOne(request, this::validate);
			SingleWrites.requireNew(repository.findById(request.code()).map(TerritoryResponse::of).stream().toList(),
					TerritoryResponse::version, KIND, request.code());
			upsert(request);
			return get(request.code());
		});
	}

	public TerritoryResponse update(String code, TerritoryRequest request) {
		return writes.write(() -> {
			SingleWrites.requireAddressKey("code", request.code(), code);
			if (!repository.existsById(code)) {
				throw new NotFoundException(KIND, code);
			}
			TerritoryRequest withCode = request.withCode(code);
			SingleWrites.validateOne(withCode, this::validate);
			upsert(withCode);
			return get(code);
		});
	}

	/** Replaces the indicators of a territory, leaving the rest as it is. */
	public TerritoryResponse putIndicators(String code, Map<String, Double> indicators) {
		return writes.write(() -> {
			TerritoryResponse current = get(code);
			TerritoryRequest request = new TerritoryRequest(code, current.name(), current.level(), current.population(),
					current.partOf(), indicators, null);
			InputErrors errors = new InputErrors();
			validateIndicators(request, errors);
			errors.throwIfAny();
			upsert(request);
			return get(code);
		});
	}

	/**
	 * Checks a batch of territories (one for a single write, many for an import). Codes referenced in
	 * {@code partOf} may exist in the database or be among {@code pending}.
	 *
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code territories[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<TerritoryRequest> requests, PendingKeys pending, InputErrors errors,
			java.util.function.IntFunction<InputErrors> errorsAt) {
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

	/** Writes one validated territory; its parents must exist. */
	public WriteOutcome upsert(TerritoryRequest request) {
		return upsertAll(List.of(request)).get(0);
	}

	/**
	 * Writes validated territories (distinct codes; parents in the database or in the batch), skipping
	 * those already as requested. A request whose {@code version} differs from the stored one fails the
	 * whole call with 409.
	 *
	 * @return the outcome of each request, in order
	 */
	public List<WriteOutcome> upsertAll(List<TerritoryRequest> requests) {
		return upsertAll(requests, stored -> {
		});
	}

	/**
	 * As {@link #upsertAll(List)}, telling {@code replaced} the stored content of each territory it updates, before
	 * the write: what an import journals to undo itself.
	 */
	public List<WriteOutcome> upsertAll(List<TerritoryRequest> requests, Consumer<TerritoryRequest> replaced) {
		return writes.write(() -> {
			if (requests.isEmpty()) {
				return List.of();
			}
			Map<String, TerritoryRequest> stored = new HashMap<>();
			Map<String, Long> versions = new HashMap<>();
			List<String> codes = requests.stream().map(TerritoryRequest::code).toList();
			neo4j.query(STORED).bind(codes).to("codes").fetch().all().forEach(row -> {
				String code = (String) row.get("code");
				versions.put(code, (Long) row.get("version"));
				stored.put(code, storedContent(row));
			});
			List<WriteOutcome> outcomes = new ArrayList<>(requests.size());
			List<Map<String, Object>> rows = new ArrayList<>();
			for (TerritoryRequest r : requests) {
				boolean exists = stored.containsKey(r.code());
				Long current = versions.get(r.code());
				if (r.version() != null && !r.version().equals(current)) {
					throw ConflictException.staleVersion(KIND, r.code(), r.version(), current);
				}
				if (exists && r.content().equals(stored.get(r.code()))) {
					outcomes.add(WriteOutcome.UNCHANGED);
					continue;
				}
				outcomes.add(exists ? WriteOutcome.UPDATED : WriteOutcome.CREATED);
				if (exists) {
					replaced.accept(stored.get(r.code()));
				}
				rows.add(row(r, current == null ? 0L : current + 1));
			}
			for (int from = 0; from < rows.size(); from += BATCH) {
				neo4j.query(WRITE_NODES).bind(rows.subList(from, Math.min(rows.size(), from + BATCH))).to("rows").run();
			}
			for (int from = 0; from < rows.size(); from += BATCH) {
				neo4j.query(WRITE_LINKS).bind(rows.subList(from, Math.min(rows.size(), from + BATCH))).to("rows").run();
			}
			if (!rows.isEmpty()) {
				dataVersion.bump();
			}
			return outcomes;
		});
	}

	private static Map<String, Object> row(TerritoryRequest r, long version) {
		List<Map<String, Object>> indicators = new ArrayList<>();
		r.indicators().forEach((k, v) -> indicators.add(Map.of("code", k, "value", v)));
		Map<String, Object> row = new HashMap<>();
		row.put("code", r.code());
		row.put("name", r.name());
		row.put("level", r.level());
		row.put("population", r.population());
		row.put("version", version);
		row.put("partOf", r.partOf());
		row.put("indicators", indicators);
		return row;
	}

	@SuppressWarnings("unchecked")
	private static TerritoryRequest storedContent(Map<String, Object> row) {
		Map<String, Double> indicators = new HashMap<>();
		((List<Map<String, Object>>) row.get("indicators"))
			.forEach(i -> indicators.put((String) i.get("code"), ((Number) i.get("value")).doubleValue()));
		return new TerritoryRequest((String) row.get("code"), (String) row.get("name"), (String) row.get("level"),
				(Long) row.get("population"), (List<String>) row.get("partOf"), indicators, null);
	}

	/**
	 * Deletes a territory nobody references. With {@code cascade} (administrators), links from actors'
	 * fields of activity, projects' targets and sub-territories go with it; actors seated there still block,
	 * since an actor needs a seat.
	 */
	public void delete(String code, boolean cascade) {
		writes.write(() -> {
			Map<String, Object> references = neo4j.query(REFERENCES)
				.bind(code)
				.to("code")
				.fetch()
				.one()
				.orElseThrow(() -> new NotFoundException(KIND, code));
			Map<String, Object> blocking = new LinkedHashMap<>();
			references.forEach((k, v) -> {
				if (!((Collection<?>) v).isEmpty() && (!cascade || k.equals("seatOf"))) {
					blocking.put(k, v);
				}
			});
			if (!blocking.isEmpty()) {
				throw new ConflictException(KIND + " « " + code + " » est encore référencé (" + String.join(", ",
						blocking.keySet().stream().map(TerritoryService::describeReference).toList())
						+ ")" + (cascade ? "" : " ; supprimez ces références ou utilisez ?cascade=true (administrateur)")
						+ ".", Map.of("references", blocking));
			}
			neo4j.query(DELETE).bind(code).to("code").run();
			dataVersion.bump();
		});
	}

	private static String describeReference(String key) {
		return switch (key) {
			case "seatOf" -> "siège d'acteurs";
			case "activeActors" -> "acteurs qui y sont actifs";
			case "targetedBy" -> "projets qui le ciblent";
			default -> "territoires qui en font partie";
		};
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

	private void validateIndicators(TerritoryRequest r, InputErrors at) {
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
