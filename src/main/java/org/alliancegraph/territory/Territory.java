package org.alliancegraph.territory;

import java.util.List;

import org.alliancegraph.reference.ReferenceNode.IndicatorNode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/**
 * A commune, EPCI, département, région or custom area, keyed by its INSEE code. PART_OF is many-to-many:
 * an EPCI may span several départements.
 */
@Node("Territory")
public final class Territory {

	@Id
	private final String code;

	private final String name;

	private final String level;

	private final @Nullable Long population;

	@Version
	private final Long version;

	@Relationship(type = "PART_OF", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<Territory> partOf;

	@Relationship(type = "HAS_INDICATOR", direction = Relationship.Direction.OUTGOING, cascadeUpdates = false)
	private final List<IndicatorValue> indicators;

	@PersistenceCreator
	Territory(String code, String name, String level, @Nullable Long population, Long version, List<Territory> partOf,
			List<IndicatorValue> indicators) {
		this.code = code;
		this.name = name;
		this.level = level;
		this.population = population;
		this.version = version;
		this.partOf = partOf == null ? List.of() : List.copyOf(partOf);
		this.indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getLevel() {
		return level;
	}

	public @Nullable Long getPopulation() {
		return population;
	}

	public Long getVersion() {
		return version;
	}

	public List<Territory> getPartOf() {
		return partOf;
	}

	public List<IndicatorValue> getIndicators() {
		return indicators;
	}

	/** A measured indicator of the territory (e.g. poverty rate), which expresses a need in a domain. */
	@RelationshipProperties
	public static final class IndicatorValue {

		@RelationshipId
		private final @Nullable String id;

		private final double value;

		@TargetNode
		private final IndicatorNode indicator;

		IndicatorValue(@Nullable String id, double value, IndicatorNode indicator) {
			this.id = id;
			this.value = value;
			this.indicator = indicator;
		}

		public double getValue() {
			return value;
		}

		public IndicatorNode getIndicator() {
			return indicator;
		}
	}
}
