/**
 * The analyses of a scope, computed once per data version: the analysis bundle (catalysts, gaps, articulations,
 * suggested alliances, trajectory points, each part on first use), its cache, and the analysis endpoints. The API,
 * the explorer's exports and the diagnostic report all read the bundle.
 */
@NullMarked
package org.alliancegraph.scopeanalysis;

import org.jspecify.annotations.NullMarked;
