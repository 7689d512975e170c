package org.alliancegraph.partnership;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A partnership as the API shows it; same fields as {@link PartnershipRequest} plus its version, lists sorted. */
public record PartnershipResponse(String id, String type, LocalDate start, @Nullable LocalDate end,
		@Nullable Integer intensity, @Nullable String description, List<MemberRequest> members, List<String> supports,
		List<String> domains, Long version) {

	PartnershipRequest asRequest() {
		return new PartnershipRequest(id, type, start, end, intensity, description, members, supports, domains, null);
	}
}
