// The catalysts of the view as a table sortable by each of its columns (the catalysts answer graph-loading.js
// read for the node sizes); a row's actor is selected on the graph.

import { h } from './dom.js';
import { t, label, formatNumber } from './i18n.js';
import { sectorColour } from './palette.js';
import { app, update } from './view-state.js';

/** Between sectors: Gould–Fernandez's boundary spanner and liaison roles, those the composite score counts. */
function brokerage(catalyst) {
  return (catalyst.brokerage?.boundarySpanner || 0) + (catalyst.brokerage?.liaison || 0);
}

const COLUMNS = [
  { key: 'rank', label: 'catalystTable.rank', value: (c) => c.rank, ascending: true, format: (v) => formatNumber(v) },
  { key: 'name', label: 'catalystTable.name', value: (c) => c.name, ascending: true, text: true },
  { key: 'sector', label: 'catalystTable.sector', value: (c) => label(app.reference.sectors.get(c.sector)) || c.sector, ascending: true, text: true },
  { key: 'score', label: 'catalystTable.score', value: (c) => c.score, format: (v) => formatNumber(v, { maximumFractionDigits: 2, minimumFractionDigits: 2 }) },
  { key: 'betweenness', label: 'catalystTable.betweenness', value: (c) => c.betweennessNormalized, format: (v) => formatNumber(v, { maximumFractionDigits: 3, minimumFractionDigits: 3 }) },
  { key: 'constraint', label: 'catalystTable.constraint', value: (c) => c.constraint, ascending: true, format: (v) => formatNumber(v, { maximumFractionDigits: 2, minimumFractionDigits: 2 }) },
  { key: 'effectiveSize', label: 'catalystTable.effectiveSize', value: (c) => c.effectiveSize, format: (v) => formatNumber(v, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) },
  { key: 'brokerage', label: 'catalystTable.brokerage', value: brokerage, format: (v) => formatNumber(v) },
  { key: 'sectorDiversity', label: 'catalystTable.sectorDiversity', value: (c) => c.sectorDiversity, format: (v) => formatNumber(v) },
  { key: 'territorySpan', label: 'catalystTable.territories', value: (c) => c.territorySpan, format: (v) => formatNumber(v) },
];

/** The sort kept while the view changes: column and direction. */
const sort = { key: 'rank', ascending: true };

export async function renderCatalystTable(container) {
  const catalysts = [...(app.catalysts ? (await app.catalysts).values() : [])];
  const table = h('table', { class: 'analysis-table catalysts', 'data-testid': 'catalyst-table' });
  const draw = () => {
    const column = COLUMNS.find((c) => c.key === sort.key);
    const rows = [...catalysts].sort((a, b) => compare(column, a, b, sort.ascending) || a.rank - b.rank);
    table.replaceChildren(
      h('caption', { class: 'visually-hidden', text: t('catalystTable.caption') }),
      h('thead', {}, h('tr', {}, COLUMNS.map((c) => header(c, () => {
        sort.ascending = sort.key === c.key ? !sort.ascending : Boolean(c.ascending);
        sort.key = c.key;
        draw();
        table.querySelector(`th[data-key="${c.key}"] button`).focus();
      })))),
      h('tbody', {}, rows.map((c) => row(c))));
  };
  draw();
  container.replaceChildren(
    h('p', { class: 'hint', text: t('catalystTable.hint', { count: catalysts.length }) }),
    catalysts.length ? h('div', { class: 'table-scroll' }, table) : h('p', { class: 'muted', text: t('catalystTable.none') }));
}

/** Actors without a value (an isolated actor has no constraint) come last whichever the direction. */
function compare(column, a, b, ascending) {
  const x = column.value(a);
  const y = column.value(b);
  if (x === y) return 0;
  if (x === null || x === undefined) return 1;
  if (y === null || y === undefined) return -1;
  return (column.text ? String(x).localeCompare(String(y)) : x - y) * (ascending ? 1 : -1);
}

function header(column, onSort) {
  const active = sort.key === column.key;
  return h('th', {
    scope: 'col', class: column.text ? '' : 'num', dataset: { key: column.key },
    'aria-sort': active ? (sort.ascending ? 'ascending' : 'descending') : 'none',
  }, h('button', { type: 'button', class: 'sort-button', title: t(`${column.label}Help`), onclick: onSort },
    t(column.label), h('span', { class: 'sort-mark', 'aria-hidden': 'true', text: active ? (sort.ascending ? '▲' : '▼') : '' })));
}

function row(catalyst) {
  const select = () => update({ actor: catalyst.id }, { push: true });
  return h('tr', { dataset: { id: catalyst.id }, onclick: select, class: app.state.actor === catalyst.id ? 'selected' : '' },
    COLUMNS.map((column) => {
      if (column.key === 'name') {
        return h('th', { scope: 'row' }, h('button', { type: 'button', class: 'actor-link', title: catalyst.name, onclick: (event) => { event.stopPropagation(); select(); } },
          h('span', { class: 'swatch', style: { background: sectorColour(catalyst.sector) }, 'aria-hidden': 'true' }), h('span', { class: 'actor-name', text: catalyst.name })));
      }
      const value = column.value(catalyst);
      const shown = value === null || value === undefined ? '—' : column.format ? column.format(value) : value;
      return h('td', { class: column.text ? 'text' : 'num', dataset: { key: column.key } }, shown);
    }));
}
