// How the graph looks: the Cytoscape.js stylesheet (sector or community colour, size by catalyst score, the
// classes of the marks, the dimmed, faded and selected states) and the size of a node.

import { MARK_COLOUR, SUGGESTION_COLOUR, CUT_OFF_COLOUR } from './palette.js';
import { labelSize, LABEL_FONT as FONT } from './graph-labels.js';

/** Node diameter in pixels: area grows with the catalyst score (0..1). */
export function nodeSize(score, large) {
  const s = Math.max(0, Math.min(1, Number(score) || 0));
  return large ? 6 + 26 * Math.sqrt(s) : 14 + 46 * Math.sqrt(s);
}

export function stylesheet(large) {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
        // a large graph names only the actors in view (leaders, selection, highlighted): measuring 2,000
        // labels would cost more than drawing the nodes
        label: large ? '' : 'data(label)',
        'font-family': FONT,
        'font-size': 10,
        color: '#1f2633',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.95,
        'text-wrap': 'ellipsis',
        'text-max-width': 160,
        'min-zoomed-font-size': large ? 14 : 11,
      },
    },
    { selector: 'node.top, node.lit, node.neighbour, node:selected', style: { label: 'data(label)' } },
    { selector: 'node.top', style: { 'font-size': () => labelSize.value, 'font-weight': 600, 'min-zoomed-font-size': 0, 'z-index': 10, 'text-wrap': 'wrap', 'text-max-width': () => labelSize.value * 12,
        'text-outline-width': 0, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'text-background-shape': 'roundrectangle' } },
    { selector: 'node.all-labels', style: { label: 'data(label)', 'min-zoomed-font-size': 0 } },
    // isolated actors are hollow: a dashed ring in their sector's colour
    { selector: 'node.isolated', style: { 'background-color': '#ffffff', 'border-width': 3, 'border-style': 'dashed', 'border-color': 'data(colour)' } },
    {
      selector: 'node.articulation',
      style: {
        shape: 'diamond',
        width: (n) => n.data('size') * 1.3,
        height: (n) => n.data('size') * 1.3,
        'border-width': 3,
        'border-color': MARK_COLOUR,
        'border-style': 'solid',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 8, 1, 5)',
        'line-color': '#9aa5b4',
        opacity: large ? 0.45 : 0.7,
        'curve-style': 'haystack',
        'haystack-radius': 0,
      },
    },
    { selector: 'edge.bridge', style: { 'line-color': MARK_COLOUR, width: 4.5, opacity: 1, 'z-index': 5 } },
    {
      selector: 'edge.suggestion',
      style: {
        'curve-style': 'straight',
        'line-style': 'dashed',
        'line-dash-pattern': [7, 5],
        'line-color': SUGGESTION_COLOUR,
        width: 2.5,
        opacity: 0.95,
        'z-index': 6,
      },
    },
    { selector: 'node.dimmed', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'edge.dimmed', style: { opacity: 0.06 } },
    { selector: 'node.faded', style: { opacity: 0.16, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    { selector: 'node.lit', style: { 'min-zoomed-font-size': 0, 'font-size': () => labelSize.value * 0.85, 'text-max-width': () => labelSize.value * 12 } },
    { selector: 'node.neighbour', style: { 'min-zoomed-font-size': 0, 'z-index': 20, 'font-size': () => labelSize.value * 0.85, 'text-max-width': () => labelSize.value * 12 } },
    { selector: 'edge.neighbour', style: { opacity: 0.95, 'line-color': '#5b6475', 'z-index': 15 } },
    { selector: 'edge.suggestion.neighbour', style: { 'line-color': SUGGESTION_COLOUR } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 5,
        'border-color': '#111827',
        'border-style': 'solid',
        'font-size': () => labelSize.value * 1.1,
        'text-max-width': () => labelSize.value * 14,
        'text-wrap': 'wrap',
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
    // a label that would run into a better-ranked one (see declutterLabels); hovering shows it anyway
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.quiet.hover', style: { label: 'data(label)' } },
    // the two actors of a suggested alliance shown from the gaps panel keep their names
    { selector: 'node.pair-end', style: { 'border-width': 5, 'border-color': SUGGESTION_COLOUR, 'border-style': 'solid', label: 'data(label)', 'font-weight': 700, 'min-zoomed-font-size': 0, 'z-index': 30 } },
    { selector: 'node.departed', style: { opacity: 0.35, 'border-width': 3, 'border-style': 'dotted', 'border-color': '#1f2430' } },
    { selector: 'edge.departed', style: { 'line-style': 'dotted', opacity: 0.35 } },
    { selector: 'node.cut-off', style: { 'border-width': 4, 'border-color': CUT_OFF_COLOUR, label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 30 } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
