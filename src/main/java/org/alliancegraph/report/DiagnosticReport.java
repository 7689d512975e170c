package org.alliancegraph.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.scopeanalysis.AnalysisAnswers;
import org.alliancegraph.scopeanalysis.PeerBenchmarks;
import org.jspecify.annotations.Nullable;

/**
 * The territorial diagnostic of one territory on one date: what {@code GET /api/v1/territories/{code}/diagnostic}
 * answers, and the only thing the HTML and PDF templates render. The analysis parts are the answers of the analysis
 * endpoints for the same scope and date, unchanged; the rest are counts read for the scope and labels in the
 * report's language.
 *
 * @param lang the language of the labels, {@code fr} or {@code en}
 * @param at the date the network is taken at
 * @param generatedOn the day the report was produced
 * @param territory who the report is about
 * @param keyPoints the five messages of the first page, "L'essentiel", each with its number
 * @param recommendations three to five things to do, each from the section it names
 * @param keyFigures the headline figures
 * @param catalysts the ten best-ranked catalysts ({@code /analysis/catalysts?limit=10})
 * @param gaps the gaps ({@code /analysis/gaps})
 * @param domains need against coverage for every domain of the vocabulary
 * @param articulations the articulations inside the territory ({@code /analysis/articulations})
 * @param fragilities the five departures that would hurt the network most ({@code /analysis/robustness?limit=5})
 * @param peers the territory against its peers ({@code /analysis/benchmark}), or how far their figures are
 * @param neighbourLinks the links with neighbouring and parent territories, read in each parent's scope
 * @param suggestions the ten best suggested alliances ({@code /analysis/suggestions?limit=10})
 * @param trajectory the headline figures over the eight years up to {@code at}, yearly ({@code
 *     /analysis/trajectory?from=at-8y&to=at&step=P1Y}), every two years above 5,000 actors ({@code step=P2Y})
 * @param sdgs for each of the 17 SDGs, the active projects of the territory that contribute to it
 * @param levers for each lever, the active projects of the territory that use it
 * @param network the picture of the network: positions computed on the server
 * @param labels the labels of every code the report shows, in its language
 */
