package org.alliancegraph.actor;

import java.util.List;

import org.alliancegraph.territory.Territory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * An organisation or collective that acts on territories: seated in one ({@code LOCATED_IN}), active in
 * others ({@code ACTIVE_IN}). The mapping behind the repository's id queries; {@link ActorService} reads and
 * writes actors with its own Cypher (a mapped read loads each territory with its ancestors), which is why the
 * relationships never cascade.
 */
@Node("Actor")
public final class Actor {

	@Id
	private final String id;

	private final String name;

	private final String sector;

	private final @Nullable String siren;

	private final @Nullable String siret;

	private final @Nullable String rna;

	private final @Nullable String size;

	private final @Nullable String website;

	private final @Nullable String description;

	private final List<String> missions;

	@Version
	private final Long version;

	@Relationship(type = "LOCATED_IN", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final @Nullable Territory locatedIn;

	@Relationship(type = "ACTIVE_IN", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<Territory> activeIn;

	@PersistenceCreator
	Actor(String id, String name, String sector, @Nullable String siren, @Nullable String siret, @Nullable String rna,
			@Nullable String size, @Nullable String website, @Nullable String description,
			@Nullable List<String> missions, Long version, @Nullable Territory locatedIn,
			@Nullable List<Territory> activeIn) {
		this.id = id;
		this.name = name;
		this.sector = sector;
		this.siren = siren;
		this.siret = siret;
		this.rna = rna;
		this.size = size;
		this.website = website;
		this.description = description;
		this.missions = missions == null ? List.of() : List.copyOf(missions);
		this.version = version;
		this.locatedIn = locatedIn;
		this.activeIn = activeIn == null ? List.of() : List.copyOf(activeIn);
	}
}
