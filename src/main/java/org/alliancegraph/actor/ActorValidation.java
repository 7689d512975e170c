package org.alliancegraph.actor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.alliancegraph.reference.ReferenceVocabularies;
import org.alliancegraph.reference.Vocabulary;
import org.alliancegraph.web.InputErrors;
import org.alliancegraph.write.ExistingKeys;
import org.alliancegraph.write.PendingKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What makes a batch of actors valid: identifiers, vocabularies, territories that exist, SIREN, SIRET and RNA well
 * formed and held by one actor only. Declared once, for single writes and imports alike.
 */
@Component
class ActorValidation {

	/** Sizes of organisation, after the INSEE categories (micro, PME, ETI, grande entreprise). */
	static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	/** The only sector whose actors may carry catalyst missions. */
	static final String NETWORK = "NETWORK";

	static final int MAX_DESCRIPTION = 10_000;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

	private static final Pattern RNA = Pattern.compile("W\\d{9}");

	/** Which actors hold given SIREN, SIRET and RNA numbers (one index seek per value). */
	private static final String HOLDERS = """
			UNWIND $sirens AS v MATCH (a:Actor {siren: v}) RETURN 'siren' AS field, v AS value, a.id AS holder
			UNION ALL
			UNWIND $sirets AS v MATCH (a:Actor {siret: v}) RETURN 'siret' AS field, v AS value, a.id AS holder
			UNION ALL
			UNWIND $rnas AS v MATCH (a:Actor {rna: v}) RETURN 'rna' AS field, v AS value, a.id AS holder""";

	private final Neo4jClient neo4j;

	private final ExistingKeys existingKeys;

	private final ReferenceVocabularies vocabularies;

	ActorValidation(Neo4jClient neo4j, ExistingKeys existingKeys, ReferenceVocabularies vocabularies) {
		this.neo4j = neo4j;
		this.existingKeys = existingKeys;
		this.vocabularies = vocabularies;
	}

	/**
	 * Checks a batch of actors (one for a single write, many for an import), collecting every error.
	 * Territories referenced by {@code locatedIn} and {@code activeIn} may exist in the database or be among
	 * {@code pending}. Within the batch, ids must be distinct and no two actors may share a SIREN, SIRET or
	 * RNA; against the database, none of these may be held by another actor (a number moving from one actor
	 * to another must first be removed from the one that holds it).
	 *
	 * @param errors errors about the batch as a whole (none at present; kept for the import's signature)
	 * @param errorsAt where the errors of the i-th request go (e.g. {@code actors[i]})
	 */
	@Transactional(readOnly = true)
	public void validate(List<ActorRequest> requests, PendingKeys pending, InputErrors errors,
			IntFunction<InputErrors> errorsAt) {
		validate(requests, pending, new ClaimedNumbers(), errors, errorsAt);
	}

