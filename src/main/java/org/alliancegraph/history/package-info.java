/**
 * The history of the graph: a change record for every committed change of an entity, appended by the write path
 * in the writing transaction, and the reads of it (an entity's history, the activity feed).
 */
@NullMarked
package org.alliancegraph.history;

import org.jspecify.annotations.NullMarked;
