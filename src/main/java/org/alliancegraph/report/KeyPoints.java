package org.alliancegraph.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.analysis.articulation.Departure;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.catalyst.CatalystResult;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.analysis.suggestion.Suggestion;
import org.alliancegraph.scopeanalysis.AnalysisAnswers;
import org.jspecify.annotations.Nullable;

/**
 * The first page of the report, "L'essentiel" / "Key points": five messages computed from the report's own parts —
 * who holds the network, what is missing, how fragile it is, how it evolved, where it stands among its peers —
 * each with its number, and three to five recommendations, each from the section it names. Nothing is computed
 * here that the sections do not show, except the brokerage share of the best catalysts, given by the caller.
 */
final class KeyPoints {

	/** The catalysts named as holding the network. */
	static final int HOLDERS = 3;

	/** At most this many recommendations. */
	static final int MAX_RECOMMENDATIONS = 5;

	/** The indicators on which a lower value is the better one: a territory does better below its peers' median. */
	static final Set<String> LOWER_IS_BETTER = Set.of("EMPTY_SECTOR_PAIRS_SHARE", "OUTSIDE_LARGEST_SHARE",
			"TOP3_BETWEENNESS_SHARE");

	private final DiagnosticReport r;

	private final ReportSentences say;

	private final ReportFormat format;

	private KeyPoints(DiagnosticReport report, ReportSentences sentences, ReportFormat format) {
		this.r = report;
		this.say = sentences;
		this.format = format;
	}

	/**
	 * @param holders the actors with the {@value #HOLDERS} highest betweenness values (above 0), highest first
	 * @param holdersShare the sum of the {@value #HOLDERS} highest betweenness values over the sum of all
	 * @param peerSet how the report names the peers ("les 33 intercommunalités de la région …"), null without
	 *     benchmark
	 */
	static DiagnosticReport of(DiagnosticReport report, List<String> holders, double holdersShare, @Nullable String peerSet,
			ReportSentences sentences, ReportFormat format) {
		KeyPoints points = new KeyPoints(report, sentences, format);
		List<DiagnosticReport.KeyPoint> messages = List.of(points.holders(holders, holdersShare), points.missing(),
				points.fragility(), points.evolution(), points.peers(peerSet));
		return report.with(messages, points.recommendations());
	}

	private DiagnosticReport.KeyPoint holders(List<String> holders, double share) {
		if (holders.isEmpty() || share <= 0) {
			return point("HOLDERS_NONE", "catalysts", 0.0, format.percent(0), values());
		}
		return point("HOLDERS", "catalysts", share, format.percent(share), values("actors", holders, "share", share));
	}

	private DiagnosticReport.KeyPoint missing() {
		GapReport gaps = r.gaps().report();
		int absent = gaps.sectorsAbsent().size();
		int pairs = gaps.emptySectorPairs().size();
		int domains = needsWithoutProjects().size();
		return point("MISSING", "gaps", (double) pairs, format.integer(pairs),
				values("sectorsAbsent", absent, "sectors", r.labels().sectors().size(), "emptyPairs", pairs,
						"domainsWithoutProjects", domains));
	}

	private DiagnosticReport.KeyPoint fragility() {
		Departure worst = worstDeparture();
		if (worst == null) {
			return point("FRAGILITY_NONE", "fragilities", 0.0, format.integer(0), values());
		}
		double share = r.fragilities().largestComponent() == 0 ? 0
				: (double) worst.cutOff() / r.fragilities().largestComponent();
		return point("FRAGILITY", "fragilities", (double) worst.cutOff(), format.integer(worst.cutOff()),
				values("actor", worst.name(), "cutOff", worst.cutOff(), "share", share));
	}

	private DiagnosticReport.KeyPoint evolution() {
		List<AnalysisAnswers.TrajectoryPoint> points = r.trajectory().points();
		AnalysisAnswers.TrajectoryPoint first = points.get(0);
		AnalysisAnswers.TrajectoryPoint last = points.get(points.size() - 1);
		// the number is the change in ties, the alliances themselves; the actors alone may not change
		int change = last.tieCount() - first.tieCount();
		String figure = (change > 0 ? "+" : change < 0 ? "−" : "") + format.integer(Math.abs(change));
		String code = first.actorCount() == last.actorCount() ? "EVOLUTION_SAME_ACTORS" : "EVOLUTION";
		return point(code, "trajectory", (double) change, figure,
				values("from", Integer.toString(first.at().getYear()), "to", Integer.toString(last.at().getYear()),
						"actorsBefore", first.actorCount(), "actors", last.actorCount(), "tiesBefore",
						first.tieCount(), "ties", last.tieCount()));
	}

	private DiagnosticReport.KeyPoint peers(@Nullable String peerSet) {
		AnalysisAnswers.Benchmark benchmark = r.peers().benchmark();
		if (benchmark == null) {
			var pending = r.peers().pending();
			return point("PEERS_PENDING", "peers", null, "…",
					values("computed", pending == null ? 0 : pending.computed(), "peers",
							pending == null ? 0 : pending.peers()));
		}
		if (benchmark.peers() - benchmark.peersWithoutActors() < 2) {
			return point("PEERS_ALONE", "peers", null, "–", values("peerSet", peerSet));
		}
		int better = 0;
		int compared = 0;
		Double density = null;
		for (AnalysisAnswers.IndicatorBenchmark indicator : benchmark.indicators()) {
			if (indicator.value() == null || indicator.median() == null) {
				continue;
			}
			compared++;
			boolean lower = LOWER_IS_BETTER.contains(indicator.code());
			if (lower ? indicator.value() < indicator.median() : indicator.value() > indicator.median()) {
				better++;
			}
			if (indicator.code().equals("DENSITY")) {
				density = indicator.percentile();
			}
		}
		return point("PEERS", "peers", (double) better, format.integer(better) + " / " + format.integer(compared),
				values("peerSet", peerSet, "better", better, "indicators", compared, "densityShare",
						density == null ? 0.0 : density / 100));
	}

