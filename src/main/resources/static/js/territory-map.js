// The territories of the view as a picture (the articulations answer): each territory a node sized by its actors,
// linked when actors of the two are tied (the link as wide as its ties' weight); the territories one actor's
// departure would cut off (the articulation points' and bridges' "separates") and the links one actor holds alone
// (vertex connectivity 1) are marked, and listed below. A double click on a territory opens its view.

import { h } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { CUT_OFF_COLOUR } from './palette.js';
import { update } from './view-state.js';
import { scopeAnswers } from './scope-answers.js';
import { withFixedSeed } from './graph-layout.js';
import { LABEL_FONT } from './graph-labels.js';

/** The Cytoscape instance of the picture on screen (one at a time). */
let current = null;

export function territoryCy() {
  return current;
}

export async function renderTerritoryMap(container, view) {
  const answer = await scopeAnswers(view).articulations();
  current?.destroy();
  current = null;
  const territories = answer.territories || [];
  const links = answer.territoryLinks || [];
  const names = new Map(territories.map((territory) => [territory.code, territory.name]));
  const name = (code) => names.get(code) || code;
  const cutBy = cutTerritories(answer);
  const weak = links.filter((link) => link.vertexConnectivity === 1);
  const unmeasured = links.some((link) => link.vertexConnectivity === null || link.vertexConnectivity === undefined);
  const box = h('div', { class: 'territory-map', 'data-testid': 'territories-view', role: 'img', 'aria-label': t('territoryMap.picture', { count: territories.length, links: links.length }) });
  container.replaceChildren(
    h('p', { class: 'hint', text: t('territoryMap.hint') }),
    h('p', { class: 'gaps-figure' }, t('territoryMap.counts', { count: territories.length, links: links.length })),
    box,
    h('p', { class: 'mixing-key' },
      h('span', { class: 'map-key cut', 'aria-hidden': 'true' }), ' ', t('territoryMap.keyCut'), ' ',
      h('span', { class: 'map-key weak', 'aria-hidden': 'true' }), ' ', t('territoryMap.keyWeak')),
    h('section', { class: 'analysis-section', 'data-testid': 'territories-cut' },
      h('h3', { text: t('territoryMap.cutTitle', { count: cutBy.size }) }),
      cutBy.size
        ? h('ul', { class: 'plain-list compact' }, [...cutBy.entries()].map(([code, actors]) => h('li', {},
          h('strong', { text: name(code) }), ' — ', t('territoryMap.cutBy', { names: actors.join(', ') }))))
        : h('p', { class: 'muted', text: t('territoryMap.noCut') })),
    h('section', { class: 'analysis-section', 'data-testid': 'territories-weak' },
      h('h3', { text: t('territoryMap.weakTitle', { count: weak.length }) }),
      weak.length
        ? h('ul', { class: 'plain-list compact' }, weak.map((link) => h('li', {},
          h('strong', { text: `${name(link.a)} — ${name(link.b)}` }), ' ',
          h('span', { class: 'muted', text: t('territoryMap.carriers', { count: link.carriers.length }) }))))
        : h('p', { class: 'muted', text: t('territoryMap.noWeak') }),
      unmeasured ? h('p', { class: 'hint', text: t('territoryMap.unmeasured') }) : null));
  if (!territories.length) return;
  const maxActors = Math.max(...territories.map((territory) => territory.actors));
  const maxWeight = Math.max(1, ...links.map((link) => link.weight));
  current = window.cytoscape({
    container: box,
    elements: [
      ...territories.map((territory) => ({
        data: {
          id: territory.code, label: `${territory.name} (${formatNumber(territory.actors)})`,
          size: 22 + 48 * Math.sqrt(territory.actors / maxActors),
        },
        classes: cutBy.has(territory.code) ? 'cut' : '',
      })),
      ...links.map((link) => ({
        data: { id: `${link.a}|${link.b}`, source: link.a, target: link.b, width: 1.5 + 7 * (link.weight / maxWeight) },
        classes: link.vertexConnectivity === 1 ? 'weak' : '',
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': '#6d8fd8', width: 'data(size)', height: 'data(size)', 'border-width': 2, 'border-color': '#ffffff',
          label: 'data(label)', 'font-family': LABEL_FONT, 'font-size': 10, color: '#1f2633', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-wrap': 'wrap', 'text-max-width': 100, 'text-outline-color': '#ffffff', 'text-outline-width': 2,
        },
      },
      { selector: 'node.cut', style: { 'border-width': 4, 'border-color': CUT_OFF_COLOUR, 'border-style': 'dashed' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa5b4', opacity: 0.8, 'curve-style': 'straight' } },
      { selector: 'edge.weak', style: { 'line-color': CUT_OFF_COLOUR, 'line-style': 'dashed', opacity: 1 } },
      { selector: 'node:selected', style: { 'border-color': '#111827', 'border-width': 4 } },
    ],
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  withFixedSeed(true, () => current.layout({
    name: territories.length > 2 ? 'fcose' : 'grid', animate: false, randomize: true, fit: true, padding: 24,
    nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 4500, idealEdgeLength: () => 60, nodeSeparation: 40,
  }).run());
  // names keep a readable size on screen when the fit had to zoom out, at the cost of some room between them
  const grow = Math.min(1.6, 1 / current.zoom());
  current.style().selector('node').style({ 'font-size': 10 * grow, 'text-max-width': 100 * grow }).update();
  // a territory opens its own view
  current.on('dbltap', 'node', (event) => update({ territory: event.target.id(), actor: '' }, { push: true }));
}

/** The territories one actor's departure would cut off (articulation points' "separates"), each with those actors. */
function cutTerritories(answer) {
  const cut = new Map();
  for (const point of answer.articulationPoints || []) {
    for (const code of point.separates || []) {
      if (!cut.has(code)) cut.set(code, []);
      cut.get(code).push(point.name);
    }
  }
  return cut;
}
