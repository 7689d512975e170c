/**
 * How territories hold together: articulation points and bridges of the actor graph, the quotient
 * territory graph with its vertex connectivity, and actors spanning several territorial levels.
 */
@NullMarked
package org.alliancegraph.analysis.articulation;

import org.jspecify.annotations.NullMarked;
