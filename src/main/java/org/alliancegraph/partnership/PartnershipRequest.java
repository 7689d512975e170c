package org.alliancegraph.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.alliancegraph.write.EntityRequest;
import org.jspecify.annotations.Nullable;

/**
 * A partnership as written by a client or an import document. Lists keep the client's order (errors name
 * their index); {@link #content()} gives the order-free form that tells an unchanged upsert.
 *
 * @param id its stable identifier: 1 to 100 letters, digits, or {@code _ . : -}
 * @param type a code of the {@code partnership-types} vocabulary
 * @param start when it began
 * @param end when it ended (null: still active)
 * @param intensity 1 (light) to 3 (strong), or null
 * @param description what it is about (optional)
 * @param members at least two distinct actors, each once, with their role
 * @param supports ids of the projects it supports
 * @param domains codes of its domains of action
 * @param version for an update: the version read, so that a concurrent change is detected (optional)
 */
public record PartnershipRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String id,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Code de type de partenariat ; voir "
				+ "/api/v1/reference/partnership-types / a partnership type code") @Nullable String type,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate start,
		@Schema(description = "Fin ; absente : toujours actif / end; absent: still active") @Nullable LocalDate end,
		@Schema(minimum = "1", maximum = "3") @Nullable Integer intensity, @Nullable String description,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Au moins deux acteurs distincts / "
				+ "at least two distinct actors") @Nullable List<MemberRequest> members,
		@Schema(description = "Identifiants des projets soutenus / "
				+ "ids of the projects it supports") @Nullable List<String> supports,
		@Schema(description = "Codes de domaines d'action ; voir /api/v1/reference/domains / "
				+ "domain codes") @Nullable List<String> domains,
		@Schema(description = "Pour une mise à jour : la version lue / "
				+ "for an update: the version"
				+ " read") @Nullable Long version) implements EntityRequest<PartnershipRequest> {

	static final Comparator<MemberRequest> MEMBER_ORDER = Comparator
		.comparing(MemberRequest::actor, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
		.thenComparing(MemberRequest::role, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

	public PartnershipRequest {
		members = members == null ? List.of() : members.stream().toList();
		supports = supports == null ? List.of() : supports.stream().toList();
		domains = domains == null ? List.of() : domains.stream().toList();
	}

	@Override
	public List<String> namedTerritories() {
		return List.of();
	}

	@Override
	public List<String> namedActors() {
		return EntityRequest.distinct(members.stream().map(MemberRequest::actor));
	}

	@Override
	public @Nullable String key() {
		return id;
	}

	@Override
	public PartnershipRequest withKey(String newKey) {
		return new PartnershipRequest(newKey, type, start, end, intensity, description, members, supports, domains,
				version);
	}

	/** The same content, sorted and without duplicates where the graph has none, and without the version. */
	@Override
	public PartnershipRequest content() {
		return new PartnershipRequest(id, type, start, end, intensity, description,
				members.stream().sorted(MEMBER_ORDER).toList(), supports.stream().distinct().sorted().toList(),
				domains.stream().distinct().sorted().toList(), null);
	}
}
