/**
 * The database: the embedded Neo4j server used when no external one is configured, the runner of the
 * numbered {@code cypher/} schema files, the data-version counter that invalidates caches, and the cache of
 * read answers keyed by it.
 */
@NullMarked
package org.alliancegraph.neo4j;

import org.jspecify.annotations.NullMarked;
