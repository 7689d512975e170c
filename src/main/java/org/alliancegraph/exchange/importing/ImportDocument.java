package org.alliancegraph.exchange.importing;

import java.util.List;

import org.alliancegraph.actor.ActorRequest;
import org.alliancegraph.partnership.PartnershipRequest;
import org.alliancegraph.project.ProjectRequest;
import org.alliancegraph.territory.TerritoryRequest;
import org.jspecify.annotations.Nullable;

/**
 * The import document of API.md: territories, actors, projects and partnerships, each upserted by its key.
 * The same records as the single-resource endpoints, so a document and a series of PUTs mean the same.
 */
public record ImportDocument(@Nullable List<TerritoryRequest> territories, @Nullable List<ActorRequest> actors,
		@Nullable List<ProjectRequest> projects, @Nullable List<PartnershipRequest> partnerships) {

	public ImportDocument {
		territories = territories == null ? List.of() : List.copyOf(territories);
		actors = actors == null ? List.of() : List.copyOf(actors);
		projects = projects == null ? List.of() : List.copyOf(projects);
		partnerships = partnerships == null ? List.of() : List.copyOf(partnerships);
	}

	public int size() {
		return territories.size() + actors.size() + projects.size() + partnerships.size();
	}
}
