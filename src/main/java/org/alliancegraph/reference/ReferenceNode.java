package org.alliancegraph.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A reference node as the target of a tag relationship ({@code IN_DOMAIN}, {@code CONTRIBUTES_TO_SDG},
 * {@code USES_LEVER}, {@code HAS_INDICATOR}). Its primary label is given by the subclass; reference nodes
 * are written only by the {@code cypher/} files.
 */
public abstract class ReferenceNode {

	@Id
	private final String code;

	protected ReferenceNode(String code) {
		this.code = code;
	}

	public String getCode() {
		return code;
	}

	@Node("Domain")
	public static final class DomainNode extends ReferenceNode {

		public DomainNode(String code) {
			super(code);
		}
	}

	@Node("Sdg")
	public static final class SdgNode extends ReferenceNode {

		public SdgNode(String code) {
			super(code);
		}
	}

	@Node("Lever")
	public static final class LeverNode extends ReferenceNode {

		public LeverNode(String code) {
			super(code);
		}
	}

	@Node("Indicator")
	public static final class IndicatorNode extends ReferenceNode {

		public IndicatorNode(String code) {
			super(code);
		}
	}
}
