package org.alliancegraph.history;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change log that records nothing: what a bench sets, as the primary {@link ChangeLog}, to measure the writes
 * without their history next to the same writes with it. Never part of the service.
 */
public class SilentChangeLog extends ChangeLog {

	public SilentChangeLog(Neo4jClient neo4j, JsonMapper json) {
		super(neo4j, json);
	}

	@Override
	public void append(String kind, List<Entry> entries) {
	}
}