	private List<DiagnosticReport.KeyPoint> recommendations() {
		List<DiagnosticReport.KeyPoint> list = new ArrayList<>();
		List<Suggestion> suggestions = r.suggestions().suggestions();
		if (!suggestions.isEmpty()) {
			Suggestion s = suggestions.get(0);
			list.add(point("CREATE_ALLIANCE", "suggestions", (double) s.indices().commonNeighbors(),
					format.integer(s.indices().commonNeighbors()),
					values("a", s.aName(), "b", s.bName(), "common", s.indices().commonNeighbors())));
		}
		Departure worst = worstDeparture();
		if (worst != null) {
			list.add(point("SUPPORT_CATALYST", "fragilities", (double) worst.cutOff(), format.integer(worst.cutOff()),
					values("actor", worst.name(), "cutOff", worst.cutOff())));
		}
		else if (!r.catalysts().catalysts().isEmpty()) {
			CatalystResult c = r.catalysts().catalysts().get(0);
			list.add(point("SUPPORT_TOP_CATALYST", "catalysts", (double) c.sectorDiversity(),
					format.integer(c.sectorDiversity()),
					values("actor", c.name(), "sectors", c.sectorDiversity(), "territories", c.territorySpan())));
		}
		GapReport gaps = r.gaps().report();
		if (!gaps.sectorsAbsent().isEmpty()) {
			list.add(point("BRING_IN_SECTORS", "gaps", (double) gaps.sectorsAbsent().size(),
					format.integer(gaps.sectorsAbsent().size()), values("sectors", gaps.sectorsAbsent())));
		}
		else if (!gaps.emptySectorPairs().isEmpty()) {
			// two sectors that never meet first; else a sector whose actors never work with one another
			List<String> pair = gaps.emptySectorPairs().stream().filter(p -> !p.get(0).equals(p.get(1))).findFirst()
				.orElse(gaps.emptySectorPairs().get(0));
			boolean within = pair.get(0).equals(pair.get(1));
			list.add(point(within ? "CONNECT_WITHIN_SECTOR" : "CONNECT_SECTORS", "gaps",
					(double) gaps.emptySectorPairs().size(), format.integer(gaps.emptySectorPairs().size()),
					values("sectors", within ? List.of(pair.get(0)) : pair)));
		}
		TerritoryLink weakest = weakestTerritoryLink();
		if (weakest != null) {
			Map<String, String> names = r.labels().territories();
			list.add(point("CONNECT_TERRITORIES", "articulations", 1.0, format.integer(1),
					values("a", names.getOrDefault(weakest.a(), weakest.a()), "b",
							names.getOrDefault(weakest.b(), weakest.b()), "ties", weakest.weight())));
		}
		List<String> uncovered = needsWithoutProjects();
		if (!uncovered.isEmpty() && list.size() < MAX_RECOMMENDATIONS) {
			list.add(point("COVER_DOMAINS", "gaps", (double) uncovered.size(), format.integer(uncovered.size()),
					values("domains", uncovered)));
		}
		return List.copyOf(list.subList(0, Math.min(MAX_RECOMMENDATIONS, list.size())));
	}

	/** The domains whose need is above the national reference and that no active project covers. */
	private List<String> needsWithoutProjects() {
		return r.domains().stream()
			.filter(d -> d.needIndex() != null && d.needIndex() > 1 && d.activeProjects() == 0)
			.map(DiagnosticReport.DomainRow::domain)
			.toList();
	}

	/** The departure that would cut off most actors, null when none would cut off any. */
	private @Nullable Departure worstDeparture() {
		List<Departure> actors = r.fragilities().actors();
		return actors.isEmpty() || actors.get(0).cutOff() == 0 ? null : actors.get(0);
	}

	/**
	 * The link between two of the territory's own territories, or with a neighbour, that the loss of a single actor
	 * would cut: the heaviest such link, the one whose loss would cost most.
	 */
	private @Nullable TerritoryLink weakestTerritoryLink() {
		List<TerritoryLink> links = new ArrayList<>(r.articulations().territoryLinks());
		r.neighbourLinks().forEach(n -> links.add(n.link()));
		return links.stream()
			.filter(l -> l.carriers().size() == 1 || Integer.valueOf(1).equals(l.vertexConnectivity()))
			.max(Comparator.comparingDouble(TerritoryLink::weight))
			.orElse(null);
	}

	private DiagnosticReport.KeyPoint point(String code, String section, @Nullable Double number, String figure,
			Map<String, Object> values) {
		return new DiagnosticReport.KeyPoint(code, section, number, figure, values,
				say.say("keyPoint." + code, values));
	}

	private static Map<String, Object> values(Object... namesAndValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				values.put((String) namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return values;
	}
}
