package org.alliancegraph.analysis.gap;

import java.util.List;
import java.util.Objects;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the gap analysis: runs {@link SectorMixingMatrix}, {@link DomainGaps},
 * {@link Fragmentation} and {@link CommunityStructure} on one actor graph and gathers their results in a
 * {@link GapReport}. The parts that depend on the graph alone are computed once each, on first use, so that a
 * caller that shows only some figures (a trajectory) computes only those; the domain gaps need the territory's
 * needs and coverage, given to {@link #report}.
 *
 * <p>Complexity: that of its parts, dominated by the community detection (see
 * {@link CommunityStructure}). Thread-safe: each part is computed once whichever thread asks first.
 *
 * @param <E> the edge type
 */
public final class GapAnalysis<E> {

	private final Graph<ActorNode, E> graph;

	private final List<String> sectorCodes;

	private @Nullable SectorMixingMatrix<E> sectors;

	private @Nullable Fragmentation<E> fragmentation;

	private @Nullable CommunityStructure<E> communities;

	/**
	 * @param graph the undirected actor graph of the territory
	 * @param sectorCodes all the sector codes of the vocabulary
	 */
	public GapAnalysis(Graph<ActorNode, E> graph, List<String> sectorCodes) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.sectorCodes = List.copyOf(Objects.requireNonNull(sectorCodes, "sectorCodes"));
	}

	/** The sector mixing of the graph, computed on first use. */
	public synchronized SectorMixingMatrix<E> sectors() {
		if (this.sectors == null) {
			SectorMixingMatrix<E> computed = new SectorMixingMatrix<>(this.graph, this.sectorCodes);
			computed.mixing();
			computed.sectorsAbsent();
			computed.emptySectorPairs();
			this.sectors = computed;
		}
		return this.sectors;
	}

	/** The components of the graph, computed on first use. */
	public synchronized Fragmentation<E> fragmentation() {
		if (this.fragmentation == null) {
			Fragmentation<E> computed = new Fragmentation<>(this.graph);
			computed.components();
			computed.shareOutsideLargest();
			computed.isolatedActors();
			this.fragmentation = computed;
		}
		return this.fragmentation;
	}

	/** The communities of the graph, computed on first use. */
	public synchronized CommunityStructure<E> communities() {
		if (this.communities == null) {
			CommunityStructure<E> computed = new CommunityStructure<>(this.graph);
			computed.communities();
			computed.modularity();
			this.communities = computed;
		}
		return this.communities;
	}

	/**
	 * The gap report with the default thresholds.
	 *
	 * @param needs the territory's needs per domain
	 * @param coverage the territory's coverage figures per domain
	 */
	public GapReport report(List<DomainNeed> needs, List<DomainCoverage> coverage) {
		return report(needs, coverage, DomainGaps.Thresholds.DEFAULT);
	}

	/**
	 * The gap report.
	 *
	 * @param needs the territory's needs per domain
	 * @param coverage the territory's coverage figures per domain
	 * @param thresholds what counts as a high need and a low coverage
	 */
	public GapReport report(List<DomainNeed> needs, List<DomainCoverage> coverage, DomainGaps.Thresholds thresholds) {
		SectorMixingMatrix<E> sectors = sectors();
		Fragmentation<E> fragmentation = fragmentation();
		CommunityStructure<E> communities = communities();
		return new GapReport(sectors.sectorsAbsent(), sectors.mixing(), sectors.emptySectorPairs(),
				new DomainGaps(Objects.requireNonNull(needs, "needs"), Objects.requireNonNull(coverage, "coverage"),
						Objects.requireNonNull(thresholds, "thresholds")).gaps(),
				fragmentation.components(), fragmentation.shareOutsideLargest(), fragmentation.isolatedActors(),
				communities.communities(), communities.modularity(), communities.method());
	}
}
