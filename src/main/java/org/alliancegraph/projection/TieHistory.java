package org.alliancegraph.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ties between actors over the whole history, for the dynamic export: each pair of actors that ever
 * shared a partnership (its interval) or a project (the interval in which both contributed while the
 * project ran), as the intervals of the pair merged where they overlap. The tie rule is the actor graph's
 * (DOMAIN.md); only dates are not fixed.
 */
@Component
public class TieHistory {

	private static final String PARTNERSHIPS = """
			UNWIND $actors AS id
			MATCH (a:Actor {id: id})-[:MEMBER_OF]->(x) USING INDEX SEEK a:Actor(id)
			WHERE\s""" + TieRules.PARTNERSHIP_IN_DOMAINS + """

			WITH x, collect(a.id) AS members
			WHERE size(members) >= 2
			RETURN x.start AS start, x.end AS end, coalesce(x.intensity, 1) AS weight, members""";

	private static final String PROJECTS = """
			UNWIND $actors AS id
			MATCH (a:Actor {id: id})-[c:CONTRIBUTES_TO]->(x) USING INDEX SEEK a:Actor(id)
			WHERE\s""" + TieRules.PROJECT_IN_DOMAINS + """

			WITH x, collect({actor: a.id, since: coalesce(c.since, x.start), until: c.until}) AS contributors
			WHERE size(contributors) >= 2
			RETURN x.start AS start, x.end AS end, contributors""";

	/** A closed or open interval of dates; {@code end} null: still going on. */
	public record Spell(LocalDate start, @Nullable LocalDate end) {

		boolean overlapsOrTouches(Spell later) {
			return end == null || !later.start().isAfter(end);
		}

		Spell union(Spell later) {
			LocalDate last = end == null || later.end() == null ? null : end.isAfter(later.end()) ? end : later.end();
			return new Spell(start, last);
		}
	}

	/**
	 * A pair of actors with every interval they were tied in, merged, and the weight of all their ties
	 * (a partnership counting its intensity, a project 1).
	 */
	public record PairHistory(String a, String b, List<Spell> spells, double weight) {
	}

	private final Neo4jClient neo4j;

	TieHistory(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The pairs among {@code actors}, ordered by their ends. */
	@Transactional(readOnly = true)
	public List<PairHistory> pairs(Collection<String> actors, Set<String> domains) {
		Map<String, Object> parameters = Map.of("actors", List.copyOf(actors), "domains", List.copyOf(domains));
		Map<String, List<Spell>> spells = new HashMap<>();
		Map<String, Double> weights = new HashMap<>();
		for (Map<String, Object> row : neo4j.query(PARTNERSHIPS).bindAll(parameters).fetch().all()) {
			Spell spell = new Spell((LocalDate) row.get("start"), (LocalDate) row.get("end"));
			double weight = ((Number) row.get("weight")).doubleValue();
			@SuppressWarnings("unchecked")
			List<String> members = (List<String>) row.get("members");
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					add(spells, weights, members.get(i), members.get(j), spell, weight);
				}
			}
		}
		for (Map<String, Object> row : neo4j.query(PROJECTS).bindAll(parameters).fetch().all()) {
			LocalDate start = (LocalDate) row.get("start");
			LocalDate end = (LocalDate) row.get("end");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> contributors = (List<Map<String, Object>>) row.get("contributors");
			for (int i = 0; i < contributors.size(); i++) {
				for (int j = i + 1; j < contributors.size(); j++) {
					Spell spell = together(start, end, contributors.get(i), contributors.get(j));
					if (spell != null) {
						add(spells, weights, (String) contributors.get(i).get("actor"),
								(String) contributors.get(j).get("actor"), spell, 1);
					}
				}
			}
		}
		List<PairHistory> pairs = new ArrayList<>(spells.size());
		spells.forEach((key, list) -> {
			int bar = key.indexOf('|');
			pairs.add(new PairHistory(key.substring(0, bar), key.substring(bar + 1), merge(list), weights.get(key)));
		});
		pairs.sort(Comparator.comparing(PairHistory::a).thenComparing(PairHistory::b));
		return pairs;
	}

	private static void add(Map<String, List<Spell>> spells, Map<String, Double> weights, String a, String b,
			Spell spell, double weight) {
		String key = ProjectedGraph.tieId(a, b);
		spells.computeIfAbsent(key, k -> new ArrayList<>()).add(spell);
		weights.merge(key, weight, Double::sum);
	}

	/** When two contributors worked on the project at the same time, or null if never. */
	private static @Nullable Spell together(LocalDate start, @Nullable LocalDate end, Map<String, Object> x,
			Map<String, Object> y) {
		LocalDate from = latest(start, latest((LocalDate) x.get("since"), (LocalDate) y.get("since")));
		LocalDate to = earliest(end, earliest((LocalDate) x.get("until"), (LocalDate) y.get("until")));
		return to != null && to.isBefore(from) ? null : new Spell(from, to);
	}

	private static LocalDate latest(LocalDate a, @Nullable LocalDate b) {
		return b != null && b.isAfter(a) ? b : a;
	}

	private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return b != null && b.isBefore(a) ? b : a;
	}

	/** Gephi wants the spells of an element disjoint: overlapping ones become their union. */
	static List<Spell> merge(List<Spell> spells) {
		List<Spell> sorted = new ArrayList<>(spells);
		sorted.sort(Comparator.comparing(Spell::start));
		List<Spell> merged = new ArrayList<>();
		for (Spell s : sorted) {
			int last = merged.size() - 1;
			if (last >= 0 && merged.get(last).overlapsOrTouches(s)) {
				merged.set(last, merged.get(last).union(s));
			}
			else {
				merged.add(s);
			}
		}
		return merged;
	}
}
