package org.alliancegraph.analysis.catalyst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The French sentence that says why an actor ranks where it does, built from its figures, e.g.
 * "relie 4 secteurs et 3 territoires ; 38 % des plus courts chemins entre acteurs passent par lui ;
 * courtier entre secteurs dans 12 cas ; 5,2 partenaires non redondants sur 7".
 *
 * <p>Clauses, joined by " ; ": the sectors and territories it connects; the share of shortest paths
 * through it (its normalised betweenness, "environ" when estimated); its brokerage between sectors
 * (else within one sector, else why it brokers nothing); its effective size against its number of
 * partners. Agreement follows French rules: singular below 2 ("1,5 partenaire"), "cas" invariable.
 */
final class CatalystExplanation {

	private static final Locale FRENCH = Locale.FRANCE;

	private CatalystExplanation() {
	}

	/**
	 * @param degree the number of partners
	 * @param sectors the number of sectors among the partners
	 * @param territories the number of territories of the actor and its partners
	 * @param betweennessNormalized the normalised betweenness, in [0, 1]
	 * @param estimated whether the betweenness is a sampled estimate
	 * @param brokerage the brokerage counts (sector as group)
	 * @param effectiveSize Burt's effective size (NaN when degree is 0)
	 * @return the sentence, in French, starting with a lower-case verb so it can follow the actor's name
	 */
	static String of(int degree, int sectors, int territories, double betweennessNormalized, boolean estimated,
			BrokerageCounts brokerage, double effectiveSize) {
		if (degree == 0) {
			return "aucun partenaire actif dans le périmètre : acteur isolé, aucun chemin entre acteurs ne passe par lui";
		}
		List<String> clauses = new ArrayList<>(4);
		clauses.add("relie " + count(sectors, "secteur", "secteurs") + " et "
				+ count(territories, "territoire", "territoires"));
		clauses.add(paths(betweennessNormalized, estimated));
		clauses.add(brokerage(degree, brokerage));
		if (degree >= 2) {
			double rounded = Math.round(effectiveSize * 10) / 10.0;
			clauses.add(decimal(rounded) + " "
					+ (rounded < 2 ? "partenaire non redondant" : "partenaires non redondants") + " sur " + degree);
		}
		return String.join(" ; ", clauses);
	}

	private static String paths(double normalized, boolean estimated) {
		if (!(normalized > 1e-12)) {
			return "aucun plus court chemin entre deux autres acteurs ne passe par lui";
		}
		long percent = Math.round(normalized * 100);
		String share = percent < 1 ? "moins de 1 %" : percent + " %";
		return (estimated ? "environ " : "") + share + " des plus courts chemins entre acteurs passent par lui";
	}

	private static String brokerage(int degree, BrokerageCounts brokerage) {
		long between = brokerage.betweenGroups();
		if (between > 0) {
			return "courtier entre secteurs dans " + between + " cas";
		}
		long within = brokerage.total();
		if (within > 0) {
			return "intermédiaire entre partenaires d'un même secteur dans " + within + " cas";
		}
		return degree == 1 ? "un seul partenaire" : "ses partenaires sont tous déjà liés entre eux";
	}

	private static String count(long value, String singular, String plural) {
		return value + " " + (value < 2 ? singular : plural);
	}

	/** A value rounded to one decimal, written with a French comma, the decimal dropped when zero. */
	private static String decimal(double rounded) {
		if (rounded == Math.rint(rounded)) {
			return Long.toString((long) rounded);
		}
		return String.format(FRENCH, "%.1f", rounded);
	}
}
