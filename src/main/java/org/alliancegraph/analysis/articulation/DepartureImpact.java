package org.alliancegraph.analysis.articulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.alliancegraph.analysis.ActorNode;
import org.jgrapht.Graph;
import org.jspecify.annotations.Nullable;

/**
 * The robustness of the actor graph to departures: what each actor's departure alone would cut off, for every
 * actor at once, and the greedy sequence of departures that breaks the network fastest.
 *
 * <p>Definitions. The <em>largest component</em> of a graph is its connected component with the most actors; on
 * equal sizes, the one holding the smallest actor id (the same rule before and after a departure). For an actor v,
 * with L the largest component of the graph and L' the largest component of the graph without v:
 * <ul>
 * <li>{@code cutOff} is the number of actors of L, v excepted, that are not in L'. When v is outside L, L stays
 * whole and the largest, so it is 0. When v is in L, L without v falls into <em>pieces</em> (the components of L
 * minus v); L' is the largest of those pieces and of the other components of the graph, by the rule above. If L'
 * is a piece, {@code cutOff = |L| - 1 - |L'|}; if it is another component (possible only when that component was
 * as large as L or one smaller), all {@code |L| - 1} remaining actors of L are cut off.</li>
 * <li>{@code componentsAfter} is the number of components of the graph without v: the components, minus one,
 * plus the number of pieces of v's own component (0 for an isolated actor, 1 for an actor that is no
 * articulation point).</li>
 * <li>{@code territoryLinksLost} counts the links of the territory graph, as {@link TerritoryLinks} defines them
 * (territories a &ne; b are linked when some actor of a is tied to some actor of b; the carriers of the link are
 * the actors having such a tie), that have at least one carrier with v and none without it. A tie whose end
 * leaves disappears, and a tie between two remaining actors keeps both as carriers, so a link is lost exactly
 * when every tie between its two territories has v as an end: v sits in one of them, and its ties to the other
 * are all the ties between them.</li>
 * </ul>
 * Actors are ranked by {@code cutOff} descending, then {@code territoryLinksLost} descending, then id.
 *
 * <p>Algorithm. Not one scenario per actor: the pieces of every actor are read off one depth-first forest, the
 * Hopcroft–Tarjan search ({@link DepthFirstForest}; J. Hopcroft and R. Tarjan, "Algorithm 447: efficient
 * algorithms for graph manipulation", <i>Communications of the ACM</i> 16(6), 372–378, 1973), which yields the
 * block–cut tree implicitly: a child c of v with {@code low(c) >= pre(v)} roots a piece made of its subtree, of
 * known size and smallest index, and unless v is the root, the rest of its component (which holds the root, the
 * smallest index) is one more piece of size {@code |component| - 1 - (sizes of those subtrees)}. Comparing the
 * largest piece with the largest component other than L gives L'. The territory links are counted per pair of
 * territories once, then each actor's ties per other territory are compared with those counts. O(n + m) time and
 * space (the counts per pair of territories in a hash map: expected time).
 *
 * <p>Sequence. Greedy (the "attack" of R. Albert, H. Jeong and A.-L. Barabási, "Error and attack tolerance of
 * complex networks", <i>Nature</i> 406, 378–382, 2000, with the largest-component criterion recomputed after
 * every departure, as in C. M. Schneider et al., "Mitigation of malicious attacks on networks", <i>PNAS</i>
 * 108(10), 3838–3841, 2011): at each step the actor whose departure leaves the smallest largest component leaves
 * (on equal sizes the one with the most remaining ties, then the smallest id: on a well-knit network many actors
 * shrink it by one only, and the best-connected one weakens it most for the next steps); the step records the
 * largest component after it and its share of the actors before any departure. The sequence stops as soon as
 * the largest component holds less than half of those actors, or after {@value #MAX_SEQUENCE_STEPS} steps (each
 * step costs one search, O(n + m), so a dense network does not cost thousands of them; {@link
 * #sequenceComplete()} says which). The graph is taken as simple and undirected: loops are ignored and parallel
 * ties merged. Lazy, cached, unmodifiable results; not thread-safe before the first call returns.
 *
 * @param <E> the edge type
 */
