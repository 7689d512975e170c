/** Partnerships: alliances of two or more actors, the projects they support and their domains. */
@NullMarked
package org.alliancegraph.partnership;

import org.jspecify.annotations.NullMarked;
