// "Se situer": the territory in view against its peers (GET /analysis/benchmark), each headline indicator as a box
// plot of the peers (min, quartiles, max) with the territory's value marked and its percentile. A benchmark still
// computing answers 202 with its progress: shown, and asked again after its Retry-After.

import { h } from './dom.js';
import { t, formatNumber, formatPercent, formatDate } from './i18n.js';
import { api } from './api.js';
import { fetchTerritory } from './actor-panel.js';

const percent = (digits) => (v) => formatPercent(v, digits);
const decimals = (digits) => (v) => formatNumber(v, { maximumFractionDigits: digits });

/** How each indicator's values read (API.md's order). */
const FORMATS = {
  DENSITY: percent(1),
  ACTORS_PER_10K_INHABITANTS: decimals(1),
  SECTORS_PRESENT: decimals(1),
  EMPTY_SECTOR_PAIRS_SHARE: percent(0),
  OUTSIDE_LARGEST_SHARE: percent(0),
  TOP3_BETWEENNESS_SHARE: percent(0),
  CROSS_TERRITORY_TIES_SHARE: percent(0),
  PARTNERSHIPS_PER_ACTOR: decimals(2),
};

const LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'];

/** How long one request waits for the peers before the answer says how far they are (seconds; 0: answer at once). */
export const benchmarkRequest = { wait: 5 };

/** The peers chosen, kept while the view changes: level ('' its own) and area ('' its région, 'FR' everywhere). */
const choice = { peers: '', within: '' };

export async function renderBenchmark(container, view, { isCurrent }) {
  if (!view.territory) {
    container.replaceChildren(h('p', { class: 'muted', 'data-testid': 'benchmark-view', text: t('benchmark.noTerritory') }));
    return;
  }
  const result = h('div', { class: 'benchmark', 'data-testid': 'benchmark-view', 'aria-live': 'polite' });
  let asked = 0;
  const load = async () => {
    const seq = ++asked;
    const current = () => seq === asked && isCurrent();
    result.dataset.state = 'loading';
    result.replaceChildren(h('p', { class: 'muted', text: t('status.loadingShort') }));
    try {
      const benchmark = await ask(view, result, current);
      if (!benchmark || !current()) return;
      const within = benchmark.within ? await fetchTerritory(benchmark.within).catch(() => null) : null;
      if (!current()) return;
      result.replaceChildren(...draw(benchmark, within, view));
      result.dataset.state = 'ready';
    } catch (error) {
      if (!current()) return;
      result.dataset.state = 'error';
      result.replaceChildren(h('p', { class: 'error-line', role: 'alert', text: error?.message || t('error.serviceDown') }));
    }
  };
  container.replaceChildren(...[
    h('p', { class: 'hint', text: t('benchmark.hint') }),
    controls(load),
    (view.sectors.length || view.domains.length) ? h('p', { class: 'hint', text: t('benchmark.noFilters') }) : null,
    result,
  ].filter(Boolean));
  await load();
}

function controls(reload) {
  const level = h('select', { id: 'benchmark-peers', 'data-testid': 'benchmark-peers' },
    h('option', { value: '', text: t('benchmark.ownLevel') }),
    LEVELS.map((code) => h('option', { value: code, text: t(`levelPlural.${code}`).toLowerCase() })));
  level.value = choice.peers;
  const area = h('select', { id: 'benchmark-within', 'data-testid': 'benchmark-within' },
    h('option', { value: '', text: t('benchmark.withinRegion') }),
    h('option', { value: 'FR', text: t('benchmark.withinAll') }));
  area.value = choice.within;
  const changed = () => {
    choice.peers = level.value;
    choice.within = area.value;
    reload();
  };
  level.addEventListener('change', changed);
  area.addEventListener('change', changed);
  return h('div', { class: 'benchmark-controls' },
    h('label', { for: 'benchmark-peers', text: t('benchmark.peersLabel') }), level,
    h('label', { for: 'benchmark-within', text: t('benchmark.withinLabel') }), area);
}

/** The benchmark, asking again while it answers 202 (its progress shown meanwhile); null once no longer wanted. */
async function ask(view, result, current) {
  const params = { territory: view.territory, at: view.at || undefined, peers: choice.peers || undefined, within: choice.within || undefined, wait: benchmarkRequest.wait };
  for (let waited = 1; ; waited++) {
    const answer = await api.benchmark(params);
    if (answer.status === 200) return answer.body;
    if (!current()) return null;
    const progress = answer.body || {};
    result.dataset.state = 'computing';
    result.dataset.waited = String(waited);
    const seconds = Math.min(30, Math.max(1, Number(answer.headers.get('Retry-After')) || 2));
    result.replaceChildren(
      h('p', { 'data-testid': 'benchmark-progress', text: progress.peers ? t('benchmark.computing', { done: progress.computed || 0, count: progress.peers }) : t('benchmark.reading') }),
      h('progress', { max: '1', value: String(progress.progress || 0), 'aria-label': t('benchmark.progress') }),
      h('p', { class: 'hint', text: t('benchmark.retry', { seconds }) }));
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    if (!current()) return null;
  }
}