public final class DepartureImpact<E> {

	/** The most departures the greedy sequence takes. */
	public static final int MAX_SEQUENCE_STEPS = 50;

	private final Graph<ActorNode, E> graph;

	private @Nullable ActorIndex index;

	private @Nullable Largest baseline;

	private @Nullable List<Departure> departures;

	private @Nullable List<DepartureStep> sequence;

	private boolean sequenceComplete;

	/**
	 * @param graph the undirected actor graph
	 */
	public DepartureImpact(Graph<ActorNode, E> graph) {
		this.graph = Objects.requireNonNull(graph, "graph");
	}

	/** Every actor's departure alone, ranked: most actors cut off first, then most territory links lost, then id. */
	public List<Departure> departures() {
		if (this.departures == null) {
			Largest largest = baseline();
			ActorIndex ix = largest.forest.index;
			int[] linksLost = territoryLinksLost(ix);
			List<Departure> result = new ArrayList<>(ix.size());
			for (int v = 0; v < ix.size(); v++) {
				ActorNode actor = ix.actors[v];
				result.add(new Departure(actor.id(), actor.name(), actor.sector(), actor.territory(),
						largest.cutOff[v], largest.forest.components - 1 + largest.pieces[v], linksLost[v]));
			}
			result.sort(Comparator.comparingInt(Departure::cutOff)
				.reversed()
				.thenComparing(Comparator.comparingInt(Departure::territoryLinksLost).reversed())
				.thenComparing(Departure::id));
			this.departures = List.copyOf(result);
		}
		return this.departures;
	}

	/** The number of actors of the largest component. */
	public int largestComponent() {
		return baseline().largestSize;
	}

	/** The greedy departure sequence, until the largest component holds less than half of the actors. */
	public List<DepartureStep> sequence() {
		if (this.sequence == null) {
			computeSequence();
		}
		return Objects.requireNonNull(this.sequence);
	}

	/**
	 * Whether the sequence brought the largest component below half of the actors (always for an empty graph),
	 * rather than stopping after {@value #MAX_SEQUENCE_STEPS} steps.
	 */
	public boolean sequenceComplete() {
		sequence();
		return this.sequenceComplete;
	}

	private Largest baseline() {
		if (this.baseline == null) {
			this.baseline = new Largest(new DepthFirstForest(index(), null));
		}
		return this.baseline;
	}

	private ActorIndex index() {
		if (this.index == null) {
			this.index = new ActorIndex(this.graph);
		}
		return this.index;
	}

	private void computeSequence() {
		ActorIndex ix = index();
		int n = ix.size();
		boolean[] absent = new boolean[n];
		List<DepartureStep> steps = new ArrayList<>();
		Largest current = baseline();
		while (2L * current.largestSize >= n && n > 0 && steps.size() < MAX_SEQUENCE_STEPS) {
			int chosen = -1;
			int chosenDegree = -1;
			for (int v = 0; v < n; v++) {
				if (absent[v]) {
					continue;
				}
				int degree = 0;
				for (int w : ix.adjacency[v]) {
					degree += absent[w] ? 0 : 1;
				}
				// v ascending: on equal figures the first one found keeps its place
				if (chosen == -1 || current.after[v] < current.after[chosen]
						|| current.after[v] == current.after[chosen] && degree > chosenDegree) {
					chosen = v;
					chosenDegree = degree;
				}
			}
			absent[chosen] = true;
			ActorNode actor = ix.actors[chosen];
			steps.add(new DepartureStep(new DepartureStep.Actor(actor.id(), actor.name()), current.after[chosen],
					(double) current.after[chosen] / n));
			current = new Largest(new DepthFirstForest(ix, absent));
		}
		this.sequence = List.copyOf(steps);
		this.sequenceComplete = n == 0 || 2L * current.largestSize < n;
	}

