package org.alliancegraph.actor;

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
import org.alliancegraph.write.NodeReader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Actors in the graph: how one is read, written and deleted. A write replaces an actor's LOCATED_IN and ACTIVE_IN
 * links wholesale, in one statement for a whole batch of actors.
 */
@Component
class ActorGraph {

	static final String KIND = "L'acteur";

	/** Actors per write statement. */
	private static final int BATCH = 2_000;

	/**
	 * What is read of an actor {@code n}: its properties and the codes of its territories, in one row. Plain
	 * Cypher rather than the repository's mapping, which would load each territory with its ancestors.
	 */
	private static final String CONTENT = """
			RETURN n.id AS id, n.name AS name, n.sector AS sector,
			       head(COLLECT { MATCH (n)-[:LOCATED_IN]->(t:Territory) RETURN t.code }) AS locatedIn,
			       COLLECT { MATCH (n)-[:ACTIVE_IN]->(t:Territory) RETURN t.code } AS activeIn,
			       n.siren AS siren, n.siret AS siret, n.rna AS rna, n.size AS size, n.website AS website,
			       n.description AS description, n.missions AS missions, n.version AS version""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MERGE (a:Actor {id: row.id})
			SET a.name = row.name, a.sector = row.sector, a.siren = row.siren, a.siret = row.siret, a.rna = row.rna,
			    a.size = row.size, a.website = row.website, a.description = row.description,
			    a.missions = row.missions, a.version = row.version
			WITH a, row
			CALL (a) {
			  MATCH (a)-[old:LOCATED_IN|ACTIVE_IN]->()
			  DELETE old
			}
			CALL (a, row) {
			  MATCH (seat:Territory {code: row.locatedIn})
			  MERGE (a)-[:LOCATED_IN]->(seat)
			}
			CALL (a, row) {
			  UNWIND row.activeIn AS code
			  MATCH (t:Territory {code: code})
			  MERGE (a)-[:ACTIVE_IN]->(t)
			}""";

	private static final String REFERENCES = """
			MATCH (a:Actor {id: $id})
			RETURN
			  COLLECT { MATCH (a)-[:MEMBER_OF]->(p:Partnership) RETURN DISTINCT p.id AS id ORDER BY id LIMIT 20 }
			    AS partnerships,
			  COLLECT { MATCH (a)-[:CONTRIBUTES_TO|FUNDS]->(p:Project) RETURN DISTINCT p.id AS id ORDER BY id LIMIT 20 }
			    AS projects""";

	/**
	 * Deletes the actor with its links, and the partnerships it leaves with fewer than two members; returns
	 * their ids. The partnerships and projects that only lose a link to it get a new version, so that stale
	 * edits of them fail.
	 */
	private static final String DELETE = """
			MATCH (a:Actor {id: $id})
			CALL (a) {
			  MATCH (a)-[:MEMBER_OF]->(p:Partnership)
			  WITH DISTINCT a, p
			  WHERE COUNT { MATCH (other:Actor)-[:MEMBER_OF]->(p) WHERE other <> a RETURN DISTINCT other } < 2
			  WITH p, p.id AS partnership
			  DETACH DELETE p
			  RETURN collect(partnership) AS deletedPartnerships
			}
			CALL (a) {
			  MATCH (a)-[:MEMBER_OF|CONTRIBUTES_TO|FUNDS]->(x)
			  WHERE x:Partnership OR x:Project
			  WITH DISTINCT x
			  SET x.version = coalesce(x.version, 0) + 1
			}
			DETACH DELETE a
			RETURN deletedPartnerships""";

	private final Neo4jClient neo4j;

	private final NodeReader<ActorResponse> reader;

	ActorGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.reader = new NodeReader<>(neo4j, ActorResponse.class, "Actor", CONTENT, ActorGraph::response,
				ActorResponse::id);
	}

	NodeReader<ActorResponse> reader() {
		return reader;
	}

	/** The stored actors among {@code keys}, as the write path compares them. */
	Map<String, Stored<ActorRequest>> stored(List<String> keys) {
		return reader.stored(keys, ActorResponse::asRequest, ActorResponse::version);
	}

	/** Writes validated content: the entities to create and those to rewrite, with their new version. */
	void write(List<Versioned<ActorRequest>> created, List<Versioned<ActorRequest>> updated) {
		List<Map<String, Object>> rows = new ArrayList<>();
		created.forEach(v -> rows.add(row(v.content(), v.version())));
		updated.forEach(v -> rows.add(row(v.content(), v.version())));
		EntityWrites.inBatches(rows, BATCH, batch -> neo4j.query(WRITE).bind(batch).to("rows").run());
	}

	/**
	 * Deletes an actor that takes part in no partnership and no project. With {@code cascade}, its memberships,
	 * contributions and fundings go with it, and so do the partnerships left with fewer than two members.
	 */
	ActorDeletion delete(String id, boolean cascade) {
		Map<String, Object> references = neo4j.query(REFERENCES)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.orElseThrow(() -> new NotFoundException(KIND, id));
		Map<String, Object> blocking = new LinkedHashMap<>();
		references.forEach((k, v) -> {
			if (!((Collection<?>) v).isEmpty()) {
				blocking.put(k, v);
			}
		});
		if (!cascade && !blocking.isEmpty()) {
			throw new ConflictException(KIND + " « " + id + " » est encore référencé (" + String.join(", ",
					blocking.keySet().stream().map(ActorGraph::describeReference).toList())
					+ ") ; supprimez ces liens ou utilisez ?cascade=true (administrateur).",
					Map.of("references", references));
		}
		Map<String, Object> result = neo4j.query(DELETE).bind(id).to("id").fetch().one().orElseThrow();
		@SuppressWarnings("unchecked")
		List<String> deleted = (List<String>) result.get("deletedPartnerships");
		return new ActorDeletion(id, deleted.stream().sorted().toList());
	}

	private static String describeReference(String key) {
		return "partnerships".equals(key) ? "membre de partenariats" : "contributeur ou financeur de projets";
	}

	/** As the repository's mapping gave it: lists sorted, no missions read as an empty list. */
	private static ActorResponse response(Record row) {
		return new ActorResponse(row.get("id").asString(), row.get("name").asString(null),
				row.get("sector").asString(null), row.get("locatedIn").asString(null),
				row.get("activeIn").asList(Value::asString).stream().sorted().toList(), row.get("siren").asString(null),
				row.get("siret").asString(null), row.get("rna").asString(null), row.get("size").asString(null),
				row.get("website").asString(null), row.get("description").asString(null),
				row.get("missions").asList(Value::asString, List.of()).stream().sorted().toList(),
				row.get("version").isNull() ? null : row.get("version").asLong());
	}

	private static Map<String, Object> row(ActorRequest r, long version) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", r.id());
		row.put("name", r.name());
		row.put("sector", r.sector());
		row.put("locatedIn", r.locatedIn());
		row.put("activeIn", r.activeIn());
		row.put("siren", r.siren());
		row.put("siret", r.siret());
		row.put("rna", r.rna());
		row.put("size", r.size());
		row.put("website", r.website());
		row.put("description", r.description());
		row.put("missions", r.missions().isEmpty() ? null : r.missions());
		row.put("version", version);
		return row;
	}
}
