/** Territories (communes, EPCI, départements, régions, custom areas), their hierarchy and indicators. */
@NullMarked
package org.alliancegraph.territory;

import org.jspecify.annotations.NullMarked;
