/**
 * The write path every change of the graph takes: {@link org.alliancegraph.write.GraphWrites} opens the write
 * transaction (serialised, retried on transient failures), {@link org.alliancegraph.write.EntityWrites} does for
 * any kind of entity what writing one means (validation, natural-key upsert, version check, conflicts, the data
 * version), and each feature declares in an {@link org.alliancegraph.write.EntityKind} only what differs.
 */
@NullMarked
package org.alliancegraph.write;

import org.jspecify.annotations.NullMarked;
