package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.media.Schema;
import org.alliancegraph.write.EntityRequest;
import org.jspecify.annotations.Nullable;

/**
 * A project as written by a client or an import document. Lists keep the client's order (errors name their
 * index); {@link #content()} gives the order-free form that tells an unchanged upsert.
 *
 * @param id its stable identifier: 1 to 100 letters, digits, or {@code _ . : -}
 * @param name its name
 * @param description what it is about (optional)
 * @param phase EMERGENCE, EXPERIMENTATION, DEPLOYMENT or CAPITALISATION
 * @param start when it started
 * @param end when it ended or will end (null: open)
 * @param targets codes of the territories it targets
 * @param domains codes of its domains of action
 * @param sdgs the numbers (1–17) of the SDGs it contributes to
 * @param levers codes of the acceleration levers it uses
 * @param contributors the actors contributing to it, each once
 * @param funders its fundings
 * @param version for an update: the version read, so that a concurrent change is detected (optional)
 */
public record ProjectRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name, @Nullable String description,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, implementation = ProjectPhase.class) @Nullable String phase,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate start, @Nullable LocalDate end,
		@Schema(description = "Codes des territoires visés / "
				+ "codes of the territories it targets") @Nullable List<String> targets,
		@Schema(description = "Codes de domaines d'action ; voir /api/v1/reference/domains / "
				+ "domain codes") @Nullable List<String> domains,
		@Schema(description = "Numéros d'ODD, de 1 à 17 ; voir /api/v1/reference/sdgs / "
				+ "SDG numbers, 1 to 17") @Nullable List<Integer> sdgs,
		@Schema(description = "Codes de leviers ; voir /api/v1/reference/levers / "
				+ "lever codes") @Nullable List<String> levers,
		@Nullable List<ContributorRequest> contributors, @Nullable List<FunderRequest> funders,
		@Schema(description = "Pour une mise à jour : la version lue / "
				+ "for an update: the version read") @Nullable Long version) implements EntityRequest<ProjectRequest> {

	static final Comparator<ContributorRequest> CONTRIBUTOR_ORDER = Comparator
		.comparing(ContributorRequest::actor, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

	static final Comparator<FunderRequest> FUNDER_ORDER = Comparator
		.comparing(FunderRequest::actor, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
		.thenComparing(FunderRequest::year, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
		.thenComparing(FunderRequest::instrument, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
		.thenComparing(FunderRequest::amountEur, Comparator.nullsFirst(Comparator.<Double>naturalOrder()));

	public ProjectRequest {
		targets = targets == null ? List.of() : targets.stream().toList();
		domains = domains == null ? List.of() : domains.stream().toList();
		sdgs = sdgs == null ? List.of() : sdgs.stream().toList();
		levers = levers == null ? List.of() : levers.stream().toList();
		LocalDate projectStart = start;
		contributors = contributors == null ? List.of()
				: contributors.stream()
					.map(c -> c == null || c.since() != null || projectStart == null ? c : c.withSince(projectStart))
					.toList();
		funders = funders == null ? List.of() : funders.stream().toList();
	}

	@Override
	public List<String> namedTerritories() {
		return EntityRequest.distinct(targets.stream());
	}

	@Override
	public List<String> namedActors() {
		return EntityRequest.distinct(
				Stream.concat(contributors.stream().map(ContributorRequest::actor), funders.stream().map(FunderRequest::actor)));
	}

	@Override
	public @Nullable String key() {
		return id;
	}

	@Override
	public ProjectRequest withKey(String newKey) {
		return new ProjectRequest(newKey, name, description, phase, start, end, targets, domains, sdgs, levers,
				contributors, funders, version);
	}

	/** The same content, sorted and without duplicates where the graph has none, and without the version. */
	@Override
	public ProjectRequest content() {
		return new ProjectRequest(id, name, description, phase, start, end,
				targets.stream().distinct().sorted().toList(), domains.stream().distinct().sorted().toList(),
				sdgs.stream().distinct().sorted().toList(), levers.stream().distinct().sorted().toList(),
				contributors.stream().sorted(CONTRIBUTOR_ORDER).toList(),
				funders.stream().sorted(FUNDER_ORDER).toList(), null);
	}
}
