/**
 * Pure analyses of the alliance graph: they take JGraphT graphs built by the projection and return
 * immutable result records; they know nothing of Spring, Neo4j or HTTP.
 */
@NullMarked
package org.alliancegraph.analysis;

import org.jspecify.annotations.NullMarked;
