package org.alliancegraph.partnership;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.alliancegraph.project.ActorRole;
import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.write.ExistingKeys;
import org.alliancegraph.write.PendingKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What makes a batch of partnerships valid: type, dates, intensity, at least two distinct existing members,
 * supported projects that exist, domains. Declared once, for single writes and imports alike.
 */
@Component
class PartnershipValidation {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	static final int MAX_DESCRIPTION = 5000;

	private final ReferenceVocabularies vocabularies;

	private final ExistingKeys existing;

	PartnershipValidation(ReferenceVocabularies vocabularies, ExistingKeys existing) {
		this.vocabularies = vocabularies;
		this.existing = existing;
	}

	/**
	 * Checks a batch of partnerships (one for a single write, many for an import). Actors and projects they
	 * reference may exist in the database or be among {@code pending}; existence is checked in one query
	 * per kind for the whole batch.
	 *
	 * @param errors errors about the batch as a whole (partnerships have none so far: the import checks
	 *     duplicate keys)
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code partnerships[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<PartnershipRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		Set<String> actors = new HashSet<>();
		Set<String> projects = new HashSet<>();
		for (PartnershipRequest r : requests) {
			r.members().stream().filter(m -> m != null && m.actor() != null).forEach(m -> actors.add(m.actor()));
			r.supports().stream().filter(Objects::nonNull).forEach(projects::add);
		}
		Set<String> knownActors = PendingKeys.known(actors, pending.actors(), existing::actors);
		Set<String> knownProjects = PendingKeys.known(projects, pending.projects(), existing::projects);
		for (int i = 0; i < requests.size(); i++) {
			PartnershipRequest r = requests.get(i);
			InputErrors at = errorsAt.apply(i);
			validateFields(r, at);
			validateMembers(r, knownActors, at);
			for (int s = 0; s < r.supports().size(); s++) {
				String project = r.supports().get(s);
				if (project == null || !knownProjects.contains(project)) {
					at.add("supports[" + s + "]", project, "projet inconnu");
				}
			}
			for (int d = 0; d < r.domains().size(); d++) {
				String domain = r.domains().get(d);
				if (domain == null || !vocabularies.contains(Vocabulary.DOMAINS, domain)) {
					at.add("domains[" + d + "]", domain, unknownCode(Vocabulary.DOMAINS));
				}
			}
		}
	}

	private void validateFields(PartnershipRequest r, InputErrors at) {
		if (r.id() == null || r.id().isBlank()) {
			at.add("id", r.id(), "l'identifiant est obligatoire");
		}
		else if (!ID.matcher(r.id()).matches()) {
			at.add("id", r.id(), "identifiant mal formé : de 1 à 100 lettres, chiffres ou « _ . : - »");
		}
		if (r.type() == null || !vocabularies.contains(Vocabulary.PARTNERSHIP_TYPES, r.type())) {
			at.add("type", r.type(), unknownCode(Vocabulary.PARTNERSHIP_TYPES));
		}
		if (r.start() == null) {
			at.add("start", null, "la date de début est obligatoire");
		}
		else if (r.end() != null && r.end().isBefore(r.start())) {
			at.add("end", r.end(), "la fin précède le début (" + r.start() + ")");
		}
		if (r.intensity() != null && (r.intensity() < 1 || r.intensity() > 3)) {
			at.add("intensity", r.intensity(), "l'intensité va de 1 (faible) à 3 (forte)");
		}
		if (r.description() != null && r.description().length() > MAX_DESCRIPTION) {
			at.add("description", r.description().substring(0, 50) + "…",
					"la description dépasse " + MAX_DESCRIPTION + " caractères");
		}
	}

	private static void validateMembers(PartnershipRequest r, Set<String> knownActors, InputErrors at) {
		Map<String, Integer> seen = new HashMap<>();
		for (int k = 0; k < r.members().size(); k++) {
			MemberRequest m = r.members().get(k);
			String path = "members[" + k + "]";
			if (m == null) {
				at.add(path, null, "membre vide");
				continue;
			}
			if (m.actor() == null || m.actor().isBlank()) {
				at.add(path + ".actor", m.actor(), "l'acteur est obligatoire");
			}
			else {
				Integer first = seen.putIfAbsent(m.actor(), k);
				if (first != null) {
					at.add(path + ".actor", m.actor(), "acteur déjà membre (members[" + first + "])");
				}
				else if (!knownActors.contains(m.actor())) {
					at.add(path + ".actor", m.actor(), "acteur inconnu");
				}
			}
			if (m.role() == null || !ActorRole.NAMES.contains(m.role())) {
				at.add(path + ".role", m.role(), "rôle inconnu ; " + ActorRole.EXPECTED_FR);
			}
		}
		if (seen.size() < 2) {
			at.add("members", r.members().stream().map(m -> m == null ? null : m.actor()).toList(),
					"un partenariat réunit au moins deux acteurs distincts");
		}
	}

	private static String unknownCode(Vocabulary vocabulary) {
		return vocabulary.nameFr() + " inconnu ; voir /api/v1/reference/" + vocabulary.path();
	}
}
