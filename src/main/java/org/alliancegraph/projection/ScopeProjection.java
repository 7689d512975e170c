package org.alliancegraph.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.neo4j.GraphPatterns;
import org.alliancegraph.web.NotFoundException;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * The one door from Neo4j to JGraphT: reads the part of the graph a scope covers with four streamed
 * queries (scope, actors, partnership ties, project ties) — never one round trip per actor — and builds
 * the actor graph and the actor–project graph. A projection is kept with the analyses made of it, by the caller
 * ({@code AnalysisBundles}), for the data version it was read at; the actors of a territory, which do not depend
 * on the date, are kept here by data version for the other dates.
 */
@Service
public class ScopeProjection {

	private static final String SCOPE = """
			MATCH (root:Territory {code: $code}) RETURN root.level AS level""";

	/**
	 * The end of a read of actors {@code a} with their {@code scopes}: each one's seat and the seat's territory at
	 * {@code $groupLevel} (the seat itself when there is none).
	 */
	private static final String SEAT_AND_GROUP = """
			MATCH (a)-[:LOCATED_IN]->(seat)
			CALL (seat) {
			  WITH seat AS t
			  OPTIONAL MATCH\s""" + GraphPatterns.SUBTREE + """

			  WHERE root.level = $groupLevel
			  RETURN root AS g ORDER BY g.code LIMIT 1
			}
			RETURN a.id AS id, a.name AS name, a.sector AS sector, seat.code AS seat, scopes,
			       coalesce(g.code, seat.code) AS territory, coalesce(g.name, seat.name) AS territoryName""";

	// The leading WITH ... WHERE of the whole-graph branch keeps its scan of every actor from running at all when
	// there is a territory (the same test after the MATCH would filter the scanned rows, not stop the scan).
	private static final String ACTORS = """
			CALL () {
			  MATCH (root:Territory {code: $code}) USING INDEX SEEK root:Territory(code)
			  MATCH\s""" + GraphPatterns.SUBTREE + """

			  MATCH (a)-[:LOCATED_IN|ACTIVE_IN]->(t)
			  RETURN DISTINCT a
			  UNION
			  WITH 1 AS anywhere WHERE $code IS NULL
			  MATCH (a:Actor)
			  RETURN a
			}
			WITH a, [$code] AS scopes WHERE size($sectors) = 0 OR a.sector IN $sectors
			""" + SEAT_AND_GROUP;

	/**
	 * The actors of each of several territories, once each with the codes of the territories ({@code scopes}) it
	 * is located or active in: the actors of a benchmark's peers in one read rather than one per peer.
	 */
	private static final String ACTORS_OF_EACH = """
			UNWIND $codes AS code
			MATCH (root:Territory {code: code}) USING INDEX SEEK root:Territory(code)
			MATCH\s""" + GraphPatterns.SUBTREE + """

			MATCH (a:Actor)-[:LOCATED_IN|ACTIVE_IN]->(t)
			WITH a, collect(DISTINCT code) AS scopes
			""" + SEAT_AND_GROUP;

	// Ties are reached from the scope's actors (an index seek each), so a small scope reads only its own
	// partnerships; members outside the scope are dropped in Java.
	private static final String PARTNERSHIP_TIES = """
			UNWIND $ids AS id
			MATCH (a:Actor {id: id})-[:MEMBER_OF]->(x) USING INDEX SEEK a:Actor(id)
			WHERE\s""" + GraphPatterns.ACTIVE + """

			WITH DISTINCT x
			WHERE\s""" + TieRules.PARTNERSHIP_IN_DOMAINS + """

			RETURN x.id AS partnership, x.type AS type, [(a)-[:MEMBER_OF]->(x) | a.id] AS members,
			       coalesce(x.intensity, 1) AS weight,
			       [(x)-[:IN_DOMAIN]->(d) | d.code] + [(x)-[:SUPPORTS]->()-[:IN_DOMAIN]->(d) | d.code] AS domains""";

