/**
 * Neo4j → JGraphT: the graphs an analysis needs for a scope (territory subtree, date, sectors, domains),
 * read with a few streamed queries and cached by data version.
 */
@NullMarked
package org.alliancegraph.projection;

import org.jspecify.annotations.NullMarked;
