package org.alliancegraph.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.write.EntityKind.Stored;
import org.alliancegraph.write.EntityKind.Versioned;
import org.alliancegraph.write.EntityWrites;
import org.alliancegraph.write.NodeReader;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Partnerships in the graph: how one is read, written and deleted. A write replaces the partnership's MEMBER_OF,
 * SUPPORTS and IN_DOMAIN links wholesale, in one statement for a batch of partnerships.
 *
 * <p>Partnerships are read with one Cypher projection ({@link NodeReader}) rather than mapped on
 * {@link Partnership}: the mapping is slow at scale, and members and supported projects belong to other features
 * (Spring Data Neo4j refuses a second entity class for a label).
 */
@Component
class PartnershipGraph {

	static final String KIND = "Le partenariat";

	/**
	 * What is read of a partnership {@code n}: its properties, members, supported projects and domains, in one
	 * row. Plain Cypher rather than the repository's mapping, which is slow at the scale of an import.
	 */
	private static final String CONTENT = """
			RETURN n.id AS id, n.type AS type, n.start AS start, n.end AS end, n.intensity AS intensity,
			       n.description AS description, n.version AS version,
			       COLLECT { MATCH (a:Actor)-[m:MEMBER_OF]->(n) RETURN {actor: a.id, role: m.role} } AS members,
			       COLLECT { MATCH (n)-[:SUPPORTS]->(p:Project) RETURN p.id } AS supports,
			       COLLECT { MATCH (n)-[:IN_DOMAIN]->(d:Domain) RETURN d.code } AS domains""";

	/** Sets the properties and writes the links of the partnership {@code x} of {@code row}. */
	private static final String SET_AND_LINK = """
			SET x.type = row.type, x.start = row.start, x.end = row.end, x.intensity = row.intensity,
			    x.description = row.description, x.version = row.version
			WITH x, row
			CALL (x, row) {
			  UNWIND row.members AS m
			  MATCH (a:Actor {id: m.actor})
			  CREATE (a)-[:MEMBER_OF {role: m.role}]->(x)
			}
			CALL (x, row) {
			  UNWIND row.supports AS projectId
			  MATCH (p:Project {id: projectId})
			  MERGE (x)-[:SUPPORTS]->(p)
			}
			CALL (x, row) {
			  UNWIND row.domains AS code
			  MATCH (d:Domain {code: code})
			  MERGE (x)-[:IN_DOMAIN]->(d)
			}""";

	/** Rewrites stored partnerships: their links are replaced wholesale. */
	private static final String UPDATE = """
			UNWIND $rows AS row
			MATCH (x:Partnership {id: row.id})
			CALL (x) {
			  MATCH (x)-[old:SUPPORTS|IN_DOMAIN]->()
			  DELETE old
			}
			CALL (x) {
			  MATCH (x)<-[old:MEMBER_OF]-(:Actor)
			  DELETE old
			}
			""" + SET_AND_LINK;

	/**
	 * Creates partnerships the same transaction found absent: no merge (it would lock each key in the index) and
	 * no old links to delete, the bulk of a first load.
	 */
	private static final String CREATE = """
			UNWIND $rows AS row
			CREATE (x:Partnership {id: row.id})
			""" + SET_AND_LINK;

	/** Partnerships per write statement: a large import keeps each statement bounded. */
	private static final int BATCH = 2_000;

	private static final String DELETE = """
			MATCH (x:Partnership {id: $id}) DETACH DELETE x""";

	private final Neo4jClient neo4j;

	private final NodeReader<PartnershipResponse> reader;

	PartnershipGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.reader = new NodeReader<>(neo4j, PartnershipResponse.class, "Partnership", CONTENT,
				PartnershipGraph::response, PartnershipResponse::id);
	}

	NodeReader<PartnershipResponse> reader() {
		return reader;
	}

	/** The stored partnerships among {@code keys}, as the write path compares them. */
	Map<String, Stored<PartnershipRequest>> stored(List<String> keys) {
		return reader.stored(keys, x -> x.asRequest().content(), PartnershipResponse::version);
	}

	/** Writes validated content: the entities to create and those to rewrite, with their new version. */
	void write(List<Versioned<PartnershipRequest>> created, List<Versioned<PartnershipRequest>> updated) {
		write(CREATE, created);
		write(UPDATE, updated);
	}

	/** Deletes a partnership with its links; nothing references a partnership, so nothing guards it. */
	void delete(String id) {
		neo4j.query(DELETE).bind(id).to("id").run();
	}

	private void write(String statement, List<Versioned<PartnershipRequest>> partnerships) {
		List<Map<String, Object>> rows = new ArrayList<>();
		partnerships.forEach(v -> rows.add(row(v.content(), v.version())));
		EntityWrites.inBatches(rows, BATCH, batch -> neo4j.query(statement).bind(batch).to("rows").run());
	}

	private static Map<String, Object> row(PartnershipRequest content, long version) {
		List<Map<String, Object>> members = new ArrayList<>();
		for (MemberRequest m : content.members()) {
			members.add(Map.of("actor", m.actor(), "role", m.role()));
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", content.id());
		row.put("type", content.type());
		row.put("start", content.start());
		row.put("end", content.end());
		row.put("intensity", content.intensity());
		row.put("description", content.description());
		row.put("version", version);
		row.put("members", members);
		row.put("supports", content.supports());
		row.put("domains", content.domains());
		return row;
	}

	/** As the repository's mapping gave it, with lists sorted. */
	private static PartnershipResponse response(Record row) {
		return new PartnershipResponse(row.get("id").asString(), row.get("type").asString(null),
				row.get("start").asLocalDate(null), row.get("end").asLocalDate(null),
				row.get("intensity").isNull() ? null : row.get("intensity").asInt(),
				row.get("description").asString(null),
				row.get("members")
					.asList(v -> new MemberRequest(v.get("actor").asString(), v.get("role").asString(null)))
					.stream()
					.sorted(PartnershipRequest.MEMBER_ORDER)
					.toList(),
				row.get("supports").asList(Value::asString).stream().sorted().toList(),
				row.get("domains").asList(Value::asString).stream().sorted().toList(),
				row.get("version").isNull() ? null : row.get("version").asLong());
	}
}
