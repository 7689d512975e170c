package org.alliancegraph.partnership;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.reference.ReferenceNode;
import org.jspecify.annotations.Nullable;

/** A partnership as the API shows it; same fields as {@link PartnershipRequest} plus its version, lists sorted. */
public record PartnershipResponse(String id, String type, LocalDate start, @Nullable LocalDate end,
		@Nullable Integer intensity, @Nullable String description, List<MemberRequest> members, List<String> supports,
		List<String> domains, Long version) {

	/** The entity with its members and supported projects, which are read apart (see {@link Partnership}). */
	static PartnershipResponse of(Partnership x, List<MemberRequest> members, List<String> supports) {
		return new PartnershipResponse(x.getId(), x.getType(), x.getStart(), x.getEnd(), x.getIntensity(),
				x.getDescription(), members.stream().sorted(PartnershipRequest.MEMBER_ORDER).toList(),
				supports.stream().sorted().toList(),
				x.getDomains().stream().map(ReferenceNode::getCode).sorted().toList(), x.getVersion());
	}

	PartnershipRequest asRequest() {
		return new PartnershipRequest(id, type, start, end, intensity, description, members, supports, domains, null);
	}
}
