/**
 * Suggested alliances: unlinked pairs of actors ranked by link-prediction indices and complementarity.
 */
@NullMarked
package org.alliancegraph.analysis.suggestion;

import org.jspecify.annotations.NullMarked;
