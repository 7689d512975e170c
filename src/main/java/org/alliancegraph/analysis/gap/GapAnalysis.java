package org.alliancegraph.analysis.gap;

import java.util.List;
import java.util.Objects;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the gap analysis: runs {@link SectorMixingMatrix}, {@link DomainGaps},
 * {@link Fragmentation} and {@link CommunityStructure} on one actor graph and gathers their results in a
 * {@link GapReport}.
 *
 * <p>Complexity: that of its parts, dominated by the community detection (see
 * {@link CommunityStructure}). Lazy and cached.
 *
 * @param <E> the edge type
 */
public final class GapAnalysis<E> {

	private final Graph<ActorNode, E> graph;

	private final List<String> sectorCodes;

	private final List<DomainNeed> needs;

	private final List<DomainCoverage> coverage;

	private final DomainGaps.Thresholds thresholds;

	private @Nullable GapReport report;

	/**
	 * @param graph the undirected actor graph of the territory
	 * @param sectorCodes all the sector codes of the vocabulary
	 * @param needs the territory's needs per domain
	 * @param coverage the territory's coverage figures per domain
	 */
	public GapAnalysis(Graph<ActorNode, E> graph, List<String> sectorCodes, List<DomainNeed> needs,
			List<DomainCoverage> coverage) {
		this(graph, sectorCodes, needs, coverage, DomainGaps.Thresholds.DEFAULT);
	}

	/**
	 * @param graph the undirected actor graph of the territory
	 * @param sectorCodes all the sector codes of the vocabulary
	 * @param needs the territory's needs per domain
	 * @param coverage the territory's coverage figures per domain
	 * @param thresholds what counts as a high need and a low coverage
	 */
	public GapAnalysis(Graph<ActorNode, E> graph, List<String> sectorCodes, List<DomainNeed> needs,
			List<DomainCoverage> coverage, DomainGaps.Thresholds thresholds) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.sectorCodes = List.copyOf(Objects.requireNonNull(sectorCodes, "sectorCodes"));
		this.needs = List.copyOf(Objects.requireNonNull(needs, "needs"));
		this.coverage = List.copyOf(Objects.requireNonNull(coverage, "coverage"));
		this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
	}

	/** The gap report. */
	public GapReport report() {
		if (this.report == null) {
			SectorMixingMatrix<E> sectors = new SectorMixingMatrix<>(this.graph, this.sectorCodes);
			Fragmentation<E> fragmentation = new Fragmentation<>(this.graph);
			CommunityStructure<E> communities = new CommunityStructure<>(this.graph);
			this.report = new GapReport(sectors.sectorsAbsent(), sectors.mixing(), sectors.emptySectorPairs(),
					new DomainGaps(this.needs, this.coverage, this.thresholds).gaps(), fragmentation.components(),
					fragmentation.shareOutsideLargest(), fragmentation.isolatedActors(), communities.communities(),
					communities.modularity(), communities.method());
		}
		return this.report;
	}
}