	private static final String PROJECT_TIES = """
			UNWIND $ids AS id
			MATCH (a:Actor {id: id})-[:CONTRIBUTES_TO]->(x) USING INDEX SEEK a:Actor(id)
			WHERE\s""" + GraphPatterns.ACTIVE + """

			WITH DISTINCT x
			WHERE\s""" + TieRules.PROJECT_IN_DOMAINS + """

			RETURN x.id AS project, 1 AS weight,
			       [(a)-[c:CONTRIBUTES_TO]->(x) WHERE\s""" + GraphPatterns.CONTRIBUTING + """
			 | a.id] AS members,
			       [(x)-[:IN_DOMAIN]->(d) | d.code] AS domains, [(x)-[:CONTRIBUTES_TO_SDG]->(s) | s.code] AS sdgs""";

	private static final int CACHE_SIZE = 16;

	private final Driver driver;

	private final Map<ActorsKey, ScopeActors> scopeActors = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<ActorsKey, ScopeActors> eldest) {
			return size() > CACHE_SIZE;
		}
	};

	ScopeProjection(Driver driver) {
		this.driver = driver;
	}

	/**
	 * The graphs of a scope; 404 when its territory does not exist.
	 *
	 * @param version the data stamp ({@code DataVersion#stamp()}) read before: the projection is filed under it,
	 *     never under a stamp newer than the data it saw
	 */
	public ProjectedGraph project(Scope scope, String version) {
		ScopeActors actors = scopeActors(scope, version);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", List.copyOf(actors.actors().keySet()));
		parameters.put("domains", List.copyOf(scope.domains()));
		parameters.put("at", scope.at());
		try (Session session = driver.session()) {
			return session.executeRead(tx -> {
				List<Tie> ties = new ArrayList<>();
				Map<String, ProjectedGraph.ProjectTie> contributors = new LinkedHashMap<>();
				Map<String, ProjectedGraph.PartnershipTie> partnerships = new HashMap<>();
				tx.run(PARTNERSHIP_TIES, parameters).stream().forEach(r -> {
					Tie tie = Tie.of(r, actors.actors().keySet());
					ties.add(tie);
					partnerships.put(r.get("partnership").asString(), partnershipTie(r, tie));
				});
				tx.run(PROJECT_TIES, parameters).stream().forEach(r -> {
					Tie tie = Tie.of(r, actors.actors().keySet());
					ties.add(tie);
					contributors.put(r.get("project").asString(), projectTie(r, tie));
				});
				return build(scope, actors, ties, contributors, Collections.unmodifiableMap(partnerships), version);
			});
		}
	}

	/**
	 * The graphs of several territories of one level on one date, without sector or domain filter: for each, the
	 * graph {@link #project} gives, but from one read of all their actors and one of all their ties, so that the
	 * thousand peers of a benchmark cost three reads rather than four per peer. A territory that does not exist
	 * gets an empty graph.
	 *
	 * @param level the level of the territories, which sets the level actors are grouped by
	 * @param version as for {@link #project}
	 * @return the graphs in the order of the territories
	 */
	public Map<String, ProjectedGraph> projectEach(String level, List<String> territories, LocalDate at,
			String version) {
		String groupLevel = groupLevel(level);
		Map<String, Map<String, ActorRow>> rows = new LinkedHashMap<>();
		Map<String, Map<String, String>> names = new HashMap<>();
		territories.forEach(code -> {
			rows.put(code, new LinkedHashMap<>());
			names.put(code, new HashMap<>());
		});
		Map<String, List<String>> scopesOf = new HashMap<>();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("codes", List.copyOf(territories));
		parameters.put("groupLevel", groupLevel);
		try (Session session = driver.session()) {
			session.executeRead(tx -> tx.run(ACTORS_OF_EACH, parameters).stream().toList()).forEach(r -> {
				String id = r.get("id").asString();
				ActorRow row = new ActorRow(r.get("name").asString(id), r.get("sector").asString(""),
						r.get("territory").asString(), r.get("seat").asString());
				List<String> scopes = r.get("scopes").asList(Value::asString);
				scopesOf.put(id, scopes);
				for (String scope : scopes) {
					rows.get(scope).put(id, row);
					names.get(scope).put(row.territory(), r.get("territoryName").asString(""));
				}
			});
		}
		Map<String, List<Tie>> ties = new HashMap<>();
		Map<String, Map<String, ProjectedGraph.ProjectTie>> contributors = new HashMap<>();
		Map<String, Map<String, ProjectedGraph.PartnershipTie>> partnerships = new HashMap<>();
		territories.forEach(code -> {
			ties.put(code, new ArrayList<>());
			contributors.put(code, new LinkedHashMap<>());
			partnerships.put(code, new HashMap<>());
		});
		parameters.put("ids", List.copyOf(scopesOf.keySet()));
		parameters.put("domains", List.of());
		parameters.put("at", at);
		try (Session session = driver.session()) {
			session.executeRead(tx -> {
				tx.run(PARTNERSHIP_TIES, parameters).stream().forEach(r -> spread(Tie.read(r), scopesOf, rows,
						(code, tie) -> {
							ties.get(code).add(tie);
							partnerships.get(code).put(r.get("partnership").asString(), partnershipTie(r, tie));
						}));
				tx.run(PROJECT_TIES, parameters).stream().forEach(r -> spread(Tie.read(r), scopesOf, rows,
						(code, tie) -> {
							ties.get(code).add(tie);
							contributors.get(code).put(r.get("project").asString(), projectTie(r, tie));
						}));
				return null;
			});
		}
		Map<String, ProjectedGraph> graphs = new LinkedHashMap<>();
		for (String code : territories) {
			ScopeActors actors = new ScopeActors(level, groupLevel, Collections.unmodifiableMap(rows.get(code)),
					Map.copyOf(names.get(code)), version);
			graphs.put(code, build(Scope.of(code, at), actors, ties.get(code), contributors.get(code),
					Collections.unmodifiableMap(partnerships.get(code)), version));
		}
		return graphs;
	}

	private static ProjectedGraph.PartnershipTie partnershipTie(Record r, Tie tie) {
		return new ProjectedGraph.PartnershipTie(tie.members(), tie.weight(), r.get("type").asString(""));
	}

	private static ProjectedGraph.ProjectTie projectTie(Record r, Tie tie) {
		return new ProjectedGraph.ProjectTie(tie.members(), Set.copyOf(r.get("sdgs").asList(Value::asString)));
	}

	/** Gives each territory one of whose actors takes part in the tie its part of it: its members there. */
	private static void spread(Tie tie, Map<String, List<String>> scopesOf, Map<String, Map<String, ActorRow>> rows,
			BiConsumer<String, Tie> part) {
		Set<String> touched = new TreeSet<>();
		tie.members().forEach(m -> touched.addAll(scopesOf.getOrDefault(m, List.of())));
		touched.forEach(code -> part.accept(code, tie.within(rows.get(code).keySet())));
	}

	/** The level of the scope's territory (null for the whole graph); 404 when it does not exist. */
	public @Nullable String scopeLevel(@Nullable String territory) {
		if (territory == null) {
			return null;
		}
		try (Session session = driver.session()) {
			return session.executeRead(tx -> {
				Result result = tx.run(SCOPE, Map.of("code", territory));
				if (!result.hasNext()) {
					throw new NotFoundException("Le territoire", territory);
				}
				return result.next().get("level").asString();
			});
		}
	}

	/** Actors are grouped one level below the scope: EPCI in a département, départements in a région… */
	static String groupLevel(@Nullable String scopeLevel) {
		if (scopeLevel == null) {
			return "DEPARTEMENT";
		}
		return switch (scopeLevel) {
			case "REGION" -> "DEPARTEMENT";
			case "DEPARTEMENT" -> "EPCI";
			default -> "COMMUNE";
		};
	}


	/**
	 * The actors of the scope's territory and sectors, read once per data version: they do not depend on the
	 * date, so the dates of a trajectory only read their ties.
	 */
	private ScopeActors scopeActors(Scope scope, String version) {
		ActorsKey key = new ActorsKey(scope.territory(), scope.sectors());
		synchronized (scopeActors) {
			ScopeActors cached = scopeActors.get(key);
			if (cached != null && cached.version().equals(version)) {
				return cached;
			}
		}
		String scopeLevel = scopeLevel(scope.territory());
		String groupLevel = groupLevel(scopeLevel);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("code", scope.territory());
		parameters.put("sectors", List.copyOf(scope.sectors()));
		parameters.put("groupLevel", groupLevel);
		Map<String, ActorRow> rows = new LinkedHashMap<>();
		Map<String, String> territoryNames = new HashMap<>();
		try (Session session = driver.session()) {
			session.executeRead(tx -> tx.run(ACTORS, parameters).stream().toList()).forEach(r -> {
				String id = r.get("id").asString();
				rows.put(id, new ActorRow(r.get("name").asString(id), r.get("sector").asString(""),
						r.get("territory").asString(), r.get("seat").asString()));
				territoryNames.put(r.get("territory").asString(), r.get("territoryName").asString(""));
			});
		}
		ScopeActors read = new ScopeActors(scopeLevel, groupLevel, Collections.unmodifiableMap(rows),
				Map.copyOf(territoryNames), version);
		synchronized (scopeActors) {
			scopeActors.put(key, read);
		}
		return read;
	}

	private record ActorsKey(@Nullable String territory, Set<String> sectors) {
	}

	/** The actors of a scope in the order read, by id, with the names of the territories they are grouped by. */
	private record ScopeActors(@Nullable String scopeLevel, String groupLevel, Map<String, ActorRow> actors,
			Map<String, String> territoryNames, String version) {
	}

	private record ActorRow(String name, String sector, String territory, String seat) {
	}

	private static ProjectedGraph build(Scope scope, ScopeActors actors, List<Tie> ties,
			Map<String, ProjectedGraph.ProjectTie> contributors, Map<String, ProjectedGraph.PartnershipTie> partnerships,
			String version) {
		Map<String, Set<String>> domains = new HashMap<>();
		for (Tie tie : ties) {
			for (String member : tie.members()) {
				domains.computeIfAbsent(member, k -> new HashSet<>()).addAll(tie.domains());
			}
		}
		Graph<ActorNode, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Map<String, ActorNode> nodes = new HashMap<>();
		actors.actors().forEach((id, r) -> {
			ActorNode node = new ActorNode(id, r.name(), r.sector(), r.territory(), r.seat(),
					domains.getOrDefault(id, Set.of()));
			nodes.put(id, node);
			graph.addVertex(node);
		});
		for (Tie tie : ties) {
			List<String> members = tie.members();
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					ActorNode a = nodes.get(members.get(i));
					ActorNode b = nodes.get(members.get(j));
					DefaultWeightedEdge edge = graph.getEdge(a, b);
					if (edge == null) {
						graph.setEdgeWeight(graph.addEdge(a, b), tie.weight());
					}
					else {
						graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + tie.weight());
					}
				}
			}
		}
		Graph<String, DefaultWeightedEdge> actorProjects = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		actors.actors().keySet().forEach(actorProjects::addVertex);
		contributors.forEach((project, tie) -> {
			String vertex = "project:" + project;
			actorProjects.addVertex(vertex);
			tie.members().forEach(m -> actorProjects.addEdge(m, vertex));
		});
		return new ProjectedGraph(scope, actors.scopeLevel(), actors.groupLevel(), graph, actorProjects,
				partnerships, Collections.unmodifiableMap(contributors), actors.territoryNames(), version);
	}

	/** One partnership or project: its in-scope members (distinct), its weight and its domains. */
	private record Tie(List<String> members, double weight, Set<String> domains) {

		static Tie of(Record r, Set<String> inScope) {
			return read(r).within(inScope);
		}

		/** The tie of a record with all its members. */
		static Tie read(Record r) {
			return new Tie(r.get("members").asList(Value::asString).stream().distinct().toList(),
					r.get("weight").asNumber().doubleValue(), Set.copyOf(r.get("domains").asList(Value::asString)));
		}

		Tie within(Set<String> inScope) {
			return new Tie(members.stream().filter(inScope::contains).toList(), weight, domains);
		}
	}
}
