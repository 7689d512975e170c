package org.alliancegraph.analysis.articulation;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The depth-first forest of the actor graph that {@link ArticulationAnalysis} and {@link DepartureImpact} read
 * their answers off: the Hopcroft–Tarjan search (J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms
 * for graph manipulation", <i>Communications of the ACM</i> 16(6), 372–378, 1973) with an explicit stack, since a
 * recursive one overflows the thread stack on graphs of tens of thousands of actors.
 *
 * <p>For each vertex it records its preorder number, low point, parent, subtree size, the smallest index of its
 * subtree, its children (as a linked list), and the preorder range of its component. Roots are taken in increasing
 * index, so a component's root is its smallest index, that is its smallest actor id ({@link ActorIndex} numbers
 * actors by id). A child c of v with {@link #separated(int) low(c) &ge; pre(v)} roots a piece of the component
 * without v: its subtree, a contiguous range of the preorder.
 *
 * <p>Vertices marked absent are left out, as if they and their ties were not in the graph (their {@code pre} is
 * -1), so that a graph with some actors gone is searched without being copied. O(n + m) time and space.
 */
final class DepthFirstForest {

	final ActorIndex index;

	final int n;

	final int[] pre;

	final int[] low;

	final int[] parent;

	final int[] size;

	final int[] minInSubtree;

	/** The vertices in preorder; the first {@link #visited} entries are used. */
	final int[] order;

	final int[] firstChild;

	final int[] nextSibling;

	final int[] componentStart;

	final int[] componentEnd;

	/** The number of connected components (of the vertices present). */
	final int components;

	/** The number of vertices present. */
	final int visited;

	/**
	 * @param absent the vertices to leave out, or null for none
	 */
	DepthFirstForest(ActorIndex index, boolean @Nullable [] absent) {
		this.index = index;
		this.n = index.size();
		this.pre = new int[this.n];
		this.low = new int[this.n];
		this.parent = new int[this.n];
		this.size = new int[this.n];
		this.minInSubtree = new int[this.n];
		this.order = new int[this.n];
		this.firstChild = new int[this.n];
		this.nextSibling = new int[this.n];
		this.componentStart = new int[this.n];
		this.componentEnd = new int[this.n];
		Arrays.fill(this.pre, -1);
		Arrays.fill(this.firstChild, -1);
		int[] stack = new int[this.n];
		int[] next = new int[this.n];
		int time = 0;
		int count = 0;
		for (int root = 0; root < this.n; root++) {
			if (this.pre[root] != -1 || absent != null && absent[root]) {
				continue;
			}
			int start = time;
			time = discover(root, -1, time);
			int top = 0;
			stack[top++] = root;
			while (top > 0) {
				int v = stack[top - 1];
				int[] neighbours = index.adjacency[v];
				if (next[v] < neighbours.length) {
					int w = neighbours[next[v]++];
					if (absent != null && absent[w]) {
						continue;
					}
					if (this.pre[w] == -1) {
						time = discover(w, v, time);
						stack[top++] = w;
					}
					else if (w != this.parent[v]) {
						this.low[v] = Math.min(this.low[v], this.pre[w]);
					}
				}
				else {
					top--;
					this.size[v] = time - this.pre[v];
					int p = this.parent[v];
					if (p != -1) {
						this.low[p] = Math.min(this.low[p], this.low[v]);
						this.minInSubtree[p] = Math.min(this.minInSubtree[p], this.minInSubtree[v]);
					}
				}
			}
			for (int t = start; t < time; t++) {
				this.componentStart[this.order[t]] = start;
				this.componentEnd[this.order[t]] = time;
			}
			count++;
		}
		this.components = count;
		this.visited = time;
	}

	private int discover(int w, int p, int time) {
		this.pre[w] = time;
		this.low[w] = time;
		this.order[time] = w;
		this.parent[w] = p;
		this.minInSubtree[w] = w;
		if (p != -1) {
			this.nextSibling[w] = this.firstChild[p];
			this.firstChild[p] = w;
		}
		return time + 1;
	}

	/** Whether vertex v is present. */
	boolean present(int v) {
		return this.pre[v] != -1;
	}

	/** Whether the subtree of {@code child} is a piece of its component once its parent is removed. */
	boolean separated(int child) {
		return this.low[child] >= this.pre[this.parent[child]];
	}

	int componentSize(int v) {
		return this.componentEnd[v] - this.componentStart[v];
	}

	/** The root of v's component: its smallest index. */
	int componentRoot(int v) {
		return this.order[this.componentStart[v]];
	}
}
