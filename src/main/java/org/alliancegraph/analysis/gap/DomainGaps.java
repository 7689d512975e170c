package org.alliancegraph.analysis.gap;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Domain gaps of a territory: domains where the need is high and the alliances few.
 *
 * <p>Definition. A domain is a gap when its need is high, {@code needIndex >= minNeedIndex} (1.1 by
 * default: 10 % above the national reference), and its coverage low: {@code activeProjects <=
 * maxActiveProjects} (1 by default) or {@code actors < minActors} (3 by default). A domain with a need
 * but no coverage figures has 0 projects and 0 actors; coverage figures without a need are ignored.
 *
 * <p>Severity. The gaps are ranked by {@code severity = (needIndex - 1) × deficit}, where {@code deficit
 * = (1 / (1 + activeProjects) + 1 / (1 + actors)) / 2} lies in (0, 1] and is 1 when the domain has
 * neither project nor actor: the excess of need over the national level, discounted by the coverage
 * already there. Ties are broken by the domain code. The score is this project's own choice, in the
 * spirit of the needs-versus-provision comparisons of territorial diagnostics; no published index is
 * reproduced.
 *
 * <p>Each gap carries a French reason such as "besoin élevé (taux de pauvreté 1,4 fois la référence
 * nationale) et un seul projet actif".
 *
 * <p>Complexity: O(d log d) for d domains. Lazy, cached, unmodifiable results. A domain listed twice
 * among the needs or among the coverage figures is rejected with {@link IllegalArgumentException}.
 */
public final class DomainGaps {

	/**
	 * What counts as a high need and a low coverage.
	 *
	 * @param minNeedIndex the need index from which the need is high
	 * @param maxActiveProjects the number of active projects up to which the coverage is low
	 * @param minActors the number of actors below which the coverage is low
	 */
	public record Thresholds(double minNeedIndex, int maxActiveProjects, int minActors) {

		/** 1.1, 1 project, 3 actors. */
		public static final Thresholds DEFAULT = new Thresholds(1.1, 1, 3);
	}

	private static final Comparator<DomainGap> BY_SEVERITY = Comparator.comparingDouble(DomainGap::severity)
		.reversed()
		.thenComparing(DomainGap::domain);

	private final List<DomainNeed> needs;

	private final Map<String, DomainCoverage> coverage;

	private final Thresholds thresholds;

	private @Nullable List<DomainGap> gaps;

	/**
	 * @param needs the needs per domain
	 * @param coverage the coverage figures per domain
	 */
	public DomainGaps(List<DomainNeed> needs, List<DomainCoverage> coverage) {
		this(needs, coverage, Thresholds.DEFAULT);
	}

	/**
	 * @param needs the needs per domain
	 * @param coverage the coverage figures per domain
	 * @param thresholds what counts as a high need and a low coverage
	 */
	public DomainGaps(List<DomainNeed> needs, List<DomainCoverage> coverage, Thresholds thresholds) {
		this.needs = List.copyOf(Objects.requireNonNull(needs, "needs"));
		this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
		Set<String> seen = new HashSet<>();
		for (DomainNeed need : this.needs) {
			if (!seen.add(need.domain())) {
				throw new IllegalArgumentException("domain listed twice among the needs: " + need.domain());
			}
		}
		this.coverage = new HashMap<>();
		for (DomainCoverage figures : Objects.requireNonNull(coverage, "coverage")) {
			if (this.coverage.put(figures.domain(), figures) != null) {
				throw new IllegalArgumentException("domain listed twice in the coverage: " + figures.domain());
			}
		}
	}

	/** The domain gaps, most severe first, then by domain code. */
	public List<DomainGap> gaps() {
		if (this.gaps == null) {
			List<DomainGap> result = new ArrayList<>();
			for (DomainNeed need : this.needs) {
				DomainCoverage figures = this.coverage.getOrDefault(need.domain(),
						new DomainCoverage(need.domain(), 0, 0));
				boolean fewProjects = figures.activeProjects() <= this.thresholds.maxActiveProjects();
				boolean fewActors = figures.actors() < this.thresholds.minActors();
				if (need.needIndex() >= this.thresholds.minNeedIndex() && (fewProjects || fewActors)) {
					double deficit = (1.0 / (1 + figures.activeProjects()) + 1.0 / (1 + figures.actors())) / 2;
					double severity = Math.max(0.0, need.needIndex() - 1.0) * deficit;
					result.add(new DomainGap(need.domain(), need.needIndex(), figures.activeProjects(),
							figures.actors(), severity, need.indicators(),
							reason(need, figures, fewProjects, fewActors)));
				}
			}
			result.sort(BY_SEVERITY);
			this.gaps = List.copyOf(result);
		}
		return this.gaps;
	}

	private static String reason(DomainNeed need, DomainCoverage figures, boolean fewProjects, boolean fewActors) {
		String ratio = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE))
			.format(need.needIndex()) + " fois la référence nationale";
		String level = switch (need.indicators().size()) {
			case 0 -> ratio;
			case 1 -> need.indicators().get(0) + " " + ratio;
			default -> String.join(", ", need.indicators()) + " : " + ratio;
		};
		List<String> coverage = new ArrayList<>();
		if (fewProjects) {
			coverage.add(switch (figures.activeProjects()) {
				case 0 -> "aucun projet actif";
				case 1 -> "un seul projet actif";
				default -> figures.activeProjects() + " projets actifs";
			});
		}
		if (fewActors) {
			coverage.add(switch (figures.actors()) {
				case 0 -> "aucun acteur";
				case 1 -> "un seul acteur";
				default -> "seulement " + figures.actors() + " acteurs";
			});
		}
		return "besoin élevé (" + level + ") et " + String.join(", ", coverage);
	}
}
