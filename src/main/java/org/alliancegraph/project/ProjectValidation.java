package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.write.ExistingKeys;
import org.alliancegraph.write.PendingKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What makes a batch of projects valid: phase, dates, referenced territories and actors that exist, codes of the
 * vocabularies. Declared once, for single writes and imports alike.
 */
@Component
class ProjectValidation {

	static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	static final int MAX_DESCRIPTION = 5000;

	private final ReferenceVocabularies vocabularies;

	private final ExistingKeys existing;

	ProjectValidation(ReferenceVocabularies vocabularies, ExistingKeys existing) {
		this.vocabularies = vocabularies;
		this.existing = existing;
	}

	/**
	 * Checks a batch of projects (one for a single write, many for an import). Territories and actors they
	 * reference may exist in the database or be among {@code pending}; existence is checked in one query
	 * per kind for the whole batch.
	 *
	 * @param errors errors about the batch as a whole (projects have none so far: the import checks
	 *     duplicate keys)
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code projects[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<ProjectRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		Set<String> territories = new HashSet<>();
		Set<String> actors = new HashSet<>();
		for (ProjectRequest r : requests) {
			r.targets().stream().filter(Objects::nonNull).forEach(territories::add);
			r.contributors().stream().filter(c -> c != null && c.actor() != null).forEach(c -> actors.add(c.actor()));
			r.funders().stream().filter(f -> f != null && f.actor() != null).forEach(f -> actors.add(f.actor()));
		}
		Set<String> knownTerritories = PendingKeys.known(territories, pending.territories(), existing::territories);
		Set<String> knownActors = PendingKeys.known(actors, pending.actors(), existing::actors);
		for (int i = 0; i < requests.size(); i++) {
			ProjectRequest r = requests.get(i);
			InputErrors at = errorsAt.apply(i);
			validateFields(r, at);
			validateTargetsAndTags(r, knownTerritories, at);
			validateContributors(r, knownActors, at);
			validateFunders(r, knownActors, at);
		}
	}

	private static void validateFields(ProjectRequest r, InputErrors at) {
		if (r.id() == null || r.id().isBlank()) {
			at.add("id", r.id(), "l'identifiant est obligatoire");
		}
		else if (!ID.matcher(r.id()).matches()) {
			at.add("id", r.id(), "identifiant mal formé : de 1 à 100 lettres, chiffres ou « _ . : - »");
		}
		if (r.name() == null || r.name().isBlank()) {
			at.add("name", r.name(), "le nom est obligatoire");
		}
		else if (r.name().length() > 200) {
			at.add("name", r.name(), "le nom dépasse 200 caractères");
		}
		if (r.description() != null && r.description().length() > MAX_DESCRIPTION) {
			at.add("description", r.description().substring(0, 50) + "…",
					"la description dépasse " + MAX_DESCRIPTION + " caractères");
		}
		if (r.phase() == null || !ProjectPhase.NAMES.contains(r.phase())) {
			at.add("phase", r.phase(),
					"phase inconnue ; attendu : EMERGENCE, EXPERIMENTATION, DEPLOYMENT ou CAPITALISATION");
		}
		if (r.start() == null) {
			at.add("start", null, "la date de début est obligatoire");
		}
		else if (r.end() != null && r.end().isBefore(r.start())) {
			at.add("end", r.end(), "la fin précède le début (" + r.start() + ")");
		}
	}

	private void validateTargetsAndTags(ProjectRequest r, Set<String> knownTerritories, InputErrors at) {
		for (int t = 0; t < r.targets().size(); t++) {
			String code = r.targets().get(t);
			if (code == null || !knownTerritories.contains(code)) {
				at.add("targets[" + t + "]", code, "territoire inconnu");
			}
		}
		validateCodes(r.domains(), Vocabulary.DOMAINS, "domains", at);
		validateCodes(r.levers(), Vocabulary.LEVERS, "levers", at);
		for (int s = 0; s < r.sdgs().size(); s++) {
			Integer sdg = r.sdgs().get(s);
			if (sdg == null || !vocabularies.contains(Vocabulary.SDGS, sdg.toString())) {
				at.add("sdgs[" + s + "]", sdg, "ODD inconnu ; attendu : un numéro de 1 à 17");
			}
		}
	}

	private void validateContributors(ProjectRequest r, Set<String> knownActors, InputErrors at) {
		Map<String, Integer> seen = new HashMap<>();
		// dates are checked against the project's interval only when it is valid: one error is enough
		LocalDate start = r.start();
		LocalDate end = start != null && r.end() != null && !r.end().isBefore(start) ? r.end() : null;
		for (int k = 0; k < r.contributors().size(); k++) {
			ContributorRequest c = r.contributors().get(k);
			String path = "contributors[" + k + "]";
			if (c == null) {
				at.add(path, null, "contribution vide");
				continue;
			}
			validateActor(c.actor(), knownActors, path, at);
			if (c.actor() != null) {
				Integer first = seen.putIfAbsent(c.actor(), k);
				if (first != null) {
					at.add(path + ".actor", c.actor(),
							"acteur déjà cité parmi les contributeurs (contributors[" + first + "])");
				}
			}
			if (c.role() == null || !ActorRole.NAMES.contains(c.role())) {
				at.add(path + ".role", c.role(), "rôle inconnu ; " + ActorRole.EXPECTED_FR);
			}
			LocalDate since = c.since();
			if (since != null && start != null && since.isBefore(start)) {
				at.add(path + ".since", since, "la contribution commence avant le début du projet (" + start + ")");
			}
			else if (since != null && end != null && since.isAfter(end)) {
				at.add(path + ".since", since, "la contribution commence après la fin du projet (" + end + ")");
			}
			if (c.until() != null && since != null && c.until().isBefore(since)) {
				at.add(path + ".until", c.until(), "la fin de la contribution précède son début (" + since + ")");
			}
			else if (c.until() != null && end != null && c.until().isAfter(end)) {
				at.add(path + ".until", c.until(), "la contribution se termine après la fin du projet (" + end + ")");
			}
		}
	}

	private void validateFunders(ProjectRequest r, Set<String> knownActors, InputErrors at) {
		Map<List<Object>, Integer> seen = new HashMap<>();
		for (int k = 0; k < r.funders().size(); k++) {
			FunderRequest f = r.funders().get(k);
			String path = "funders[" + k + "]";
			if (f == null) {
				at.add(path, null, "financement vide");
				continue;
			}
			validateActor(f.actor(), knownActors, path, at);
			Double amount = f.amountEur();
			if (amount == null) {
				at.add(path + ".amountEur", null, "le montant est obligatoire");
			}
			else if (amount.isNaN() || amount.isInfinite() || amount < 0) {
				at.add(path + ".amountEur", amount, "le montant doit être un nombre positif ou nul");
			}
			if (f.year() == null) {
				at.add(path + ".year", null, "l'année est obligatoire");
			}
			else if (f.year() < 1990 || f.year() > 2100) {
				at.add(path + ".year", f.year(), "l'année doit être comprise entre 1990 et 2100");
			}
			if (f.instrument() != null && !vocabularies.contains(Vocabulary.FUNDING_INSTRUMENTS, f.instrument())) {
				at.add(path + ".instrument", f.instrument(), unknownCode(Vocabulary.FUNDING_INSTRUMENTS));
			}
			if (f.actor() != null) {
				List<Object> key = new ArrayList<>();
				key.add(f.actor());
				key.add(f.year());
				key.add(f.instrument());
				Integer first = seen.putIfAbsent(key, k);
				if (first != null) {
					at.add(path, f.actor(), "financement en double : même acteur, même année et même instrument que funders["
							+ first + "]");
				}
			}
		}
	}

	private static void validateActor(@Nullable String actor, Set<String> knownActors, String path, InputErrors at) {
		if (actor == null || actor.isBlank()) {
			at.add(path + ".actor", actor, "l'acteur est obligatoire");
		}
		else if (!knownActors.contains(actor)) {
			at.add(path + ".actor", actor, "acteur inconnu");
		}
	}

	private void validateCodes(List<String> codes, Vocabulary vocabulary, String field, InputErrors at) {
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (code == null || !vocabularies.contains(vocabulary, code)) {
				at.add(field + "[" + i + "]", code, unknownCode(vocabulary));
			}
		}
	}

	static String unknownCode(Vocabulary vocabulary) {
		return vocabulary.nameFr() + " inconnu ; voir /api/v1/reference/" + vocabulary.path();
	}
}
