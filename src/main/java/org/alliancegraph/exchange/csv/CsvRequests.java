package org.alliancegraph.exchange.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.partnership.MemberRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.project.ContributorRequest;
import org.alliancegraph.project.FunderRequest;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.territory.TerritoryRequest;
import org.jspecify.annotations.Nullable;

/**
 * What the columns of each CSV file mean: the request a row gives, the same as the JSON document's entry, with
 * their links (read from their own files) for projects and partnerships.
 */
final class CsvRequests {

	private CsvRequests() {
	}

	static TerritoryRequest territory(CsvRow row) {
		Map<String, Double> indicators = new TreeMap<>();
		for (String pair : row.list("indicators")) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				row.error("indicators", pair, "indicateur attendu sous la forme CODE=valeur (ex. POVERTY_RATE=15.4)");
			}
			else {
				indicators.put(pair.substring(0, eq).strip(), row.decimal("indicators", pair.substring(eq + 1).strip()));
			}
		}
		return new TerritoryRequest(row.text("code"), row.text("name"), row.text("level"), row.integer("population"),
				row.list("partOf"), indicators, null);
	}

	static ActorRequest actor(CsvRow row) {
		return new ActorRequest(row.text("id"), row.text("name"), row.text("sector"), row.text("locatedIn"),
				row.list("activeIn"), row.text("siren"), row.text("siret"), row.text("rna"), row.text("size"),
				row.text("website"), row.text("description"), row.list("missions"), null);
	}

	static ProjectRequest project(CsvRow row, @Nullable String id, List<ContributorRequest> contributors,
			List<FunderRequest> funders) {
		List<Integer> sdgs = new ArrayList<>();
		for (String sdg : row.list("sdgs")) {
			try {
				sdgs.add(Integer.valueOf(sdg));
			}
			catch (NumberFormatException ex) {
				row.error("sdgs", sdg, "ODD : un numéro de 1 à 17 attendu");
			}
		}
		return new ProjectRequest(id, row.text("name"), row.text("description"), row.text("phase"), row.date("start"),
				row.date("end"), row.list("targets"), row.list("domains"), sdgs, row.list("levers"), contributors,
				funders, null);
	}

	static ContributorRequest contributor(CsvRow row) {
		return new ContributorRequest(row.text("actor"), row.text("role"), row.date("since"), row.date("until"));
	}

	static FunderRequest funder(CsvRow row) {
		return new FunderRequest(row.text("actor"), row.decimal("amountEur"), row.smallInteger("year"),
				row.text("instrument"));
	}

	static PartnershipRequest partnership(CsvRow row, @Nullable String id, List<MemberRequest> members) {
		return new PartnershipRequest(id, row.text("type"), row.date("start"), row.date("end"),
				row.smallInteger("intensity"), row.text("description"), members, row.list("supports"),
				row.list("domains"), null);
	}

	static MemberRequest member(CsvRow row) {
		return new MemberRequest(row.text("actor"), row.text("role"));
	}
}
