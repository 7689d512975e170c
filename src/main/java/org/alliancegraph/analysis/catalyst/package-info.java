/**
 * Catalyst analysis: the actors that make cooperation possible between others, measured by
 * betweenness, Burt's structural holes, Gould–Fernandez brokerage and the diversity of their partners.
 */
@NullMarked
package org.alliancegraph.analysis.catalyst;

import org.jspecify.annotations.NullMarked;
