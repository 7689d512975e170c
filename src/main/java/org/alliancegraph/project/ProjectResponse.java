package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.reference.ReferenceNode;
import org.alliancegraph.territory.Territory;
import org.jspecify.annotations.Nullable;

/** A project as the API shows it; same fields as {@link ProjectRequest} plus its version, lists sorted. */
public record ProjectResponse(String id, String name, @Nullable String description, String phase, LocalDate start,
		@Nullable LocalDate end, List<String> targets, List<String> domains, List<Integer> sdgs, List<String> levers,
		List<ContributorRequest> contributors, List<FunderRequest> funders, Long version) {

	/** The entity with the links from actors, which are read apart (see {@link Project}). */
	static ProjectResponse of(Project p, List<ContributorRequest> contributors, List<FunderRequest> funders) {
		return new ProjectResponse(p.getId(), p.getName(), p.getDescription(), p.getPhase(), p.getStart(), p.getEnd(),
				p.getTargets().stream().map(Territory::getCode).sorted().toList(),
				p.getDomains().stream().map(ReferenceNode::getCode).sorted().toList(),
				p.getSdgs().stream().map(s -> Integer.valueOf(s.getCode())).sorted().toList(),
				p.getLevers().stream().map(ReferenceNode::getCode).sorted().toList(),
				contributors.stream().sorted(ProjectRequest.CONTRIBUTOR_ORDER).toList(),
				funders.stream().sorted(ProjectRequest.FUNDER_ORDER).toList(),
				p.getVersion());
	}

	ProjectRequest asRequest() {
		return new ProjectRequest(id, name, description, phase, start, end, targets, domains, sdgs, levers,
				contributors, funders, null);
	}
}
