package org.alliancegraph.scopeanalysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import org.alliancegraph.analysis.catalyst.CatalystOptions;
import org.alliancegraph.neo4j.DataVersion;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.ScopeContext;
import org.alliancegraph.projection.ScopeProjection;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.springframework.stereotype.Service;

/**
 * The analysis bundles of the scopes asked for, kept while the data version holds: the API, the explorer, the
 * report and the exports read them, so that one scope's analyses are computed once whoever asks, and simultaneous
 * identical requests compute once (the first computes, the others wait). Bounded by weight (the actors and ties of
 * each bundle's graph); a new data version drops them all, every instance on the same database seeing the version
 * move (see {@code DataVersion}).
 */
@Service
public class AnalysisBundles {

	/** The metric counting the computations of the bundles' parts. */
	public static final String COMPUTED = "alliance.analysis.computed";

	private final DataVersion dataVersion;

	private final ScopeProjection projection;

	private final ScopeContext context;

	private final ReferenceVocabularies vocabularies;

	private final AnalysisProperties properties;

	private final MeterRegistry meters;

	private final Cache<Key, AnalysisBundle> bundles;

	/** The data version the kept bundles were computed at. */
	private volatile String keptVersion = "";

	AnalysisBundles(DataVersion dataVersion, ScopeProjection projection, ScopeContext context, ReferenceVocabularies vocabularies,
			AnalysisProperties properties, MeterRegistry meters) {
		this.dataVersion = dataVersion;
		this.projection = projection;
		this.context = context;
		this.vocabularies = vocabularies;
		this.properties = properties;
		this.meters = meters;
		this.bundles = Caffeine.newBuilder()
			.maximumWeight(properties.cachedWeight())
			.<Key, AnalysisBundle>weigher((key, bundle) -> weight(bundle.graph()))
			.build();
	}

	/**
	 * The bundle of a scope at the current data version, its graph projected when the bundle is made; 404 when its
	 * territory does not exist. The stamp is read first, so a bundle is never filed under a newer one.
	 */
	public AnalysisBundle of(Scope scope) {
		String version = dataVersion.stamp();
		if (!version.equals(keptVersion)) {
			// bundles of an older version can no longer be asked for: free their room at once
			bundles.asMap().keySet().removeIf(key -> !key.dataVersion().equals(version));
			keptVersion = version;
		}
		return bundles.get(new Key(scope, version), key -> bundle(projection.project(scope, version)));
	}

	/**
	 * The bundles of several territories of one level on one date, projected together (see
	 * {@link ScopeProjection#projectEach}) and not kept: a benchmark reads a few figures of each of a thousand peers
	 * once, and keeping their bundles would push out those of the scopes people look at.
	 *
	 * @param version the data stamp read before
	 */
	Map<String, AnalysisBundle> unkept(String level, List<String> territories, LocalDate at, String version) {
		Map<String, AnalysisBundle> each = new LinkedHashMap<>();
		projection.projectEach(level, territories, at, version).forEach((code, graph) -> each.put(code, bundle(graph)));
		return each;
	}

	private AnalysisBundle bundle(ProjectedGraph graph) {
		return new AnalysisBundle(graph, context, vocabularies,
				new CatalystOptions(properties.exactBetweennessMaxActors(), properties.betweennessEpsilon(),
						properties.betweennessDelta(), properties.seed()),
				new CatalystOptions(properties.exactBetweennessMaxActors(), properties.pastBetweennessEpsilon(),
						properties.betweennessDelta(), properties.seed()),
				properties.connectivityMaxLinks(), this::computed);
	}

	/**
	 * The headline figures on each date from {@code from} to {@code to} by {@code step}, each date's bundle's; the
	 * catalysts of the dates before {@code to} may come from a looser estimate (see
	 * {@link AnalysisBundle#trajectoryPoint}).
	 */
	public AnalysisAnswers.Trajectory trajectory(Scope scope, LocalDate from, LocalDate to, Period step) {
		List<AnalysisAnswers.TrajectoryPoint> points = new ArrayList<>();
		ScopeDescription description = null;
		for (LocalDate at = from; !at.isAfter(to); at = at.plus(step)) {
			AnalysisBundle bundle = of(scope.at(at));
			description = description == null ? bundle.scope() : description;
			points.add(bundle.trajectoryPoint(at.isBefore(to)));
		}
		return new AnalysisAnswers.Trajectory(description == null ? of(scope.at(to)).scope() : description,
				step.toString(), points);
	}

	/** Counts the computations of each part of the bundles ({@value #COMPUTED}, tag {@code part}). */
	private void computed(String part) {
		meters.counter(COMPUTED, "part", part).increment();
	}

	private static int weight(ProjectedGraph graph) {
		return 1 + graph.actors().vertexSet().size() + graph.actors().edgeSet().size();
	}

	private record Key(Scope scope, String dataVersion) {
	}
}
