package org.alliancegraph.project;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.reference.ReferenceNode.DomainNode;
import org.alliancegraph.reference.ReferenceNode.LeverNode;
import org.alliancegraph.reference.ReferenceNode.SdgNode;
import org.alliancegraph.territory.Territory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A territorial project with the territories it targets and its tags. The actors who contribute to it or
 * fund it are not mapped here: an {@code Actor} entity belongs to the actor feature, and Spring Data Neo4j
 * accepts one entity class per primary label. The mapping behind the repository's id queries: {@link ProjectService}
 * reads projects with its own Cypher.
 */
@Node("Project")
public final class Project {

	@Id
	private final String id;

	private final String name;

	private final @Nullable String description;

	private final String phase;

	private final LocalDate start;

	private final @Nullable LocalDate end;

	@Version
	private final Long version;

	@Relationship(type = "TARGETS", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<Territory> targets;

	@Relationship(type = "IN_DOMAIN", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<DomainNode> domains;

	@Relationship(type = "CONTRIBUTES_TO_SDG", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<SdgNode> sdgs;

	@Relationship(type = "USES_LEVER", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<LeverNode> levers;

	@PersistenceCreator
	Project(String id, String name, @Nullable String description, String phase, LocalDate start,
			@Nullable LocalDate end, Long version, List<Territory> targets, List<DomainNode> domains, List<SdgNode> sdgs,
			List<LeverNode> levers) {
		this.id = id;
		this.name = name;
		this.description = description;
		this.phase = phase;
		this.start = start;
		this.end = end;
		this.version = version;
		this.targets = targets == null ? List.of() : List.copyOf(targets);
		this.domains = domains == null ? List.of() : List.copyOf(domains);
		this.sdgs = sdgs == null ? List.of() : List.copyOf(sdgs);
		this.levers = levers == null ? List.of() : List.copyOf(levers);
	}
}
