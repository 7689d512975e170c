package org.alliancegraph.analysis.suggestion;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.alliancegraph.analysis.ActorNode;
import org.alliancegraph.analysis.Reason;

/**
 * Why an alliance is suggested, as codes and values and in French: {@value #COMMON_PARTNERS} ({@code count}),
 * {@value #COMPLEMENTARY_SECTORS} ({@code sectors}: the two codes), {@value #SHARED_DOMAINS} ({@code domains}: their
 * codes), {@value #SAME_TERRITORY} or {@value #NEIGHBOURING_TERRITORIES}; in French "3 partenaires en commun",
 * "secteurs complémentaires : association et entreprise", "domaines partagés : mobilité", "même territoire" or
 * "territoires voisins", sectors and domains named with the caller's {@code labelOf} (the code itself when it has no
 * label).
 */
public final class SuggestionReasons {

	public static final String COMMON_PARTNERS = "COMMON_PARTNERS";

	public static final String COMPLEMENTARY_SECTORS = "COMPLEMENTARY_SECTORS";

	public static final String SHARED_DOMAINS = "SHARED_DOMAINS";

	public static final String SAME_TERRITORY = "SAME_TERRITORY";

	public static final String NEIGHBOURING_TERRITORIES = "NEIGHBOURING_TERRITORIES";

	private final Function<String, String> labelOf;

	private final BiPredicate<String, String> neighbouringTerritories;

	SuggestionReasons(Function<String, String> labelOf, BiPredicate<String, String> neighbouringTerritories) {
		this.labelOf = labelOf;
		this.neighbouringTerritories = neighbouringTerritories;
	}

	/** The reasons of the pair (a, b) whose indices are given, in the order they are said. */
	List<Reason> of(ActorNode a, ActorNode b, Indices indices) {
		List<Reason> why = new ArrayList<>();
		why.add(Reason.of(COMMON_PARTNERS, "count", indices.commonNeighbors()));
		if (!a.sector().equals(b.sector())) {
			why.add(Reason.of(COMPLEMENTARY_SECTORS, "sectors", List.of(a.sector(), b.sector())));
		}
		// in the order of their French labels, the order of the French reason
		Collator french = Collator.getInstance(Locale.FRENCH);
		List<String> shared = a.domains().stream().filter(b.domains()::contains).distinct()
			.sorted(Comparator.comparing(this::label, french)).toList();
		if (!shared.isEmpty()) {
			why.add(Reason.of(SHARED_DOMAINS, "domains", shared));
		}
		if (a.territory().equals(b.territory())) {
			why.add(Reason.of(SAME_TERRITORY));
		}
		else if (this.neighbouringTerritories.test(a.territory(), b.territory())) {
			why.add(Reason.of(NEIGHBOURING_TERRITORIES));
		}
		return why;
	}

	/** The reasons in French, sectors and domains named by their labels. */
	List<String> french(List<Reason> why) {
		List<String> reasons = new ArrayList<>(why.size());
		for (Reason reason : why) {
			reasons.add(switch (reason.code()) {
				case COMMON_PARTNERS -> {
					long common = (long) reason.number("count");
					yield common + (common == 1 ? " partenaire en commun" : " partenaires en commun");
				}
				case COMPLEMENTARY_SECTORS -> {
					List<String> sectors = codes(reason, "sectors");
					yield "secteurs complémentaires : " + label(sectors.get(0)) + " et " + label(sectors.get(1));
				}
				case SHARED_DOMAINS -> {
					List<String> domains = codes(reason, "domains");
					yield (domains.size() == 1 ? "domaine partagé : " : "domaines partagés : ")
							+ String.join(", ", domains.stream().map(this::label).toList());
				}
				case SAME_TERRITORY -> "même territoire";
				case NEIGHBOURING_TERRITORIES -> "territoires voisins";
				default -> throw new IllegalArgumentException("unknown reason " + reason.code());
			});
		}
		return reasons;
	}

	@SuppressWarnings("unchecked")
	private static List<String> codes(Reason reason, String name) {
		return (List<String>) reason.values().get(name);
	}

	private String label(String code) {
		String label = this.labelOf.apply(code);
		return (label == null || label.isBlank()) ? code : label;
	}
}
