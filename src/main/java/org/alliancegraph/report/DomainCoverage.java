package org.alliancegraph.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.alliancegraph.analysis.gap.DomainGap;
import org.alliancegraph.projection.ProjectedGraph;
import org.alliancegraph.projection.Scope;
import org.alliancegraph.projection.ScopeContext;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * Need against coverage for every domain, from the same sources as the gap analysis: the territory's
 * indicators (the highest need index of a domain's indicators), the active projects targeting the scope, and
 * the actors of the scope with a tie in the domain.
 */
@Component
class DomainCoverage {

	private final ScopeContext context;

	private final ReferenceVocabularies vocabularies;

	DomainCoverage(ScopeContext context, ReferenceVocabularies vocabularies) {
		this.context = context;
		this.vocabularies = vocabularies;
	}

	List<DiagnosticReport.DomainRow> rows(Scope scope, ProjectedGraph graph, List<DomainGap> gaps) {
		Map<String, Double> need = new HashMap<>();
		Map<String, Set<String>> indicators = new HashMap<>();
		for (ScopeContext.Indicator indicator : context.indicators(scope)) {
			double index = indicator.needIndex();
			if (Double.isFinite(index)) {
				need.merge(indicator.domain(), index, Math::max);
			}
			indicators.computeIfAbsent(indicator.domain(), d -> new TreeSet<>()).add(indicator.code());
		}
		Map<String, Integer> projects = context.activeProjectsByDomain(scope);
		Map<String, Integer> actors = new HashMap<>();
		graph.actors().vertexSet().forEach(a -> a.domains().forEach(d -> actors.merge(d, 1, Integer::sum)));
		Set<String> gapDomains = new HashSet<>();
		gaps.forEach(g -> gapDomains.add(g.domain()));
		return vocabularies.codes(Vocabulary.DOMAINS)
			.stream()
			.map(d -> new DiagnosticReport.DomainRow(d, need.get(d), List.copyOf(indicators.getOrDefault(d, Set.of())),
					projects.getOrDefault(d, 0), actors.getOrDefault(d, 0), gapDomains.contains(d)))
			.toList();
	}
}
