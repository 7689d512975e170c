package org.alliancegraph.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.articulation.ArticulationPoint;
import org.alliancegraph.analysis.articulation.Bridge;
import org.alliancegraph.analysis.articulation.TerritoryLink;
import org.alliancegraph.analysis.gap.GapReport;
import org.alliancegraph.reference.ReferenceEntry;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.scopeanalysis.AnalysisAnswers;
import org.alliancegraph.territory.TerritoryService;
import org.springframework.stereotype.Component;

/**
 * The names a report prints for the codes and ids of its answers: vocabularies and phases in the report's
 * language, and the territories and actors the answers name.
 */
@Component
class DiagnosticLabels {

	static final List<String> PHASES = List.of("EMERGENCE", "EXPERIMENTATION", "DEPLOYMENT", "CAPITALISATION");

	static final List<String> LEVELS = List.of("REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "CUSTOM");

	private final ReferenceVocabularies vocabularies;

	private final TerritoryService territories;

	private final ReportTexts texts;

	DiagnosticLabels(ReferenceVocabularies vocabularies, TerritoryService territories, ReportTexts texts) {
		this.vocabularies = vocabularies;
		this.territories = territories;
		this.texts = texts;
	}

	DiagnosticReport.Labels of(String lang, DiagnosticReport.Identity identity,
			AnalysisAnswers.Articulations articulations, List<DiagnosticReport.NeighbourLink> neighbourLinks,
			GapReport gaps, Map<String, ActorNode> actors) {
		Set<String> codes = new TreeSet<>();
		codes.add(identity.code());
		identity.parents().forEach(p -> codes.add(p.code()));
		Set<String> ids = new TreeSet<>(gaps.isolatedActors());
		for (ArticulationPoint point : articulations.articulationPoints()) {
			codes.addAll(point.separates());
		}
		for (Bridge bridge : articulations.bridges()) {
			codes.addAll(bridge.separates());
			ids.add(bridge.source());
			ids.add(bridge.target());
		}
		for (TerritoryLink link : articulations.territoryLinks()) {
			codes.add(link.a());
			codes.add(link.b());
			ids.addAll(link.carriers());
		}
		for (DiagnosticReport.NeighbourLink link : neighbourLinks) {
			codes.add(link.parent());
			codes.add(link.other());
			ids.addAll(link.link().carriers());
		}
		Map<String, String> actorNames = new LinkedHashMap<>();
		ids.forEach(id -> {
			ActorNode actor = actors.get(id);
			actorNames.put(id, actor == null ? id : actor.name());
		});
		Map<String, String> territoryNames = new LinkedHashMap<>();
		territories.byCodes(codes).forEach((code, territory) -> territoryNames.put(code, territory.name()));
		return new DiagnosticReport.Labels(vocabulary(Vocabulary.SECTORS, lang),
				vocabulary(Vocabulary.PARTNERSHIP_TYPES, lang), fixed(PHASES, "phase.", lang),
				vocabulary(Vocabulary.DOMAINS, lang), vocabulary(Vocabulary.SDGS, lang), vocabulary(Vocabulary.LEVERS, lang),
				vocabulary(Vocabulary.INDICATORS, lang), fixed(LEVELS, "level.", lang), territoryNames, actorNames,
				vocabularies.sectorColours());
	}

	private Map<String, String> vocabulary(Vocabulary vocabulary, String lang) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (ReferenceEntry entry : vocabularies.entries(vocabulary)) {
			labels.put(entry.code(), entry.label(lang));
		}
		return labels;
	}

	private Map<String, String> fixed(List<String> codes, String prefix, String lang) {
		Map<String, String> labels = new LinkedHashMap<>();
		codes.forEach(c -> labels.put(c, texts.label(lang, prefix + c)));
		return labels;
	}
}
