package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Projects in the graph: how one is read, written and deleted. A write replaces the project's TARGETS and tag links
 * and the CONTRIBUTES_TO and FUNDS links of its actors wholesale, in one statement for a batch of projects.
 *
 * <p>Projects are read with one Cypher projection ({@link NodeReader}) rather than mapped on {@link Project}: the
 * mapping is slow at scale, and the {@code Actor} entity belongs to the actor feature (Spring Data Neo4j refuses a
 * second entity class for the same label).
 */
@Component
class ProjectGraph {

	static final String KIND = "Le projet";

	/**
	 * What is read of a project {@code n}: its properties, the codes it is tagged with and its actors' links, in
	 * one row. Plain Cypher rather than the repository's mapping, which would load each target with its ancestors.
	 */
	private static final String CONTENT = """
			RETURN n.id AS id, n.name AS name, n.description AS description, n.phase AS phase, n.start AS start,
			       n.end AS end, n.version AS version,
			       COLLECT { MATCH (n)-[:TARGETS]->(t:Territory) RETURN t.code } AS targets,
			       COLLECT { MATCH (n)-[:IN_DOMAIN]->(d:Domain) RETURN d.code } AS domains,
			       COLLECT { MATCH (n)-[:CONTRIBUTES_TO_SDG]->(s:Sdg) RETURN s.code } AS sdgs,
			       COLLECT { MATCH (n)-[:USES_LEVER]->(l:Lever) RETURN l.code } AS levers,
			       COLLECT { MATCH (a:Actor)-[c:CONTRIBUTES_TO]->(n)
			                 RETURN {actor: a.id, role: c.role, since: c.since, until: c.until} } AS contributors,
			       COLLECT { MATCH (a:Actor)-[f:FUNDS]->(n)
			                 RETURN {actor: a.id, amountEur: f.amountEur, year: f.year, instrument: f.instrument} }
			         AS funders""";

	private static final String WRITE = """
			UNWIND $rows AS row
			MERGE (p:Project {id: row.id})
			SET p.name = row.name, p.description = row.description, p.phase = row.phase, p.start = row.start,
			    p.end = row.end, p.version = row.version
			WITH p, row
			CALL (p) {
			  MATCH (p)-[old:TARGETS|IN_DOMAIN|CONTRIBUTES_TO_SDG|USES_LEVER]->()
			  DELETE old
			}
			CALL (p) {
			  MATCH (p)<-[old:CONTRIBUTES_TO|FUNDS]-(:Actor)
			  DELETE old
			}
			CALL (p, row) {
			  UNWIND row.targets AS code
			  MATCH (t:Territory {code: code})
			  MERGE (p)-[:TARGETS]->(t)
			}
			CALL (p, row) {
			  UNWIND row.domains AS code
			  MATCH (d:Domain {code: code})
			  MERGE (p)-[:IN_DOMAIN]->(d)
			}
			CALL (p, row) {
			  UNWIND row.sdgs AS code
			  MATCH (s:Sdg {code: code})
			  MERGE (p)-[:CONTRIBUTES_TO_SDG]->(s)
			}
			CALL (p, row) {
			  UNWIND row.levers AS code
			  MATCH (l:Lever {code: code})
			  MERGE (p)-[:USES_LEVER]->(l)
			}
			CALL (p, row) {
			  UNWIND row.contributors AS c
			  MATCH (a:Actor {id: c.actor})
			  CREATE (a)-[:CONTRIBUTES_TO {role: c.role, since: c.since, until: c.until}]->(p)
			}
			CALL (p, row) {
			  UNWIND row.funders AS f
			  MATCH (a:Actor {id: f.actor})
			  CREATE (a)-[:FUNDS {amountEur: f.amountEur, year: f.year, instrument: f.instrument}]->(p)
			}""";

	/** Projects per write statement: a large import keeps each statement bounded. */
	private static final int BATCH = 1_000;

	private static final String REFERENCES = """
			MATCH (p:Project {id: $id})
			RETURN COLLECT { MATCH (x:Partnership)-[:SUPPORTS]->(p) RETURN x.id ORDER BY x.id LIMIT 20 } AS supportedBy""";

	/** The partnerships that supported it lose a link: their version moves, so stale edits of them fail. */
	private static final String DELETE = """
			MATCH (p:Project {id: $id})
			CALL (p) {
			  MATCH (x:Partnership)-[:SUPPORTS]->(p)
			  SET x.version = x.version + 1
			}
			DETACH DELETE p""";


	private final Neo4jClient neo4j;

	private final NodeReader<ProjectResponse> reader;

	ProjectGraph(Neo4jClient neo4j) {
		this.neo4j = neo4j;
		this.reader = new NodeReader<>(neo4j, ProjectResponse.class, "Project", CONTENT, ProjectGraph::response,
				ProjectResponse::id);
	}

