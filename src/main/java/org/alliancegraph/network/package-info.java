/**
 * The analysis endpoints: they project a scope from Neo4j, run the pure analyses on it and answer with
 * their records (catalysts, gaps, suggested alliances, articulations, trajectory).
 */
@NullMarked
package org.alliancegraph.network;

import org.jspecify.annotations.NullMarked;
