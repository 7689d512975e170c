package org.alliancegraph.neo4j;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import org.springframework.util.Assert;

/**
 * The frame of a service's {@code upsertAll} for kinds written in batches (projects, partnerships): keys present
 * and distinct, each batch a bounded statement, the data version moved once when anything changed.
 */
public final class BatchedUpserts {

	private BatchedUpserts() {
	}

	/**
	 * @param kind what the requests are, in the assertion messages ("projects")
	 * @param batch writes one batch and tells the outcome of each of its requests, in order
	 * @return the outcome of each request, in order
	 */
	public static <R> List<WriteOutcome> write(List<R> requests, int size, Function<R, String> key, String kind,
			Function<List<R>, List<WriteOutcome>> batch, DataVersion dataVersion) {
		List<String> keys = new ArrayList<>(requests.size());
		for (R r : requests) {
			Assert.state(key.apply(r) != null, () -> kind + " to write have a key");
			keys.add(key.apply(r));
		}
		Assert.isTrue(new HashSet<>(keys).size() == keys.size(), () -> kind + " to write have distinct keys");
		List<WriteOutcome> outcomes = new ArrayList<>(requests.size());
		for (int from = 0; from < requests.size(); from += size) {
			outcomes.addAll(batch.apply(requests.subList(from, Math.min(requests.size(), from + size))));
		}
		if (outcomes.stream().anyMatch(o -> o != WriteOutcome.UNCHANGED)) {
			dataVersion.bump();
		}
		return outcomes;
	}
}