	/**
	 * As {@link #validate(List, PendingKeys, InputErrors, IntFunction)} for one batch of a larger import checked
	 * batch by batch: {@code claimed} holds the numbers of the batches checked before, and receives this one's.
	 */
	@Transactional(readOnly = true)
	public void validate(List<ActorRequest> requests, PendingKeys pending, ClaimedNumbers claimed,
			InputErrors errors, IntFunction<InputErrors> errorsAt) {
		Set<String> territories = new HashSet<>();
		for (ActorRequest r : requests) {
			if (r.locatedIn() != null) {
				territories.add(r.locatedIn());
			}
			territories.addAll(r.activeIn());
		}
		Set<String> known = PendingKeys.known(territories, pending.territories(), existingKeys::territories);
		Map<String, Map<String, String>> holders = storedHolders(requests);

		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < requests.size(); i++) {
			ActorRequest r = requests.get(i);
			InputErrors at = errorsAt.apply(i);
			boolean idValid = validateId(r, at);
			if (idValid) {
				Integer first = positions.putIfAbsent(r.id(), i);
				if (first != null) {
					at.add("id", r.id(), "identifiant en double dans ce lot : déjà donné à l'acteur n° " + (first + 1));
				}
			}
			validateFields(r, at);
			validateTerritories(r, known, at);
			if (r.siren() != null && SirenNumber.isValidSiren(r.siren())) {
				checkUnique(r, "siren", "SIREN", r.siren(), holders, claimed, at);
			}
			if (r.siret() != null && SirenNumber.isValidSiret(r.siret())) {
				checkUnique(r, "siret", "SIRET", r.siret(), holders, claimed, at);
			}
			if (r.rna() != null && RNA.matcher(r.rna()).matches()) {
				checkUnique(r, "rna", "numéro RNA", r.rna(), holders, claimed, at);
			}
		}
	}

	private boolean validateId(ActorRequest r, InputErrors at) {
		if (r.id() == null || r.id().isBlank()) {
			at.add("id", r.id(), "l'identifiant est obligatoire");
			return false;
		}
		if (!ID.matcher(r.id()).matches()) {
			at.add("id", r.id(), "identifiant mal formé : 1 à 100 caractères parmi les lettres non accentuées, les"
					+ " chiffres et « _ », « . », « : », « - »");
			return false;
		}
		return true;
	}

	private void validateFields(ActorRequest r, InputErrors at) {
		if (r.name() == null || r.name().isBlank()) {
			at.add("name", r.name(), "le nom est obligatoire");
		}
		else if (r.name().length() > 200) {
			at.add("name", r.name(), "le nom dépasse 200 caractères");
		}
		if (r.sector() == null || r.sector().isBlank()) {
			at.add("sector", r.sector(), "le secteur est obligatoire ; voir " + referencePath(Vocabulary.SECTORS));
		}
		else if (!vocabularies.contains(Vocabulary.SECTORS, r.sector())) {
			at.add("sector", r.sector(), "secteur inconnu ; voir " + referencePath(Vocabulary.SECTORS));
		}
		String siren = r.siren();
		if (siren != null) {
			if (!SirenNumber.isWellFormedSiren(siren)) {
				at.add("siren", siren, "SIREN mal formé : 9 chiffres attendus, sans espace (ex. 732829320)");
			}
			else if (!SirenNumber.isValidSiren(siren)) {
				at.add("siren", siren, "SIREN invalide : la clé de contrôle (Luhn) ne correspond pas");
			}
		}
		String siret = r.siret();
		if (siret != null) {
			if (!SirenNumber.isWellFormedSiret(siret)) {
				at.add("siret", siret, "SIRET mal formé : 14 chiffres attendus, sans espace (ex. 73282932000074)");
			}
			else if (!SirenNumber.isValidSiret(siret)) {
				at.add("siret", siret, "SIRET invalide : la clé de contrôle (Luhn) ne correspond pas");
			}
			else if (siren != null && SirenNumber.isValidSiren(siren) && !siret.startsWith(siren)) {
				at.add("siret", siret, "le SIRET doit commencer par le SIREN de l'acteur (" + siren + ")");
			}
		}
		if (r.rna() != null && !RNA.matcher(r.rna()).matches()) {
			at.add("rna", r.rna(), "numéro RNA mal formé : « W » suivi de 9 chiffres attendu (ex. W751234567)");
		}
		if (r.size() != null && !SIZES.contains(r.size())) {
			at.add("size", r.size(), "taille inconnue ; attendu : MICRO, SMALL, MEDIUM ou LARGE");
		}
		if (r.website() != null && !isHttpUrl(r.website())) {
			at.add("website", r.website(),
					"adresse de site invalide : une URL complète en http:// ou https:// est attendue (ex. https://exemple.fr)");
		}
		if (r.description() != null && r.description().length() > MAX_DESCRIPTION) {
			at.add("description", r.description().substring(0, 80) + "…",
					"la description dépasse " + MAX_DESCRIPTION + " caractères");
		}
		// with an unknown sector, the sector error alone is reported
		if (!r.missions().isEmpty() && r.sector() != null && !NETWORK.equals(r.sector())
				&& vocabularies.contains(Vocabulary.SECTORS, r.sector())) {
			at.add("missions", r.missions(), "les missions de catalyseur ne concernent que les acteurs du secteur "
					+ NETWORK + " (tête de réseau, catalyseur territorial) ; secteur donné : " + r.sector());
		}
		for (int m = 0; m < r.missions().size(); m++) {
			String mission = r.missions().get(m);
			if (!vocabularies.contains(Vocabulary.CATALYST_MISSIONS, mission)) {
				at.add("missions[" + m + "]", mission,
						"mission de catalyseur inconnue ; voir " + referencePath(Vocabulary.CATALYST_MISSIONS));
			}
		}
	}

	private static void validateTerritories(ActorRequest r, Set<String> known, InputErrors at) {
		if (r.locatedIn() == null || r.locatedIn().isBlank()) {
			at.add("locatedIn", r.locatedIn(), "le territoire du siège est obligatoire");
		}
		else if (!known.contains(r.locatedIn())) {
			at.add("locatedIn", r.locatedIn(), "territoire inconnu");
		}
		for (int t = 0; t < r.activeIn().size(); t++) {
			String code = r.activeIn().get(t);
			if (!known.contains(code)) {
				at.add("activeIn[" + t + "]", code, "territoire inconnu");
			}
		}
	}

	/**
	 * A SIREN, SIRET or RNA may belong to one actor only: not to another actor of the database, nor to
	 * another actor of the same batch.
	 */
	private static void checkUnique(ActorRequest r, String field, String nameFr, String value,
			Map<String, Map<String, String>> holders, ClaimedNumbers claimed, InputErrors at) {
		String holder = holders.getOrDefault(field, Map.of()).get(value);
		if (holder != null && !holder.equals(r.id())) {
			at.add(field, value, nameFr + " déjà utilisé par l'acteur « " + holder + " »");
			return;
		}
		String first = claimed.claim(field, value, String.valueOf(r.id()));
		if (first != null && !first.equals(r.id())) {
			at.add(field, value, nameFr + " déjà utilisé par l'acteur « " + first + " » dans ce même lot");
		}
	}

	/** field → value → id of the stored actor holding it, for the numbers of the requests. */
	private Map<String, Map<String, String>> storedHolders(List<ActorRequest> requests) {
		Set<String> sirens = collect(requests, ActorRequest::siren);
		Set<String> sirets = collect(requests, ActorRequest::siret);
		Set<String> rnas = collect(requests, ActorRequest::rna);
		Map<String, Map<String, String>> holders = new HashMap<>();
		if (sirens.isEmpty() && sirets.isEmpty() && rnas.isEmpty()) {
			return holders;
		}
		neo4j.query(HOLDERS)
			.bindAll(Map.of("sirens", sirens, "sirets", sirets, "rnas", rnas))
			.fetch()
			.all()
			.forEach(row -> holders.computeIfAbsent((String) row.get("field"), f -> new HashMap<>())
				.put((String) row.get("value"), (String) row.get("holder")));
		return holders;
	}

	private static Set<String> collect(List<ActorRequest> requests, Function<ActorRequest, @Nullable String> field) {
		Set<String> values = new HashSet<>();
		for (ActorRequest r : requests) {
			String v = field.apply(r);
			if (v != null) {
				values.add(v);
			}
		}
		return values;
	}

	static String referencePath(Vocabulary vocabulary) {
		return "/api/v1/reference/" + vocabulary.path();
	}

	private static boolean isHttpUrl(String text) {
		if (text.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}
}
