package org.alliancegraph.write;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.history.CurrentContents;
import org.springframework.stereotype.Component;

/** The current contents the history shows as the {@code after} of each entity's newest change. */
@Component
class CurrentEntityContents implements CurrentContents {

	private final GraphWrites writes;

	CurrentEntityContents(GraphWrites writes) {
		this.writes = writes;
	}

	@Override
	public Map<String, Object> of(String kind, Collection<String> keys) {
		Map<String, Object> contents = new HashMap<>();
		writes.kind(kind).stored(List.copyOf(keys)).forEach((key, stored) -> contents.put(key, stored.content()));
		return contents;
	}
}
