package org.alliancegraph.analysis.articulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jspecify.annotations.Nullable;

/**
 * Articulation points and bridges of the actor graph, with the territories each would cut off.
 *
 * <p>Definitions. An <em>articulation point</em> (cut vertex) is an actor whose removal increases the
 * number of connected components; a <em>bridge</em> is a tie whose removal does. Removing an
 * articulation point v splits its component into two or more <em>pieces</em> (the components of that
 * component minus v). The <em>main piece</em> is the largest one; on equal sizes, the one holding the
 * smallest actor id. The other pieces are <em>cut off</em>:
 * <ul>
 * <li>{@code componentsWithout} is the number of connected components of the whole graph once v is
 * removed: the components of the graph, minus one, plus the number of pieces; it is always greater than
 * the number of components with v;</li>
 * <li>{@code separates} is the sorted set of the territory codes of the actors in the cut-off pieces:
 * the territories at least one of whose actors would lose every path to the main piece (and so to the
 * rest of the network) without v. The territory of v itself counts only if some cut-off actor is in
 * it.</li>
 * </ul>
 * A bridge splits its component into two sides; the cut-off side is the smaller one (on equal sizes, the
 * one without the smallest actor id of the component) and {@code separates} lists its territories; the
 * bridge's {@code source} is its smaller actor id.
 *
 * <p>Order. Articulation points by decreasing number of cut-off actors, then id; bridges by decreasing
 * size of the cut-off side, then source, then target.
 *
 * <p>Algorithm. The Hopcroft–Tarjan depth-first search (J. Hopcroft and R. Tarjan, "Algorithm 447:
 * efficient algorithms for graph manipulation", <i>Communications of the ACM</i> 16(6), 372–378, 1973),
 * which is what JGraphT's {@link BiconnectivityInspector} implements, here written with an explicit
 * stack ({@link DepthFirstForest}, shared with {@link DepartureImpact}): the inspector's recursive search (JGraphT 1.5.3) overflowed a 512 KiB thread stack on a random
 * graph of 10,000 actors and the default stack on one of 50,000, where the DFS goes tens of thousands
 * deep. The search records for each vertex its preorder number, low point, subtree size and the
 * smallest index of its subtree, so that the pieces of a cut vertex are read off the DFS tree instead of
 * recomputing connectivity once per vertex: a child c of v with {@code low(c) >= pre(v)} roots a piece
 * made of its subtree (a contiguous range of the preorder), and, unless v is the root, the rest of the
 * component is one more piece. The tests check cut points and bridges against
 * {@link BiconnectivityInspector}.
 *
 * <p>Complexity: O(n + m) time for the search; listing the territories of the cut-off pieces costs
 * their total size (stopping early once all the territories of the component are found), which is small
 * in practice (pendant actors and small clusters) but reaches O(n²) on a long path through many
 * territories. About 1 s for 50,000 actors and 200,000 ties. O(n + m) space. The graph is taken as simple
 * and undirected: loops are ignored and parallel ties merged. Lazy, cached, unmodifiable results.
 *
 * @param <E> the edge type
 */
public final class ArticulationAnalysis<E> {

	private final Graph<ActorNode, E> graph;

	private @Nullable List<ArticulationPoint> articulationPoints;

	private @Nullable List<Bridge> bridges;

	private int componentCount;

	private @Nullable TerritoryLinks<E> territoryLinks;

	/**
	 * @param graph the undirected actor graph
	 */
	public ArticulationAnalysis(Graph<ActorNode, E> graph) {
		this.graph = Objects.requireNonNull(graph, "graph");
	}

	/** The articulation points, most actors cut off first, then by id. */
	public List<ArticulationPoint> articulationPoints() {
		compute();
		return Objects.requireNonNull(this.articulationPoints);
	}

	/** The bridges, largest cut-off side first, then by source and target. */
	public List<Bridge> bridges() {
		compute();
		return Objects.requireNonNull(this.bridges);
	}