public record DiagnosticReport(String lang, LocalDate at, LocalDate generatedOn, Identity territory,
		List<KeyPoint> keyPoints, List<KeyPoint> recommendations,
		KeyFigures keyFigures, AnalysisAnswers.Catalysts catalysts, AnalysisAnswers.Gaps gaps, List<DomainRow> domains,
		AnalysisAnswers.Articulations articulations, AnalysisAnswers.Robustness fragilities, Peers peers,
		List<NeighbourLink> neighbourLinks,
		AnalysisAnswers.Suggestions suggestions, AnalysisAnswers.Trajectory trajectory, List<Count> sdgs,
		List<Count> levers, NetworkPicture network, Labels labels) {

	/** The same report with its key points and recommendations. */
	DiagnosticReport with(List<KeyPoint> keyPoints, List<KeyPoint> recommendations) {
		return new DiagnosticReport(lang, at, generatedOn, territory, keyPoints, recommendations, keyFigures,
				catalysts, gaps, domains, articulations, fragilities, peers, neighbourLinks, suggestions, trajectory,
				sdgs, levers, network, labels);
	}

	/** Whether the report is whole: the peers' figures were there in time. */
	boolean complete() {
		return peers.pending() == null;
	}

	/**
	 * A message of the first page or a recommendation, computed from the report's figures.
	 *
	 * @param code what it says: {@code HOLDERS} (or {@code HOLDERS_NONE}), {@code MISSING}, {@code FRAGILITY} (or
	 *     {@code FRAGILITY_NONE}), {@code EVOLUTION} (or {@code EVOLUTION_SAME_ACTORS}), {@code PEERS} (or {@code
	 *     PEERS_ALONE}, {@code PEERS_PENDING}); recommendations {@code CREATE_ALLIANCE}, {@code SUPPORT_CATALYST}
	 *     (or {@code SUPPORT_TOP_CATALYST}), {@code BRING_IN_SECTORS} (or {@code CONNECT_SECTORS},
	 *     {@code CONNECT_WITHIN_SECTOR}), {@code
	 *     CONNECT_TERRITORIES}, {@code COVER_DOMAINS}
	 * @param section the id of the section it comes from ({@code catalysts}, {@code gaps}, {@code fragilities},
	 *     {@code trajectory}, {@code peers}, {@code suggestions}, {@code articulations})
	 * @param number its number, null when it has none (the peers' figures still computing)
	 * @param figure that number as the report writes it
	 * @param values the figures, names and codes it is said with
	 * @param text what it says, in the report's language
	 */
	public record KeyPoint(String code, String section, @Nullable Double number, String figure,
			Map<String, Object> values, String text) {
	}

	/**
	 * The territory against its peers.
	 *
	 * @param benchmark the benchmark, the answer of {@code /analysis/benchmark?territory=&at=}; null while pending
	 * @param pending how far the peers' figures are, when they were not there within the report's wait (state
	 *     {@code NOT_ASKED} for the start-up warm-up's report, which leaves them out)
	 * @param peerSet the peers named in the report's language ("les 2 départements de la région
	 *     Auvergne-Rhône-Alpes"), null while pending
	 */
	public record Peers(AnalysisAnswers.@Nullable Benchmark benchmark, PeerBenchmarks.@Nullable Pending pending,
			@Nullable String peerSet) {
	}

	/**
	 * @param code the territory's code
	 * @param name its name
	 * @param level its level (REGION, DEPARTEMENT, EPCI, COMMUNE, CUSTOM)
	 * @param population its population, when known
	 * @param parents the territories it is PART_OF
	 */
	public record Identity(String code, String name, String level, @Nullable Long population, List<Place> parents) {
	}

	/** A territory named by its code. */
	public record Place(String code, String name, String level) {
	}

	/** A code and how many things carry it. */
	public record Count(String code, long count) {
	}

	/**
	 * @param actors actors located or active in the territory
	 * @param ties pairs of actors tied on the date
	 * @param density ties over possible ties, {@code 2m / (n (n - 1))}, as in the trajectory
	 * @param components connected components of the actor graph
	 * @param shareOutsideLargest share of actors outside the largest component
	 * @param isolatedActors actors without any tie
	 * @param communities communities found in the actor graph
	 * @param modularity modularity of those communities
	 * @param articulationPoints actors whose loss would split the network
	 * @param bridges ties whose loss would split the network
	 * @param partnerships partnerships active on the date with at least one member in the territory
	 * @param projects projects active on the date that target the territory
	 * @param actorsBySector actors of each sector of the vocabulary (0 for an absent sector)
	 * @param partnershipsByType those partnerships by type, every type of the vocabulary
	 * @param projectsByPhase those projects by phase, every phase
	 */
	public record KeyFigures(int actors, int ties, double density, int components, double shareOutsideLargest,
			int isolatedActors, int communities, double modularity, int articulationPoints, int bridges,
			long partnerships, long projects, List<Count> actorsBySector, List<Count> partnershipsByType,
			List<Count> projectsByPhase) {
	}

	/**
	 * The need of the territory in one domain against what covers it; the figures the gap analysis works from.
	 *
	 * @param domain the domain code
	 * @param needIndex the need against the national reference (1 = the reference), null without indicator
	 * @param indicators the indicators behind the need
	 * @param activeProjects active projects of the domain targeting the territory
	 * @param actors actors of the territory taking part in a tie of the domain
	 * @param gap whether the gap analysis lists the domain as a gap
	 */
	public record DomainRow(String domain, @Nullable Double needIndex, List<String> indicators, int activeProjects,
			int actors, boolean gap) {
	}

	/**
	 * A link between the territory and a neighbour or parent, as the parent's articulation analysis sees it.
	 *
	 * @param parent the parent territory in whose scope the link was read
	 * @param other the territory at the other end
	 * @param link the link: weight, carriers, vertex connectivity
	 */
	public record NeighbourLink(String parent, String other, TerritoryLink link) {
	}

	/**
	 * A static picture of the network: a subset of at most a few hundred actors, laid out on the server.
	 *
	 * @param selection {@code ALL_LINKED} (every actor with a tie), {@code LARGEST_COMPONENT} or
	 *     {@code CATALYST_NEIGHBOURHOODS} (the ten best catalysts and their partners)
	 * @param totalActors actors of the territory
	 * @param width the width of the drawing area
	 * @param height the height of the drawing area
	 * @param nodes the actors drawn
	 * @param edges the ties drawn, between indices of {@code nodes}
	 */
	public record NetworkPicture(String selection, int totalActors, double width, double height, List<Node> nodes,
			List<Edge> edges) {
	}

	/**
	 * @param catalystRank the rank among the catalysts when among the ten best, else null
	 */
	public record Node(String id, String name, String sector, double x, double y, int degree,
			@Nullable Integer catalystRank) {
	}

	public record Edge(int source, int target, double weight) {
	}

	/**
	 * The labels of the codes the report shows, in its language; names of the territories and actors it
	 * mentions; the colour of each sector, the one the explorer page draws it in ({@code /reference/sectors}).
	 */
	public record Labels(Map<String, String> sectors, Map<String, String> partnershipTypes,
			Map<String, String> phases, Map<String, String> domains, Map<String, String> sdgs,
			Map<String, String> levers, Map<String, String> indicators, Map<String, String> levels,
			Map<String, String> territories, Map<String, String> actors, Map<String, String> sectorColours) {

		/** For a sector the vocabulary gives no colour. */
		static final String OTHER_COLOUR = "#555555";

		/** The colour a sector is drawn in. */
		public String colour(String sector) {
			return sectorColours.getOrDefault(sector, OTHER_COLOUR);
		}
	}
}
