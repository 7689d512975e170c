package org.alliancegraph.partnership;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.reference.ReferenceNode.DomainNode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * An alliance between two or more actors, with its domains. Its members and the projects it supports are
 * not mapped here: {@code Actor} and {@code Project} belong to other features (Spring Data Neo4j accepts one
 * entity class per label). The mapping behind the repository's id queries: {@link PartnershipService} reads
 * partnerships with its own Cypher.
 */
@Node("Partnership")
public final class Partnership {

	@Id
	private final String id;

	private final String type;

	private final LocalDate start;

	private final @Nullable LocalDate end;

	private final @Nullable Integer intensity;

	private final @Nullable String description;

	@Version
	private final Long version;

	@Relationship(type = "IN_DOMAIN", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<DomainNode> domains;

	@PersistenceCreator
	Partnership(String id, String type, LocalDate start, @Nullable LocalDate end, @Nullable Integer intensity,
			@Nullable String description, Long version, List<DomainNode> domains) {
		this.id = id;
		this.type = type;
		this.start = start;
		this.end = end;
		this.intensity = intensity;
		this.description = description;
		this.version = version;
		this.domains = domains == null ? List.of() : List.copyOf(domains);
	}
}
