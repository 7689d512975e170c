/** Data in and out: the import document (JSON), the demo data set, and later CSV, referential and exports. */
@NullMarked
package org.alliancegraph.exchange;

import org.jspecify.annotations.NullMarked;
