package org.alliancegraph.territory;

/**
 * What a part of the service does once, in the background after a start, on one small territory, so that the first
 * user's request of that kind does not pay for loading classes, planning queries and compiling code (see
 * {@link StartUpWarmUp}).
 */
public interface WarmUp {

	/** Does, for the territory {@code code}, what a first request would; its answer is thrown away. */
	void warmUp(String code);
}
