package org.alliancegraph.analysis.articulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MultiLevelSpanTests {

	@Test
	void shouldRejectNull() {
		assertThatNullPointerException().isThrownBy(() -> new MultiLevelSpan(null));
	}

	@Test
	void shouldFindNothingWithoutActors() {
		assertThat(new MultiLevelSpan(Map.of()).spans()).isEmpty();
	}

	@Test
	void shouldKeepActorsSpanningTwoLevelsOrMoreMostLevelsFirst() {
		MultiLevelSpan span = new MultiLevelSpan(Map.of("solo", Set.of("COMMUNE"), "custom",
				Set.of("COMMUNE", "CUSTOM"), "b", Set.of("REGION", "COMMUNE"), "a", List.of("EPCI", "DEPARTEMENT"),
				"all", Set.of("REGION", "DEPARTEMENT", "EPCI", "COMMUNE")));

		assertThat(span.spans()).containsExactly(
				new LevelSpan("all", List.of("COMMUNE", "EPCI", "DEPARTEMENT", "REGION")),
				new LevelSpan("a", List.of("EPCI", "DEPARTEMENT")), new LevelSpan("b", List.of("COMMUNE", "REGION")));
	}
}
