package org.alliancegraph.analysis.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.Reason;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.LinkPredictionAlgorithm;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.alg.linkprediction.CommonNeighborsLinkPrediction;
import org.jgrapht.alg.linkprediction.ResourceAllocationIndexLinkPrediction;
import org.jspecify.annotations.Nullable;

/**
 * Suggested alliances: pairs of actors not yet tied, ranked by link prediction and complementarity.
 *
 * <p>Candidates. The unlinked pairs {u, v} with at least one common partner (at distance 2). Pairs
 * further apart have all three indices at 0 and are never suggested.
 *
 * <p>Indices. Common neighbours |&Gamma;(u) &cap; &Gamma;(v)|; Adamic–Adar &Sigma; 1 / ln k(z) over the
 * common partners z (L. A. Adamic and E. Adar, "Friends and neighbors on the Web", <i>Social
 * Networks</i> 25(3), 211–230, 2003); resource allocation &Sigma; 1 / k(z) (T. Zhou, L. Lü and Y.-C.
 * Zhang, "Predicting missing links via local information", <i>European Physical Journal B</i> 71,
 * 623–630, 2009); see also D. Liben-Nowell and J. Kleinberg, "The link-prediction problem for social
 * networks", <i>JASIST</i> 58(7), 1019–1031, 2007. They ignore edge weights. The published indices are
 * those of JGraphT's {@link AdamicAdarIndexLinkPrediction}, {@link ResourceAllocationIndexLinkPrediction}
 * and {@link CommonNeighborsLinkPrediction} for the retained pairs.
 *
 * <p>Score. {@code score = (AA / AAmax) × (1 + boost) / (1 + boostMax)}, in [0, 1], where AA is the
 * Adamic–Adar index of the pair, AAmax the largest over all candidates, and boost the sum of the
 * applicable {@link Boosts}: complementary sectors (the two actors are of different sectors), shared
 * domains (their {@link ActorNode#domains()} intersect), and same territory or, failing that,
 * neighbouring territories (by the caller's predicate on their {@link ActorNode#territory()});
 * boostMax is the largest boost a pair can get. Adamic–Adar is the base because it performed best of
 * the local indices in Liben-Nowell and Kleinberg's comparison, and it rewards partners shared through
 * selective brokers over partners shared through hubs. Suggestions are ordered by score descending,
 * then a, then b (a being the smaller id of the pair).
 *
 * <p>Reasons: see {@link SuggestionReasons}.
 *
 * <p>Complexity. The candidates are enumerated through the 2-paths u–z–v of each vertex u, with a sparse
 * accumulator, never materialising the O(n²) pairs: O(n + &Sigma;<sub>z</sub> k(z)² + c log limit) time
 * for c candidates, and O(n + m + limit) space, the best {@code limit} pairs being kept in a bounded heap.
 * On a random graph of 50,000 actors and 200,000 ties (1.5 million candidates), {@code top(100)} takes
 * 2 to 5 s on a loaded 2-core machine. The enumeration is redone when a larger limit than
 * any previous one is asked; smaller limits are served from the cache. Results are unmodifiable.
 *
 * @param <E> the edge type
 */
public final class AllianceSuggestions<E> {

	/**
	 * The boosts added to 1 to multiply the normalised Adamic–Adar index.
	 *
	 * @param complementarySectors when the two actors are of different sectors
	 * @param sharedDomains when their domains intersect
	 * @param sameTerritory when they are in the same territory
	 * @param neighbouringTerritory when their territories are neighbours (not cumulated with the previous)
	 */
	public record Boosts(double complementarySectors, double sharedDomains, double sameTerritory,
			double neighbouringTerritory) {

		/** 0.25 for each criterion, 0.125 for neighbouring territories. */
		public static final Boosts DEFAULT = new Boosts(0.25, 0.25, 0.25, 0.125);

		public Boosts {
			for (double boost : new double[] { complementarySectors, sharedDomains, sameTerritory,
					neighbouringTerritory }) {
				if (!(boost >= 0.0) || Double.isInfinite(boost)) {
					throw new IllegalArgumentException("boosts must be finite and >= 0: " + boost);
				}
			}
		}

		/** The largest boost a pair can get. */
		public double max() {
			return this.complementarySectors + this.sharedDomains
					+ Math.max(this.sameTerritory, this.neighbouringTerritory);
		}
	}

	/** A retained pair, by vertex indices; the heap keeps the worst on top. */
	private record Candidate(int a, int b, double key) {
	}

