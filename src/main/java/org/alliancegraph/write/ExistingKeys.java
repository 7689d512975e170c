package org.alliancegraph.write;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Which of many keys already exist, in one query per kind: reference checks never go key by key. */
@Component
public class ExistingKeys {

	private static final String TERRITORIES = "UNWIND $keys AS k MATCH (n:Territory {code: k}) RETURN n.code";

	private static final String ACTORS = "UNWIND $keys AS k MATCH (n:Actor {id: k}) RETURN n.id";

	private static final String PROJECTS = "UNWIND $keys AS k MATCH (n:Project {id: k}) RETURN n.id";

	private static final String PARTNERSHIPS = "UNWIND $keys AS k MATCH (n:Partnership {id: k}) RETURN n.id";

	private final Neo4jClient neo4j;

	ExistingKeys(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Set<String> territories(Collection<String> codes) {
		return find(TERRITORIES, codes);
	}

	public Set<String> actors(Collection<String> ids) {
		return find(ACTORS, ids);
	}

	public Set<String> projects(Collection<String> ids) {
		return find(PROJECTS, ids);
	}

	public Set<String> partnerships(Collection<String> ids) {
		return find(PARTNERSHIPS, ids);
	}

	private Set<String> find(String query, Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(neo4j.query(query).bind(Set.copyOf(keys)).to("keys").fetchAs(String.class).all());
	}
}
