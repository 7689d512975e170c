/**
 * Imports: the import document (JSON), its sections checked then written all or nothing, large ones chunk by chunk
 * with a journal that undoes them, and the demo data set loaded through them.
 */
@NullMarked
package org.alliancegraph.exchange.importing;

import org.jspecify.annotations.NullMarked;
