package org.alliancegraph.neo4j;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a user types in a search box, as a query of the name full-text indexes of {@code cypher/V007}: the words,
 * folded as the indexes' {@code standard-folding} analyzer folds names (accents, ligatures and case), each required,
 * each matching a whole word or the start of one, the whole word counting more. "st" and "ste" stand for "saint"
 * and "sainte", as in place names ("st etienne" finds Saint-Étienne). The analyzer keeps a French elision with its
 * word ("l'accès" is one word), so a word is also looked for after l', d', j', m', n', s', t', c' and qu' ("acces"
 * finds « l'accès »). Only letters and digits are kept, so nothing typed is read as Lucene syntax.
 */
public final class NameSearch {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");

	private static final List<String> ELISIONS = List.of("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'");

	private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "sts", "saints",
			"stes", "saintes");

	private NameSearch() {
	}

	/** The full-text query for {@code typed}; null when it holds no word (or is null). */
	public static @Nullable String query(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		List<String> clauses = new ArrayList<>();
		for (String word : NOT_A_WORD.split(fold(typed))) {
			if (!word.isEmpty()) {
				String term = ABBREVIATIONS.getOrDefault(word, word);
				StringBuilder clause = new StringBuilder("+(").append(term).append("^2 ").append(term).append('*');
				ELISIONS.forEach(elision -> clause.append(' ').append(elision).append(term).append('*'));
				clauses.add(clause.append(')').toString());
			}
		}
		return clauses.isEmpty() ? null : String.join(" ", clauses);
	}

	/** Lower case without accents: "Œuvre de Santé" → "oeuvre de sante". */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
			.replace("ø", "o").replace("ł", "l").replace("đ", "d");
	}
}
