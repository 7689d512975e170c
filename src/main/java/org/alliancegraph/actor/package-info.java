/** Actors (organisations and collectives acting on territories): validation, upserts, guarded deletion. */
@NullMarked
package org.alliancegraph.actor;

import org.jspecify.annotations.NullMarked;
