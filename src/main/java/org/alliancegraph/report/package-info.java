/**
 * The territorial diagnostic: one {@link org.alliancegraph.report.DiagnosticReport} assembled from the analysis
 * answers, served as JSON, as an HTML page and as a PDF rendered from the same page, with charts drawn as SVG
 * on the server.
 */
@NullMarked
package org.alliancegraph.report;

import org.jspecify.annotations.NullMarked;
