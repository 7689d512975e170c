package org.alliancegraph.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.web.ConflictException;
import org.alliancegraph.web.NotFoundException;
import org.alliancegraph.write.EntityKind.Stored;
import org.alliancegraph.write.EntityKind.Versioned;
import org.alliancegraph.write.EntityWrites;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Territories in the graph: how one is read for writing, written and deleted. A write replaces a territory's
 * PART_OF and indicator links wholesale; nodes are written before links, so a parent written in the same batch
 * exists whatever the order.
 */
@Component
class TerritoryGraph {

	static final String KIND = "Le territoire";

	/** What the stored territories of a batch hold, to tell what changes. */
	private static final String STORED = """
			UNWIND $codes AS c
			MATCH (t:Territory {code: c})
			RETURN t.code AS code, t.name AS name, t.level AS level, t.population AS population,
			       t.version AS version,
			       COLLECT { MATCH (t)-[:PART_OF]->(p) RETURN p.code } AS partOf,
			       COLLECT { MATCH (t)-[r:HAS_INDICATOR]->(i) RETURN {code: i.code, value: r.value} }
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

	private final Neo4jClient neo4j;

	TerritoryGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The stored territories among {@code keys}, as the write path compares them. */
	Map<String, Stored<TerritoryRequest>> stored(List<String> keys) {
		Map<String, Stored<TerritoryRequest>> stored = new HashMap<>();
		neo4j.query(STORED).bind(keys).to("codes").fetch().all().forEach(row -> stored.put((String) row.get("code"),
				new Stored<>(storedContent(row), (Long) row.get("version"))));
		return stored;
	}

	/** Writes validated content: the entities to create and those to rewrite, with their new version. */
	void write(List<Versioned<TerritoryRequest>> created, List<Versioned<TerritoryRequest>> updated) {
		List<Map<String, Object>> rows = new ArrayList<>();
		created.forEach(v -> rows.add(row(v.content(), v.version())));
		updated.forEach(v -> rows.add(row(v.content(), v.version())));
		EntityWrites.inBatches(rows, BATCH, batch -> neo4j.query(WRITE_NODES).bind(batch).to("rows").run());
		EntityWrites.inBatches(rows, BATCH, batch -> neo4j.query(WRITE_LINKS).bind(batch).to("rows").run());
	}

	/**
	 * Deletes a territory nobody references. With {@code cascade}, links from actors' fields of activity, projects'
	 * targets and sub-territories go with it; actors seated there still block, since an actor needs a seat.
	 */
	void delete(String code, boolean cascade) {
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
					blocking.keySet().stream().map(TerritoryGraph::describeReference).toList())
					+ ")" + (cascade ? "" : " ; supprimez ces références ou utilisez ?cascade=true (administrateur)")
					+ ".", Map.of("references", blocking));
		}
		neo4j.query(DELETE).bind(code).to("code").run();
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

	private static String describeReference(String key) {
		return switch (key) {
			case "seatOf" -> "siège d'acteurs";
			case "activeActors" -> "acteurs qui y sont actifs";
			case "targetedBy" -> "projets qui le ciblent";
			default -> "territoires qui en font partie";
		};
	}
}
