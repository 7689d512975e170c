/**
 * Exports: the actor graph of a scope as GraphML, GEXF (with the history of its ties) and Cytoscape.js elements,
 * and the content of the graph as the import document, in JSON or as a zip of CSV files (and the CSV template).
 */
@NullMarked
package org.alliancegraph.exchange.export;

import org.jspecify.annotations.NullMarked;
