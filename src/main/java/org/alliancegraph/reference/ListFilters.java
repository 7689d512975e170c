package org.alliancegraph.reference;

import java.util.List;

import org.alliancegraph.write.ExistingKeys;
import org.alliancegraph.web.InputErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The checks of the lists' filters: a code that is in no vocabulary, or a key that names nothing, is an error
 * (422) rather than an empty page, so that a typing mistake does not pass for an absence.
 */
@Component
public class ListFilters {

	private final ReferenceVocabularies vocabularies;

	private final ExistingKeys existingKeys;

	ListFilters(ReferenceVocabularies vocabularies, ExistingKeys existingKeys) {
		this.vocabularies = vocabularies;
		this.existingKeys = existingKeys;
	}

	/** {@code code}, when given, must be in {@code vocabulary}. */
	public void code(InputErrors errors, String parameter, @Nullable String code, Vocabulary vocabulary) {
		if (code != null && !code.isBlank() && !vocabularies.contains(vocabulary, code.strip())) {
			errors.add(parameter, code, vocabulary.nameFr() + " inconnu ; voir /api/v1/reference/" + vocabulary.path());
		}
	}

	/** {@code value}, when given, must be one of {@code values}; {@code unknownFr} says it is not ("phase inconnue"). */
	public void oneOf(InputErrors errors, String parameter, @Nullable String value, List<String> values,
			String unknownFr) {
		if (value != null && !value.isBlank() && !values.contains(value.strip())) {
			errors.add(parameter, value, unknownFr + " ; attendu : " + String.join(", ", values));
		}
	}

	/** {@code code}, when given, must be a stored territory. */
	public void territory(InputErrors errors, String parameter, @Nullable String code) {
		if (code != null && !code.isBlank() && existingKeys.territories(List.of(code.strip())).isEmpty()) {
			errors.add(parameter, code, "territoire inconnu");
		}
	}

	/** {@code id}, when given, must be a stored actor. */
	public void actor(InputErrors errors, String parameter, @Nullable String id) {
		if (id != null && !id.isBlank() && existingKeys.actors(List.of(id.strip())).isEmpty()) {
			errors.add(parameter, id, "acteur inconnu");
		}
	}
}