	NodeReader<ProjectResponse> reader() {
		return reader;
	}

	/** The stored projects among {@code keys}, as the write path compares them. */
	Map<String, Stored<ProjectRequest>> stored(List<String> keys) {
		return reader.stored(keys, p -> p.asRequest().content(), ProjectResponse::version);
	}

	/** Writes validated content: the entities to create and those to rewrite, with their new version. */
	void write(List<Versioned<ProjectRequest>> created, List<Versioned<ProjectRequest>> updated) {
		List<Map<String, Object>> rows = new ArrayList<>();
		created.forEach(v -> rows.add(row(v.content(), v.version())));
		updated.forEach(v -> rows.add(row(v.content(), v.version())));
		EntityWrites.inBatches(rows, BATCH, batch -> neo4j.query(WRITE).bind(batch).to("rows").run());
	}

	/**
	 * Deletes a project with its contributions, fundings and tags. A project that partnerships support is kept
	 * unless {@code cascade}: then their SUPPORTS links go with it.
	 */
	void delete(String id, boolean cascade) {
		@SuppressWarnings("unchecked")
		List<String> supportedBy = (List<String>) neo4j.query(REFERENCES)
			.bind(id)
			.to("id")
			.fetch()
			.one()
			.orElseThrow(() -> new NotFoundException(KIND, id))
			.get("supportedBy");
		if (!supportedBy.isEmpty() && !cascade) {
			throw new ConflictException(KIND + " « " + id + " » est soutenu par des partenariats ("
					+ String.join(", ", supportedBy) + ") ; retirez-le de leurs « supports » ou utilisez"
					+ " ?cascade=true (administrateur).", Map.of("references", Map.of("supportedBy", supportedBy)));
		}
		neo4j.query(DELETE).bind(id).to("id").run();
	}

	private static Map<String, Object> row(ProjectRequest content, long version) {
		List<Map<String, Object>> contributors = new ArrayList<>();
		for (ContributorRequest c : content.contributors()) {
			Map<String, Object> row = new HashMap<>();
			row.put("actor", c.actor());
			row.put("role", c.role());
			row.put("since", c.since());
			row.put("until", c.until());
			contributors.add(row);
		}
		List<Map<String, Object>> funders = new ArrayList<>();
		for (FunderRequest f : content.funders()) {
			Map<String, Object> row = new HashMap<>();
			row.put("actor", f.actor());
			row.put("amountEur", f.amountEur());
			row.put("year", f.year());
			row.put("instrument", f.instrument());
			funders.add(row);
		}
		Map<String, Object> row = new HashMap<>();
		row.put("id", content.id());
		row.put("name", content.name());
		row.put("description", content.description());
		row.put("phase", content.phase());
		row.put("start", content.start());
		row.put("end", content.end());
		row.put("version", version);
		row.put("targets", content.targets());
		row.put("domains", content.domains());
		row.put("sdgs", content.sdgs().stream().map(String::valueOf).toList());
		row.put("levers", content.levers());
		row.put("contributors", contributors);
		row.put("funders", funders);
		return row;
	}

	/** As the repository's mapping gave it, with lists sorted. */
	private static ProjectResponse response(Record row) {
		return new ProjectResponse(row.get("id").asString(), row.get("name").asString(null),
				row.get("description").asString(null), row.get("phase").asString(null), date(row.get("start")),
				date(row.get("end")), codes(row.get("targets")), codes(row.get("domains")),
				row.get("sdgs").asList(v -> Integer.valueOf(v.asString())).stream().sorted().toList(),
				codes(row.get("levers")),
				row.get("contributors").asList(ProjectGraph::contributor).stream()
					.sorted(ProjectRequest.CONTRIBUTOR_ORDER)
					.toList(),
				row.get("funders").asList(ProjectGraph::funder).stream().sorted(ProjectRequest.FUNDER_ORDER).toList(),
				row.get("version").isNull() ? null : row.get("version").asLong());
	}

	private static List<String> codes(Value v) {
		return v.asList(Value::asString).stream().sorted().toList();
	}

	private static ContributorRequest contributor(Value v) {
		return new ContributorRequest(v.get("actor").asString(), v.get("role").asString(null), date(v.get("since")),
				date(v.get("until")));
	}

	private static FunderRequest funder(Value v) {
		return new FunderRequest(v.get("actor").asString(), v.get("amountEur").isNull() ? null : v.get("amountEur").asDouble(),
				v.get("year").isNull() ? null : v.get("year").asInt(), v.get("instrument").asString(null));
	}

	private static @Nullable LocalDate date(Value v) {
		return v.isNull() ? null : v.asLocalDate();
	}
}
