package org.alliancegraph.analysis.catalyst;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alliancegraph.analysis.Reason;

/**
 * Why an actor ranks where it does, built from its figures: as reasons (a code and its values, said in any
 * language by who shows them) and as the French sentence of the API's {@code explanation}, e.g. "relie 4
 * secteurs et 3 territoires ; 38 % des plus courts chemins entre acteurs passent par lui ; courtier entre
 * secteurs dans 12 cas ; 5,2 partenaires non redondants sur 7".
 *
 * <p>Reasons, in order: {@value #SECTORS_AND_TERRITORIES} ({@code sectors}, {@code territories}) the sectors and
 * territories it connects; {@value #PATHS_THROUGH} ({@code share}, the normalised betweenness, {@code estimated})
 * or {@value #NO_PATHS_THROUGH}; its brokerage, {@value #BROKER_BETWEEN_SECTORS} ({@code count}), else
 * {@value #BROKER_WITHIN_SECTOR} ({@code count}), else {@value #SINGLE_PARTNER} or {@value #PARTNERS_ALL_TIED};
 * {@value #NON_REDUNDANT_PARTNERS} ({@code effectiveSize} to one decimal, {@code partners}) from two partners on.
 * An actor without partner has the one reason {@value #NO_PARTNER}. The French sentence joins the clauses with
 * " ; " and follows French agreement: singular below 2 ("1,5 partenaire"), "cas" invariable.
 */
final class CatalystExplanation {

	static final String NO_PARTNER = "NO_PARTNER";

	static final String SECTORS_AND_TERRITORIES = "SECTORS_AND_TERRITORIES";

	static final String PATHS_THROUGH = "PATHS_THROUGH";

	static final String NO_PATHS_THROUGH = "NO_PATHS_THROUGH";

	static final String BROKER_BETWEEN_SECTORS = "BROKER_BETWEEN_SECTORS";

	static final String BROKER_WITHIN_SECTOR = "BROKER_WITHIN_SECTOR";

	static final String SINGLE_PARTNER = "SINGLE_PARTNER";

	static final String PARTNERS_ALL_TIED = "PARTNERS_ALL_TIED";

	static final String NON_REDUNDANT_PARTNERS = "NON_REDUNDANT_PARTNERS";

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
	 * @return the reasons, in the order of the sentence
	 */
	static List<Reason> reasons(int degree, int sectors, int territories, double betweennessNormalized,
			boolean estimated, BrokerageCounts brokerage, double effectiveSize) {
		if (degree == 0) {
			return List.of(Reason.of(NO_PARTNER));
		}
		List<Reason> reasons = new ArrayList<>(4);
		reasons.add(Reason.of(SECTORS_AND_TERRITORIES, "sectors", sectors, "territories", territories));
		reasons.add(betweennessNormalized > 1e-12
				? Reason.of(PATHS_THROUGH, "share", betweennessNormalized, "estimated", estimated)
				: Reason.of(NO_PATHS_THROUGH));
		long between = brokerage.betweenGroups();
		long within = brokerage.total();
		if (between > 0) {
			reasons.add(Reason.of(BROKER_BETWEEN_SECTORS, "count", between));
		}
		else if (within > 0) {
			reasons.add(Reason.of(BROKER_WITHIN_SECTOR, "count", within));
		}
		else {
			reasons.add(Reason.of(degree == 1 ? SINGLE_PARTNER : PARTNERS_ALL_TIED));
		}
		if (degree >= 2) {
			reasons.add(Reason.of(NON_REDUNDANT_PARTNERS, "effectiveSize", Math.round(effectiveSize * 10) / 10.0,
					"partners", degree));
		}
		return List.copyOf(reasons);
	}

	/** The French sentence of the reasons, starting with a lower-case verb so it can follow the actor's name. */
	static String french(List<Reason> reasons) {
		List<String> clauses = new ArrayList<>(reasons.size());
		for (Reason reason : reasons) {
			clauses.add(switch (reason.code()) {
				case NO_PARTNER -> "aucun partenaire actif dans le périmètre : acteur isolé, aucun chemin entre acteurs "
						+ "ne passe par lui";
				case SECTORS_AND_TERRITORIES -> "relie " + count(reason.number("sectors"), "secteur", "secteurs")
						+ " et " + count(reason.number("territories"), "territoire", "territoires");
				case PATHS_THROUGH -> paths(reason.number("share"), Boolean.TRUE.equals(reason.values().get("estimated")));
				case NO_PATHS_THROUGH -> "aucun plus court chemin entre deux autres acteurs ne passe par lui";
				case BROKER_BETWEEN_SECTORS -> "courtier entre secteurs dans " + (long) reason.number("count") + " cas";
				case BROKER_WITHIN_SECTOR -> "intermédiaire entre partenaires d'un même secteur dans "
						+ (long) reason.number("count") + " cas";
				case SINGLE_PARTNER -> "un seul partenaire";
				case PARTNERS_ALL_TIED -> "ses partenaires sont tous déjà liés entre eux";
				case NON_REDUNDANT_PARTNERS -> {
					double size = reason.number("effectiveSize");
					yield decimal(size) + " " + (size < 2 ? "partenaire non redondant" : "partenaires non redondants")
							+ " sur " + (long) reason.number("partners");
				}
				default -> throw new IllegalArgumentException("unknown reason " + reason.code());
			});
		}
		return String.join(" ; ", clauses);
	}

	/** The French sentence of an actor's figures (see {@link #reasons}). */
	static String of(int degree, int sectors, int territories, double betweennessNormalized, boolean estimated,
			BrokerageCounts brokerage, double effectiveSize) {
		return french(reasons(degree, sectors, territories, betweennessNormalized, estimated, brokerage,
				effectiveSize));
	}

	private static String paths(double normalized, boolean estimated) {
		long percent = Math.round(normalized * 100);
		String share = percent < 1 ? "moins de 1 %" : percent + " %";
		return (estimated ? "environ " : "") + share + " des plus courts chemins entre acteurs passent par lui";
	}

	private static String count(double value, String singular, String plural) {
		return (long) value + " " + (value < 2 ? singular : plural);
	}

	/** A value rounded to one decimal, written with a French comma, the decimal dropped when zero. */
	private static String decimal(double rounded) {
		if (rounded == Math.rint(rounded)) {
			return Long.toString((long) rounded);
		}
		return String.format(FRENCH, "%.1f", rounded);
	}
}