	/** The number of connected components of the graph. */
	public int componentCount() {
		compute();
		return this.componentCount;
	}

	/**
	 * The articulation report: articulation points, bridges and the territory graph.
	 * @param withConnectivity whether to compute the vertex connectivity of every territory link, one
	 *     max-flow per link (see {@link TerritoryLinks#links(boolean)} for the cost)
	 * @return the report
	 */
	public ArticulationReport report(boolean withConnectivity) {
		if (this.territoryLinks == null) {
			this.territoryLinks = new TerritoryLinks<>(this.graph);
		}
		return new ArticulationReport(articulationPoints(), bridges(), this.territoryLinks.links(withConnectivity));
	}

	private void compute() {
		if (this.articulationPoints != null) {
			return;
		}
		Search search = new Search(new ActorIndex(this.graph));
		search.run();
		this.componentCount = search.components;
		this.articulationPoints = search.articulationPoints();
		this.bridges = search.bridges();
	}

	/** What is read off the depth-first forest: cut points, bridges and the territories they separate. */
	private static final class Search {

		private final ActorIndex index;

		private final int n;

		private final int[] pre;

		private final int[] low;

		private final int[] parent;

		private final int[] size;

		private final int[] minInSubtree;

		private final int[] order;

		private final int[] firstChild;

		private final int[] nextSibling;

		private final int[] componentStart;

		private final int[] componentEnd;

		private final DepthFirstForest forest;

		private final int[] territoryMark;

		private final int[] marked;

		private final int[] territoriesOfComponent;

		private int markedCount;

		private int markLimit;

		private int markGeneration;

		int components;

		Search(ActorIndex index) {
			this.index = index;
			this.n = index.size();
			this.forest = new DepthFirstForest(index, null);
			this.pre = this.forest.pre;
			this.low = this.forest.low;
			this.parent = this.forest.parent;
			this.size = this.forest.size;
			this.minInSubtree = this.forest.minInSubtree;
			this.order = this.forest.order;
			this.firstChild = this.forest.firstChild;
			this.nextSibling = this.forest.nextSibling;
			this.componentStart = this.forest.componentStart;
			this.componentEnd = this.forest.componentEnd;
			this.territoryMark = new int[index.territoryCodes.length];
			this.marked = new int[index.territoryCodes.length];
			this.territoriesOfComponent = new int[this.n];
		}

		/** Counts the territories of each component (components are contiguous ranges of the preorder). */
		void run() {
			this.components = this.forest.components;
			for (int start = 0; start < this.forest.visited; start = this.componentEnd[this.order[start]]) {
				newMark(Integer.MAX_VALUE);
				markRange(start, this.componentEnd[this.order[start]]);
				this.territoriesOfComponent[start] = this.markedCount;
			}
		}

		private boolean separated(int child) {
			return this.forest.separated(child);
		}

