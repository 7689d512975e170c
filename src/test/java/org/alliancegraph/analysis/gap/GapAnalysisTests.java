package org.alliancegraph.analysis.gap;

import static org.alliancegraph.analysis.GraphFixtures.actor;
import static org.alliancegraph.analysis.GraphFixtures.tie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.GraphFixtures;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class GapAnalysisTests {

	private static final double EPSILON = 1e-9;

	@Test
	void shouldRejectNull() {
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		assertThatNullPointerException().isThrownBy(() -> new GapAnalysis<>(null, List.of()));
		assertThatNullPointerException().isThrownBy(() -> new GapAnalysis<>(graph, null));
		assertThatNullPointerException().isThrownBy(() -> new GapAnalysis<>(graph, List.of()).report(null, List.of()));
		assertThatNullPointerException().isThrownBy(() -> new GapAnalysis<>(graph, List.of()).report(List.of(), null));
	}

	@Test
	void shouldReportEmptyGraph() {
		GapReport report = new GapAnalysis<>(GraphFixtures.empty(), List.of("ASSOCIATION")).report(List.of(), List.of());

		assertThat(report.sectorsAbsent()).containsExactly("ASSOCIATION");
		assertThat(report.emptySectorPairs()).isEmpty();
		assertThat(report.components()).isEmpty();
		assertThat(report.communities()).isEmpty();
		assertThat(report.shareOutsideLargest()).isZero();
		assertThat(report.modularity()).isZero();
	}

	@Test
	void shouldGatherAllGaps() {
		// a1 (ASSOCIATION) - c1 (COMPANY) - a2 (ASSOCIATION); s1 (STATE) isolated; MEDIA absent
		Graph<ActorNode, DefaultWeightedEdge> graph = GraphFixtures.empty();
		ActorNode c1 = actor("c1", "COMPANY", "T1");
		tie(graph, actor("a1", "ASSOCIATION", "T1"), c1, 1);
		tie(graph, c1, actor("a2", "ASSOCIATION", "T2"), 1);
		graph.addVertex(actor("s1", "STATE", "T1"));

		GapReport report = new GapAnalysis<>(graph, List.of("ASSOCIATION", "COMPANY", "STATE", "MEDIA"))
			.report(List.of(new DomainNeed("MOB", 1.5, List.of("part des ménages sans voiture"))), List.of());

		assertThat(report.sectorsAbsent()).containsExactly("MEDIA");
		assertThat(report.sectorMixing().ties().get("ASSOCIATION").get("COMPANY")).isEqualTo(2);
		assertThat(report.emptySectorPairs()).containsExactly(List.of("ASSOCIATION", "ASSOCIATION"),
				List.of("ASSOCIATION", "STATE"), List.of("COMPANY", "STATE"));
		assertThat(report.domainGaps()).extracting(DomainGap::domain).containsExactly("MOB");
		assertThat(report.components()).containsExactly(new Component(3, List.of("a1", "a2", "c1")),
				new Component(1, List.of("s1")));
		assertThat(report.shareOutsideLargest()).isCloseTo(0.25, within(EPSILON));
		assertThat(report.isolatedActors()).containsExactly("s1");
		assertThat(report.communities()).extracting(Community::actors)
			.containsExactly(List.of("a1", "a2", "c1"), List.of("s1"));
		assertThat(report.modularity()).isCloseTo(0.0, within(EPSILON));
	}

	@Test
	void shouldNameRecordComponentsAsTheApi() {
		assertThat(GapReport.class.getRecordComponents()).extracting("name")
			.startsWith("sectorsAbsent", "sectorMixing", "emptySectorPairs", "domainGaps", "components",
					"shareOutsideLargest", "isolatedActors", "communities", "modularity");
		assertThat(Component.class.getRecordComponents()).extracting("name").containsExactly("size", "actors");
		assertThat(Community.class.getRecordComponents()).extracting("name")
			.containsExactly("id", "actors", "internalTies", "externalTies");
	}
}
