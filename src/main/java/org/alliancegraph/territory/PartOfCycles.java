package org.alliancegraph.territory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a cycle that new PART_OF links would close, through the links being written and those already in
 * the database. The database side is read level by level (one query per level of the hierarchy reached),
 * never territory by territory.
 *
 * <p>Iterative depth-first search with three colours (Cormen et al., <i>Introduction to Algorithms</i>,
 * 22.3): O(V + E) on the part of the hierarchy reachable from the written territories.
 */
final class PartOfCycles {

	private PartOfCycles() {
	}

	/**
	 * @param written parent codes of each territory being written (they replace its stored ones)
	 * @param storedParents stored parent codes of the territories asked (absent when none)
	 * @return one cycle as a path of codes whose last element equals the first, if any
	 */
	static Optional<List<String>> find(Map<String, List<String>> written,
			Function<Set<String>, Map<String, List<String>>> storedParents) {
		Map<String, List<String>> parents = new HashMap<>(written);
		Set<String> frontier = new HashSet<>();
		written.values().forEach(frontier::addAll);
		while (!frontier.isEmpty()) {
			frontier.removeAll(parents.keySet());
			if (frontier.isEmpty()) {
				break;
			}
			Map<String, List<String>> stored = storedParents.apply(Set.copyOf(frontier));
			Set<String> next = new HashSet<>();
			for (String code : frontier) {
				List<String> ps = stored.getOrDefault(code, List.of());
				parents.put(code, ps);
				next.addAll(ps);
			}
			frontier = next;
		}
		return search(written.keySet(), parents);
	}

	private static Optional<List<String>> search(Set<String> starts, Map<String, List<String>> parents) {
		Map<String, Integer> colour = new HashMap<>(); // absent white, 1 grey (on the path), 2 black
		// every new cycle goes through a written territory: the stored hierarchy has none
		for (String start : starts) {
			if (colour.containsKey(start)) {
				continue;
			}
			Deque<String> path = new ArrayDeque<>();
			Deque<Iterator<String>> pending = new ArrayDeque<>();
			colour.put(start, 1);
			path.push(start);
			pending.push(parents.getOrDefault(start, List.of()).iterator());
			while (!pending.isEmpty()) {
				Iterator<String> next = pending.peek();
				if (!next.hasNext()) {
					colour.put(path.pop(), 2);
					pending.pop();
					continue;
				}
				String parent = next.next();
				Integer c = colour.get(parent);
				if (c == null) {
					colour.put(parent, 1);
					path.push(parent);
					pending.push(parents.getOrDefault(parent, List.of()).iterator());
				}
				else if (c == 1) {
					List<String> cycle = new ArrayList<>();
					for (String code : path) {
						cycle.add(code);
						if (code.equals(parent)) {
							break;
						}
					}
					Collections.reverse(cycle);
					cycle.add(parent);
					return Optional.of(cycle);
				}
			}
		}
		return Optional.empty();
	}
}