function draw(benchmark, within, view) {
  const level = t(`levelPlural.${benchmark.peerLevel}`).toLowerCase();
  const area = within ? t(`benchmark.within.${within.level}`, { name: within.name }) : t('benchmark.within.ALL');
  return [
    h('p', { class: 'benchmark-peers', 'data-testid': 'benchmark-peer-set' },
      t('benchmark.peerSet', { name: benchmark.name, count: benchmark.peers, level, area, date: formatDate(view.atEffective) })),
    benchmark.peersWithoutActors ? h('p', { class: 'hint', text: t('benchmark.withoutActors', { count: benchmark.peersWithoutActors }) }) : null,
    h('ul', { class: 'benchmark-list' }, benchmark.indicators.map((indicator) => row(indicator))),
  ].filter(Boolean);
}

function row(indicator) {
  const format = FORMATS[indicator.code] || decimals(2);
  const known = indicator.value !== null && indicator.value !== undefined;
  return h('li', {
    class: 'benchmark-indicator', 'data-testid': 'benchmark-indicator',
    dataset: { code: indicator.code, value: known ? String(indicator.value) : '', percentile: indicator.percentile ?? '' },
  },
  h('div', { class: 'benchmark-head' },
    h('span', { class: 'benchmark-name', text: t(`benchmark.indicator.${indicator.code}`) }),
    h('span', { class: 'benchmark-value', 'data-testid': 'benchmark-value', text: known ? format(indicator.value) : t('benchmark.undefined') }),
    h('span', { class: 'benchmark-percentile', 'data-testid': 'benchmark-percentile', text: indicator.percentile === null || indicator.percentile === undefined ? '' : t('benchmark.percentile', { value: Math.round(indicator.percentile) }) })),
  h('p', { class: 'benchmark-meaning', text: t(`benchmark.meaning.${indicator.code}`) }),
  indicator.count ? boxPlot(indicator, format) : h('p', { class: 'muted', text: t('benchmark.noPeerValue') }),
  indicator.count ? h('p', { class: 'benchmark-scale', text: t('benchmark.scale', { min: format(indicator.min), median: format(indicator.median), max: format(indicator.max), count: indicator.count }) }) : null);
}

/** Min to max of the peers as a line, q1 to q3 as a box, the median as a bar and the territory as a dot. */
function boxPlot(indicator, format) {
  const width = 300;
  const pad = 8;
  const values = [indicator.min, indicator.max, indicator.value].filter((v) => v !== null && v !== undefined);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 1e-12) {
    lo -= 1;
    hi += 1;
  }
  const x = (v) => pad + ((v - lo) / (hi - lo)) * (width - 2 * pad);
  const svg = (tag, attributes) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
    return el;
  };
  const plot = svg('svg', { viewBox: `0 0 ${width} 30`, class: 'box-plot', role: 'img' });
  const text = t('benchmark.plotLabel', { value: indicator.value === null ? t('benchmark.undefined') : format(indicator.value), q1: format(indicator.q1), q3: format(indicator.q3) });
  plot.setAttribute('aria-label', text);
  plot.append(
    svg('line', { x1: x(indicator.min), x2: x(indicator.max), y1: 15, y2: 15, class: 'whisker' }),
    svg('line', { x1: x(indicator.min), x2: x(indicator.min), y1: 9, y2: 21, class: 'whisker' }),
    svg('line', { x1: x(indicator.max), x2: x(indicator.max), y1: 9, y2: 21, class: 'whisker' }),
    svg('rect', { x: x(indicator.q1), y: 6, width: Math.max(1.5, x(indicator.q3) - x(indicator.q1)), height: 18, rx: 3, class: 'quartiles' }),
    svg('line', { x1: x(indicator.median), x2: x(indicator.median), y1: 5, y2: 25, class: 'median' }));
  if (indicator.value !== null && indicator.value !== undefined) {
    plot.append(svg('circle', { cx: x(indicator.value), cy: 15, r: 6.5, class: 'territory-mark' }));
  }
  return plot;
}