	/**
	 * For each actor, the number of territory links whose every tie has it as an end (see the class comment).
	 */
	private static int[] territoryLinksLost(ActorIndex ix) {
		int n = ix.size();
		long territories = ix.territoryCodes.length;
		Map<Long, Integer> tiesPerPair = new HashMap<>();
		for (int u = 0; u < n; u++) {
			for (int w : ix.adjacency[u]) {
				if (u < w && ix.territory[u] != ix.territory[w]) {
					tiesPerPair.merge(pair(ix.territory[u], ix.territory[w], territories), 1, Integer::sum);
				}
			}
		}
		int[] lost = new int[n];
		int[] ownTies = new int[ix.territoryCodes.length];
		int[] touched = new int[ix.territoryCodes.length];
		for (int v = 0; v < n; v++) {
			int t = ix.territory[v];
			int count = 0;
			for (int w : ix.adjacency[v]) {
				int other = ix.territory[w];
				if (other != t && ownTies[other]++ == 0) {
					touched[count++] = other;
				}
			}
			for (int i = 0; i < count; i++) {
				int other = touched[i];
				if (ownTies[other] == tiesPerPair.get(pair(t, other, territories))) {
					lost[v]++;
				}
				ownTies[other] = 0;
			}
		}
		return lost;
	}

	private static long pair(int a, int b, long territories) {
		return Math.min(a, b) * territories + Math.max(a, b);
	}

	/**
	 * The largest component of a forest and, for each actor present, the largest component without it, the
	 * actors it cuts off from the largest and the pieces its component falls into.
	 */
	private static final class Largest {

		final DepthFirstForest forest;

		/** The largest component's size and root (its smallest index); -1 when there is no actor. */
		int largestSize;

		int largestRoot = -1;

		/** The same for the largest of the other components; size 0 when there is none. */
		int runnerUpSize;

		int runnerUpRoot = -1;

		final int[] after;

		final int[] cutOff;

		final int[] pieces;

		Largest(DepthFirstForest forest) {
			this.forest = forest;
			int n = forest.n;
			this.after = new int[n];
			this.cutOff = new int[n];
			this.pieces = new int[n];
			for (int start = 0; start < forest.visited; start = forest.componentEnd[forest.order[start]]) {
				int root = forest.order[start];
				int size = forest.componentSize(root);
				if (larger(size, root, this.largestSize, this.largestRoot)) {
					this.runnerUpSize = this.largestSize;
					this.runnerUpRoot = this.largestRoot;
					this.largestSize = size;
					this.largestRoot = root;
				}
				else if (larger(size, root, this.runnerUpSize, this.runnerUpRoot)) {
					this.runnerUpSize = size;
					this.runnerUpRoot = root;
				}
			}
			for (int v = 0; v < n; v++) {
				if (forest.present(v)) {
					depart(v);
				}
			}
		}

		private void depart(int v) {
			DepthFirstForest f = this.forest;
			int root = f.componentRoot(v);
			int count = 0;
			int pieceSize = 0;
			int pieceMin = -1;
			int inSeparated = 0;
			for (int c = f.firstChild[v]; c != -1; c = f.nextSibling[c]) {
				if (f.separated(c)) {
					count++;
					inSeparated += f.size[c];
					if (larger(f.size[c], f.minInSubtree[c], pieceSize, pieceMin)) {
						pieceSize = f.size[c];
						pieceMin = f.minInSubtree[c];
					}
				}
			}
			if (f.parent[v] != -1) {
				// the rest of the component, which holds its root
				count++;
				int rest = f.componentSize(v) - 1 - inSeparated;
				if (larger(rest, root, pieceSize, pieceMin)) {
					pieceSize = rest;
					pieceMin = root;
				}
			}
			this.pieces[v] = count;
			if (root != this.largestRoot) {
				this.after[v] = this.largestSize;
				this.cutOff[v] = 0;
			}
			else if (count > 0 && larger(pieceSize, pieceMin, this.runnerUpSize, this.runnerUpRoot)) {
				this.after[v] = pieceSize;
				this.cutOff[v] = this.largestSize - 1 - pieceSize;
			}
			else {
				this.after[v] = this.runnerUpSize;
				this.cutOff[v] = this.largestSize - 1;
			}
		}

		/** Larger by size, then by the smaller smallest index (that is, the smaller smallest actor id). */
		private static boolean larger(int size, int min, int otherSize, int otherMin) {
			return size > otherSize || size == otherSize && otherMin != -1 && min < otherMin;
		}
	}
}
