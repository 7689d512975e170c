/**
 * The French territory referential ({@code @etalab/decoupage-administratif}): régions, départements, EPCI and
 * communes read, checked and upserted all or nothing, from an upload or, at start-up, from a folder.
 */
@NullMarked
package org.alliancegraph.exchange.referential;

import org.jspecify.annotations.NullMarked;
