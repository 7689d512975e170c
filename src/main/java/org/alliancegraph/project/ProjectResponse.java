package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A project as the API shows it; same fields as {@link ProjectRequest} plus its version, lists sorted. */
public record ProjectResponse(String id, String name, @Nullable String description, String phase, LocalDate start,
		@Nullable LocalDate end, List<String> targets, List<String> domains, List<Integer> sdgs, List<String> levers,
		List<ContributorRequest> contributors, List<FunderRequest> funders, Long version) {

	ProjectRequest asRequest() {
		return new ProjectRequest(id, name, description, phase, start, end, targets, domains, sdgs, levers,
				contributors, funders, null);
	}
}
