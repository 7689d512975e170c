/**
 * Data in and out. Here, the imports' endpoint, which runs each import at once or as a job; the work is in the
 * sub-packages: {@code importing}, {@code csv}, {@code referential}, {@code jobs} and {@code export}.
 */
@NullMarked
package org.alliancegraph.exchange;

import org.jspecify.annotations.NullMarked;