		List<ArticulationPoint> articulationPoints() {
			record Ranked(ArticulationPoint point, int cutOff) {
			}
			List<Ranked> ranked = new ArrayList<>();
			for (int v = 0; v < this.n; v++) {
				boolean root = this.parent[v] == -1;
				int pieces = root ? 0 : 1;
				int separatedSize = 0;
				// the main piece: the rest of the component (it holds the component's smallest index)
				// unless a separated child is larger, or as large with a smaller index
				int mainChild = -1;
				int mainSize = root ? -1 : componentSize(v) - 1;
				for (int c = this.firstChild[v]; c != -1; c = this.nextSibling[c]) {
					if (separated(c)) {
						pieces++;
						separatedSize += this.size[c];
					}
				}
				if (pieces < 2) {
					continue;
				}
				if (!root) {
					mainSize -= separatedSize;
				}
				for (int c = this.firstChild[v]; c != -1; c = this.nextSibling[c]) {
					if (separated(c) && (this.size[c] > mainSize || (this.size[c] == mainSize && mainChild != -1
							&& this.minInSubtree[c] < this.minInSubtree[mainChild]))) {
						mainChild = c;
						mainSize = this.size[c];
					}
				}
				newMark(territoriesOfComponent(v));
				int cutOff = 0;
				for (int c = this.firstChild[v]; c != -1; c = this.nextSibling[c]) {
					if (separated(c) && c != mainChild) {
						markRange(this.pre[c], this.pre[c] + this.size[c]);
						cutOff += this.size[c];
					}
				}
				if (!root && mainChild != -1) {
					// the rest of the component is cut off: outside v's subtree, plus the subtrees of the
					// children of v that reach above v
					markRange(this.componentStart[v], this.pre[v]);
					markRange(this.pre[v] + this.size[v], this.componentEnd[v]);
					cutOff += componentSize(v) - this.size[v];
					for (int c = this.firstChild[v]; c != -1; c = this.nextSibling[c]) {
						if (!separated(c)) {
							markRange(this.pre[c], this.pre[c] + this.size[c]);
							cutOff += this.size[c];
						}
					}
				}
				ActorNode actor = this.index.actors[v];
				ranked.add(new Ranked(new ArticulationPoint(actor.id(), actor.name(), markedTerritories(),
						this.components - 1 + pieces), cutOff));
			}
			ranked.sort(Comparator.comparingInt(Ranked::cutOff)
				.reversed()
				.thenComparing(r -> r.point().id()));
			return ranked.stream().map(Ranked::point).toList();
		}

		List<Bridge> bridges() {
			record Ranked(Bridge bridge, int cutOff) {
			}
			List<Ranked> ranked = new ArrayList<>();
			for (int c = 0; c < this.n; c++) {
				int p = this.parent[c];
				if (p == -1 || this.low[c] <= this.pre[p]) {
					continue;
				}
				int inside = this.size[c];
				int outside = componentSize(c) - inside;
				newMark(territoriesOfComponent(c));
				int cutOff;
				if (inside <= outside) {
					markRange(this.pre[c], this.pre[c] + inside);
					cutOff = inside;
				}
				else {
					markRange(this.componentStart[c], this.pre[c]);
					markRange(this.pre[c] + inside, this.componentEnd[c]);
					cutOff = outside;
				}
				String a = this.index.actors[p].id();
				String b = this.index.actors[c].id();
				boolean ordered = a.compareTo(b) < 0;
				ranked.add(new Ranked(new Bridge(ordered ? a : b, ordered ? b : a, markedTerritories()), cutOff));
			}
			ranked.sort(Comparator.comparingInt(Ranked::cutOff)
				.reversed()
				.thenComparing(r -> r.bridge().source())
				.thenComparing(r -> r.bridge().target()));
			return ranked.stream().map(Ranked::bridge).toList();
		}

		private int componentSize(int v) {
			return this.componentEnd[v] - this.componentStart[v];
		}

		private int territoriesOfComponent(int v) {
			return this.territoriesOfComponent[this.componentStart[v]];
		}

		/** Starts a new set of marked territories, stopping once it has {@code limit} of them. */
		private void newMark(int limit) {
			this.markGeneration++;
			this.markedCount = 0;
			this.markLimit = limit;
		}

		private void markRange(int from, int to) {
			for (int t = from; t < to && this.markedCount < this.markLimit; t++) {
				int territory = this.index.territory[this.order[t]];
				if (this.territoryMark[territory] != this.markGeneration) {
					this.territoryMark[territory] = this.markGeneration;
					this.marked[this.markedCount++] = territory;
				}
			}
		}

		private List<String> markedTerritories() {
			// territory ids follow the lexicographic order of the codes
			int[] ids = Arrays.copyOf(this.marked, this.markedCount);
			Arrays.sort(ids);
			List<String> codes = new ArrayList<>(ids.length);
			for (int id : ids) {
				codes.add(this.index.territoryCodes[id]);
			}
			return codes;
		}
	}
}
