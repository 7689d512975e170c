/** The reference vocabularies (sectors, partnership types, domains, SDGs, levers…) and their endpoint. */
@NullMarked
package org.alliancegraph.reference;

import org.jspecify.annotations.NullMarked;
