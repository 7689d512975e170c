/** Territorial projects: what they target, their tags, the actors who contribute to and fund them. */
@NullMarked
package org.alliancegraph.project;

import org.jspecify.annotations.NullMarked;
