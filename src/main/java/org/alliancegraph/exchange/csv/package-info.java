/**
 * The import document as CSV files: uploads spooled to disk, read as a stream, projects and partnerships joined with
 * their links without holding the files, every error at its file, line and column.
 */
@NullMarked
package org.alliancegraph.exchange.csv;

import org.jspecify.annotations.NullMarked;