	private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::key)
		.reversed()
		.thenComparingInt(Candidate::a)
		.thenComparingInt(Candidate::b);

	private final Graph<ActorNode, E> graph;

	private final BiPredicate<String, String> neighbouringTerritories;

	private final SuggestionReasons reasons;

	private final Boosts boosts;

	private @Nullable ActorArrays index;

	private @Nullable List<Suggestion> cached;

	private int cachedLimit = -1;

	private long candidateCount;

	private double maxAdamicAdar;

	/**
	 * @param graph the undirected actor graph
	 * @param labelOf the French label of a sector or domain code
	 * @param neighbouringTerritories whether two territory codes are neighbours (symmetric)
	 */
	public AllianceSuggestions(Graph<ActorNode, E> graph, Function<String, String> labelOf,
			BiPredicate<String, String> neighbouringTerritories) {
		this(graph, labelOf, neighbouringTerritories, Boosts.DEFAULT);
	}

	/**
	 * @param graph the undirected actor graph
	 * @param labelOf the French label of a sector or domain code
	 * @param neighbouringTerritories whether two territory codes are neighbours (symmetric)
	 * @param boosts the complementarity boosts
	 */
	public AllianceSuggestions(Graph<ActorNode, E> graph, Function<String, String> labelOf,
			BiPredicate<String, String> neighbouringTerritories, Boosts boosts) {
		this.graph = Objects.requireNonNull(graph, "graph");
		this.neighbouringTerritories = Objects.requireNonNull(neighbouringTerritories, "neighbouringTerritories");
		this.reasons = new SuggestionReasons(Objects.requireNonNull(labelOf, "labelOf"), neighbouringTerritories);
		this.boosts = Objects.requireNonNull(boosts, "boosts");
	}

	/**
	 * The best suggestions.
	 * @param limit the largest number of suggestions to return
	 * @return at most {@code limit} suggestions, best first
	 */
	public List<Suggestion> top(int limit) {
		if (limit < 0) {
			throw new IllegalArgumentException("limit must be >= 0: " + limit);
		}
		List<Suggestion> known = this.cached;
		if (known == null || (limit > this.cachedLimit && known.size() == this.cachedLimit)) {
			known = compute(limit);
			this.cached = known;
			this.cachedLimit = limit;
		}
		return List.copyOf(known.subList(0, Math.min(limit, known.size())));
	}

	/** The number of candidate pairs: unlinked pairs with at least one common partner. */
	public long candidateCount() {
		if (this.cached == null) {
			top(0);
		}
		return this.candidateCount;
	}

	private List<Suggestion> compute(int limit) {
		ActorArrays ix = index();
		int n = ix.actors.length;
		double boostMax = this.boosts.max();
		Map<Long, Boolean> neighbouring = new HashMap<>();
		PriorityQueue<Candidate> heap = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)),
				BEST_FIRST.reversed());
		double[] adamicAdar = new double[n];
		int[] mark = new int[n];
		int[] touched = new int[n];
		long candidates = 0;
		double maxAa = 0.0;
		for (int u = 0; u < n; u++) {
			for (int z : ix.adjacency[u]) {
				mark[z] = u + 1;
			}
			int touchedCount = 0;
			for (int z : ix.adjacency[u]) {
				double weight = 1.0 / Math.log(ix.adjacency[z].length);
				for (int v : ix.adjacency[z]) {
					if (v > u && mark[v] != u + 1) {
						if (adamicAdar[v] == 0.0) {
							touched[touchedCount++] = v;
						}
						adamicAdar[v] += weight;
					}
				}
			}
			candidates += touchedCount;
			for (int t = 0; t < touchedCount; t++) {
				int v = touched[t];
				double aa = adamicAdar[v];
				adamicAdar[v] = 0.0;
				maxAa = Math.max(maxAa, aa);
				if (limit == 0) {
					continue;
				}
				double key = aa * (1.0 + boost(ix, u, v, neighbouring));
				if (heap.size() < limit) {
					heap.add(new Candidate(u, v, key));
				}
				else if (better(key, u, v, heap.peek())) {
					heap.poll();
					heap.add(new Candidate(u, v, key));
				}
			}
		}
		this.candidateCount = candidates;
		this.maxAdamicAdar = maxAa;
		List<Candidate> best = new ArrayList<>(heap);
		best.sort(BEST_FIRST);
		LinkPredictionAlgorithm<ActorNode, E> aaIndex = new AdamicAdarIndexLinkPrediction<>(this.graph);
		LinkPredictionAlgorithm<ActorNode, E> raIndex = new ResourceAllocationIndexLinkPrediction<>(this.graph);
		LinkPredictionAlgorithm<ActorNode, E> cnIndex = new CommonNeighborsLinkPrediction<>(this.graph);
		List<Suggestion> result = new ArrayList<>(best.size());
		for (Candidate candidate : best) {
			ActorNode a = ix.actors[candidate.a()];
			ActorNode b = ix.actors[candidate.b()];
			Indices indices = new Indices(aaIndex.predict(a, b), raIndex.predict(a, b),
					(int) Math.round(cnIndex.predict(a, b)));
			double score = candidate.key() / (this.maxAdamicAdar * (1.0 + boostMax));
			List<Reason> why = this.reasons.of(a, b, indices);
			result.add(new Suggestion(a.id(), b.id(), score, indices, this.reasons.french(why), why, a.name(),
					b.name()));
		}
		return List.copyOf(result);
	}

	/** Whether the pair (u, v) of that key ranks before the candidate, in the order of {@link #BEST_FIRST}. */
	private static boolean better(double key, int u, int v, Candidate candidate) {
		if (key != candidate.key()) {
			return key > candidate.key();
		}
		return (u != candidate.a()) ? u < candidate.a() : v < candidate.b();
	}

	private double boost(ActorArrays ix, int u, int v, Map<Long, Boolean> neighbouring) {
		double boost = 0.0;
		if (ix.sector[u] != ix.sector[v]) {
			boost += this.boosts.complementarySectors();
		}
		if (ix.shareADomain(u, v)) {
			boost += this.boosts.sharedDomains();
		}
		int tu = ix.territory[u];
		int tv = ix.territory[v];
		if (tu == tv) {
			boost += this.boosts.sameTerritory();
		}
		else {
			long key = (long) Math.min(tu, tv) * ix.territoryCodes.length + Math.max(tu, tv);
			boolean near = neighbouring.computeIfAbsent(key,
					k -> this.neighbouringTerritories.test(ix.territoryCodes[tu], ix.territoryCodes[tv]));
			if (near) {
				boost += this.boosts.neighbouringTerritory();
			}
		}
		return boost;
	}

	private ActorArrays index() {
		if (this.index == null) {
			this.index = new ActorArrays(this.graph);
		}
		return this.index;
	}
}
