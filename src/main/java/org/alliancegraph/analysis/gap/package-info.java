/**
 * Gaps of a territory's alliances: missing sectors and sector pairs, unmet domain needs, fragmentation
 * and communities of the actor graph.
 */
@NullMarked
package org.alliancegraph.analysis.gap;

import org.jspecify.annotations.NullMarked;
