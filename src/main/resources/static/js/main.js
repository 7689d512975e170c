// The explorer page: reads its state from the URL, loads the view from the public API, draws it, and
// keeps the URL up to date so that any view can be shared as a link.

import { api, getAll, ApiError, ServiceDownError } from './api.js';
import { readState, writeState } from './url-state.js';
import { loadLanguage, translatePage, t, label, lang, formatNumber, formatDate } from './i18n.js';
import { h, $ } from './dom.js';
import { GraphView } from './graph-view.js';
import { setMarks, setSuggestions, setAllLabels, setHighlight, countHighlighted } from './graph-marks.js';
import { hasCachedPositions } from './position-cache.js';
import { ActorPanel, fetchActor, fetchTerritory } from './actor-panel.js';
import { Filters } from './filters.js';
import { Timeline, todayIso } from './timeline.js';
import { Combobox, fold } from './combobox.js';
import { legendModel, renderLegend } from './legend.js';
import { exportPng } from './export-image.js';
import { sectorColour, sectorOrder } from './palette.js';

const LEVEL_ORDER = { COMMUNE: 0, CUSTOM: 1, EPCI: 2, DEPARTEMENT: 3, REGION: 4 };
const GRAPH_CACHE_SIZE = 40;

const app = {
  state: readState(),
  reference: { sectors: new Map(), domains: new Map(), sdgs: new Map(), types: new Map() },
  loaded: null, // {scopeKey, at, territory} of the graph on screen
  elements: null,
  territory: null, // the territory on screen (API answer) or null for the whole graph
  catalysts: null, // Promise<Map<id, catalyst>>
  marks: { articulationIds: [], articulations: new Map(), bridges: [], isolatedIds: [] },
  communities: [],
  suggestions: [],
  trajectoryKey: '',
  highlight: null, // {count} when the SDG/type filters dim part of the graph
  status: 'loading',
  statusDetail: '',
  pending: 0,
  loadSeq: 0,
  completed: 0,
  timings: [],
  firstReadyMs: null,
  errors: [],
  graphCache: new Map(),
  highlightCache: new Map(),
};

// What tests and curious users can reach from the console.
window.allianceExplorer = {
  get cy() { return app.graph?.cy; },
  get state() { return { ...app.state }; },
  get status() { return app.status; },
  get pending() { return app.pending; },
  /** Views loaded so far (graph drawn and decorated), for tests waiting for the next one. */
  get completed() { return app.completed; },
  get timings() { return app.timings.slice(); },
  get firstReadyMs() { return app.firstReadyMs; },
  get errors() { return app.errors.slice(); },
  get highlighted() { return app.highlight?.count ?? null; },
  nodeCount: () => app.graph?.cy?.nodes().length ?? 0,
  set: (patch) => update(patch, { push: true }),
};

window.addEventListener('error', (event) => app.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => app.errors.push(String(event.reason?.message || event.reason)));

// --- start ------------------------------------------------------------------------------------------

async function boot() {
  await loadLanguage(app.state.lang);
  translatePage();
  wireStaticControls();
  await start();
}

/** Everything that needs the API; retried from the error state when the service was down. */
async function start() {
  setStatus('loading');
  try {
    await loadReference();
  } catch (error) {
    showError(error, start);
    return;
  }
  app.graph = new GraphView($('#graph'), {
    onSelect: (id) => update({ actor: id, hops: 0 }, { push: true }),
    onBackground: () => {
      if (app.state.actor && !app.state.hops) update({ actor: '' }, { push: true });
    },
  });
  app.panel = new ActorPanel($('#panel'), panelContext());
  app.filters = new Filters({ reference: app.reference, onChange: (patch) => update(patch, { push: true }) });
  app.timeline = new Timeline({
    onChange: (at) => update({ at }, { push: false }),
    // the panel is not redrawn at every step of the trajectory: once, when it stops
    onStop: () => {
      if (app.state.actor) app.panel.open(app.state.actor);
    },
  });
  wireCombos();
  window.addEventListener('popstate', () => apply(readState(), app.state));
  await apply(app.state, null);
}

async function loadReference() {
  const [sectors, domains, sdgs, types] = await Promise.all([
    api.reference('sectors'), api.reference('domains'), api.reference('sdgs'), api.reference('partnership-types'),
  ]);
  const toMap = (entries) => new Map(entries.map((e) => [String(e.code), e]));
  const order = sectorOrder(sectors.map((s) => s.code));
  app.reference.sectors = toMap(order.map((code) => sectors.find((s) => s.code === code)));
  app.reference.domains = toMap(domains);
  app.reference.sdgs = toMap([...sdgs].sort((a, b) => Number(a.code) - Number(b.code)));
  app.reference.types = toMap(types);
}

// --- state changes ----------------------------------------------------------------------------------

/** Changes part of the state, writes it into the URL and redraws what depends on it. */
function update(patch, { push = false } = {}) {
  const previous = app.state;
  const next = { ...previous, ...patch };
  if ('actor' in patch && !('hops' in patch) && patch.actor !== previous.actor) next.hops = 0;
  if (!next.actor) next.hops = 0;
  writeState(next, { push });
  return apply(next, previous);
}

async function apply(next, previous) {
  app.state = next;
  const first = previous === null;
  if (first || next.lang !== previous.lang) {
    await loadLanguage(next.lang);
    translatePage();
    for (const button of document.querySelectorAll('.lang button')) button.setAttribute('aria-pressed', String(button.dataset.lang === next.lang));
  }
  const scopeChanged = !app.loaded || scopeKey(next) !== app.loaded.scopeKey;
  const dateChanged = !app.loaded || (next.at || '') !== app.loaded.at;
  updateExportLinks();
  app.filters.render(next, app.status === 'ready' ? app.graph.sectorsShown() : null);
  app.timeline.set(next.at || todayIso());
  if (scopeChanged || dateChanged || app.status === 'error') {
    await loadGraph(next, { scopeChanged: scopeChanged || app.status === 'error' });
  } else {
    await redecorate(previous);
  }
  if (first || next.lang !== previous?.lang) renderTexts();
}

function scopeKey(state) {
  return [state.territory, state.sectors.join(','), state.domains.join(',')].join('|');
}

function viewOf(state) {
  return { territory: state.territory, at: state.at, sectors: state.sectors, domains: state.domains, atEffective: state.at || todayIso() };
}

async function cachedGraph(view) {
  const key = `${scopeKey(view)}|${view.at}`;
  if (app.graphCache.has(key)) {
    const hit = app.graphCache.get(key);
    app.graphCache.delete(key);
    app.graphCache.set(key, hit);
    return hit;
  }
  const answer = await api.graph(view);
  const elements = answer.elements || { nodes: [], edges: [] };
  app.graphCache.set(key, elements);
  for (const old of [...app.graphCache.keys()].slice(0, Math.max(0, app.graphCache.size - GRAPH_CACHE_SIZE))) app.graphCache.delete(old);
  return elements;
}

async function loadGraph(state, { scopeChanged }) {
  const seq = ++app.loadSeq;
  const view = viewOf(state);
  const started = performance.now();
  const playing = app.timeline.playing;
  if (scopeChanged || app.status !== 'ready') setStatus('loading');
  else document.body.classList.add('busy');
  try {
    const territoryPromise = scopeChanged ? loadTerritory(state.territory) : Promise.resolve(app.territory);
    // an unknown territory explains any failure of the graph request: it is reported first
    const [territoryResult, graphResult] = await Promise.allSettled([territoryPromise, cachedGraph(view)]);
    if (territoryResult.status === 'rejected') throw territoryResult.reason;
    if (graphResult.status === 'rejected') throw graphResult.reason;
    const territory = territoryResult.value;
    const elements = graphResult.value;
    if (seq !== app.loadSeq) return;
    app.territory = territory;
    const fetched = performance.now();
    let timing;
    const key = scopeKey(state);
    const nodeCount = elements.nodes.length;
    if (nodeCount === 0) {
      app.graph.cy?.elements().remove();
      timing = { draw: 0, layout: 0, total: 0 };
    } else if (!scopeChanged && app.loaded && app.graph.cy) {
      const t0 = performance.now();
      app.graph.update(elements);
      timing = { draw: performance.now() - t0, layout: 0, total: performance.now() - t0 };
    } else {
      // a fresh layout at a past date also uses today's ties, so the picture does not move with the slider
      let layoutElements = null;
      if (state.at && !hasCachedPositions(key)) {
        layoutElements = await cachedGraph({ ...view, at: '' }).catch(() => null);
        if (seq !== app.loadSeq) return;
      }
      timing = await app.graph.show(elements, { key, layoutElements, keepFrom: sameTerritory(state) });
    }
    if (seq !== app.loadSeq) return;
    app.elements = elements;
    app.loaded = { scopeKey: key, at: state.at || '', territory: state.territory };
    record({ view, nodes: nodeCount, edges: elements.edges.length, fetch: fetched - started, ...timing, ms: performance.now() - started, scopeChanged });
    if (scopeChanged) app.catalysts = null;
    app.catalysts = loadCatalysts(view, nodeCount);
    if (nodeCount === 0) {
      setStatus('empty');
    } else {
      setStatus('ready');
      if (app.firstReadyMs === null) app.firstReadyMs = performance.now();
    }
    renderTexts();
    await redecorate(null, { seq, view, playing, scopeChanged });
  } catch (error) {
    if (seq !== app.loadSeq || error.name === 'AbortError') return;
    showError(error, () => loadGraph(app.state, { scopeChanged: true }));
  } finally {
    if (seq === app.loadSeq) {
      document.body.classList.remove('busy');
      app.completed++;
    }
  }
}

function sameTerritory(state) {
  return app.loaded && app.loaded.territory === state.territory;
}

function record(timing) {
  const entry = {
    territory: timing.view.territory || '*', at: timing.view.at || 'today', nodes: timing.nodes, edges: timing.edges,
    fetchMs: Math.round(timing.fetch), drawMs: Math.round(timing.draw), layoutMs: Math.round(timing.layout),
    frameMs: Math.round(timing.frame || 0),
    totalMs: Math.round(timing.ms), renderer: app.graph.webgl ? 'webgl' : 'canvas',
  };
  app.timings.push(entry);
  if (app.timings.length > 50) app.timings.shift();
}

async function loadTerritory(code) {
  if (!code) return null;
  try {
    return await fetchTerritory(code);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      const unknown = new Error('unknown territory');
      unknown.unknownTerritory = code;
      throw unknown;
    }
    throw error;
  }
}

function loadCatalysts(view, count) {
  const promise = api.catalysts(view, Math.min(1000, Math.max(20, count)))
    .then((answer) => new Map(answer.catalysts.map((c) => [c.id, c])))
    .catch(() => new Map());
  return promise;
}

/** Loads and applies everything drawn on top of the graph; {@code previous} null means all of it. */
async function redecorate(previous, { seq = app.loadSeq, view = viewOf(app.state), playing = false, scopeChanged = false } = {}) {
  const state = app.state;
  const all = previous === null;
  const tasks = [];
  if (all) {
    tasks.push(track(api.articulations(view).then((answer) => {
      if (seq !== app.loadSeq) return;
      app.marks.articulations = new Map((answer.articulationPoints || []).map((a) => [a.id, a]));
      app.marks.components = answer.components ?? null;
      app.marks.articulationIds = [...app.marks.articulations.keys()];
      app.marks.bridges = answer.bridges || [];
    }).catch(() => {
      app.marks.articulations = new Map();
      app.marks.articulationIds = [];
      app.marks.bridges = [];
    })));
    tasks.push(track(api.gaps(view).then((answer) => {
      if (seq !== app.loadSeq) return;
      app.marks.isolatedIds = answer.isolatedActors || [];
      app.communities = (answer.communities || []).slice().sort((a, b) => b.actors.length - a.actors.length);
    }).catch(() => {
      app.marks.isolatedIds = [];
      app.communities = [];
    })));
    if (scopeChanged || !app.trajectoryKey || app.trajectoryKey !== scopeKey(state)) {
      tasks.push(track(loadTrajectory(state)));
    }
  }
  if (state.suggestions && (all || !previous.suggestions)) {
    tasks.push(track(api.suggestions(view, 30).then((answer) => {
      if (seq === app.loadSeq) app.suggestions = answer.suggestions || [];
    }).catch(() => {
      app.suggestions = [];
    })));
  }
  const highlightPromise = (state.sdgs.length || state.types.length) ? track(computeHighlight(state, view)) : Promise.resolve(null);
  const [highlight] = await Promise.all([highlightPromise, ...tasks]);
  if (seq !== app.loadSeq) return;
  setMarks(app.graph.cy, app.marks, state.marks);
  setSuggestions(app.graph.cy, app.suggestions, state.suggestions);
  app.graph.setColouring(state.communities ? 'community' : 'sector', app.communities);
  setAllLabels(app.graph.cy, state.labels);
  app.highlight = highlight;
  setHighlight(app.graph.cy, highlight?.nodes ?? null, highlight?.edges ?? null);
  if (highlight) highlight.count = countHighlighted(app.graph.cy);
  await applySelection(previous);
  renderTexts();
  const panelNeeded = state.actor && !playing && (all || previous.actor !== state.actor || previous.hops !== state.hops
    || previous.lang !== state.lang || previous.suggestions !== state.suggestions || previous.communities !== state.communities
    || previous.marks !== state.marks || previous.types.join() !== state.types.join() || previous.sdgs.join() !== state.sdgs.join());
  if (!state.actor) app.panel.close();
  else if (panelNeeded) await app.panel.open(state.actor);
}

async function applySelection(previous) {
  const state = app.state;
  if (!state.actor) {
    app.graph.select(null);
    if (app.graph.savedPositions) await app.graph.exitEgo();
    $('#ego-banner').hidden = true;
    return;
  }
  const found = app.graph.select(state.actor);
  if (found && !state.hops && (!previous || previous.actor !== state.actor || previous.hops)) app.graph.focusOn(state.actor, { animate: Boolean(previous) });
  if (state.hops && found) {
    const count = await app.graph.ego(state.actor, state.hops);
    const name = app.graph.cy.getElementById(state.actor).data('label');
    $('#ego-text').textContent = t(state.hops === 1 ? 'ego.bannerOne' : 'ego.bannerTwo', { name, count: count - 1 });
    $('#ego-banner').hidden = false;
  } else {
    if (app.graph.savedPositions) await app.graph.exitEgo();
    $('#ego-banner').hidden = true;
  }
}

function track(promise) {
  app.pending++;
  return promise.finally(() => {
    app.pending--;
  });
}

async function loadTrajectory(state) {
  const key = scopeKey(state);
  app.trajectoryKey = key;
  const today = todayIso();
  const from = `${Number(today.slice(0, 4)) - 15}-01-01`;
  try {
    const answer = await api.trajectory(viewOf(state), from, today);
    if (app.trajectoryKey === key) app.timeline.setTrajectory(answer.points || []);
  } catch {
    if (app.trajectoryKey === key) app.timeline.setTrajectory([]);
  }
}

/**
 * SDG and partnership-type filters, applied in the page: the analyses take neither. An actor stays
 * highlighted when it contributes (at the date) to a project aiming at one of the SDGs, or is a member of an
 * active partnership of one of the types; a tie stays when such a project or partnership joins its two ends.
 */
async function computeHighlight(state, view) {
  const at = view.atEffective;
  const territory = state.territory || undefined;
  const sets = [];
  if (state.types.length) {
    const partnerships = (await Promise.all(state.types.map((type) => cachedList('partnerships', { territory, type, active: at }))))
      .flat()
      .filter((p) => state.types.includes(p.type));
    sets.push(pairs(partnerships.map((p) => (p.members || []).map((m) => m.actor))));
  }
  if (state.sdgs.length) {
    const projects = (await Promise.all(state.sdgs.map((sdg) => cachedList('projects', { territory, sdg }))))
      .flat()
      .filter((p) => (p.sdgs || []).some((s) => state.sdgs.includes(String(s))))
      .filter((p) => active(p, at));
    sets.push(pairs(projects.map((p) => (p.contributors || []).filter((c) => active(c, at)).map((c) => c.actor))));
  }
  const nodes = sets.reduce((acc, s) => (acc ? new Set([...acc].filter((id) => s.nodes.has(id))) : s.nodes), null);
  const edges = sets.reduce((acc, s) => (acc ? new Set([...acc].filter((k) => s.edges.has(k))) : s.edges), null);
  return { nodes, edges, count: 0 };
}

function active(item, at) {
  const start = item.start || item.since;
  const end = item.end || item.until;
  return (!start || start <= at) && (!end || end >= at);
}

function pairs(groups) {
  const nodes = new Set();
  const edges = new Set();
  for (const members of groups) {
    for (let i = 0; i < members.length; i++) {
      nodes.add(members[i]);
      for (let j = i + 1; j < members.length; j++) edges.add(`${members[i]}|${members[j]}`);
    }
  }
  return { nodes, edges };
}

function cachedList(path, params) {
  const key = `${path}?${JSON.stringify(params)}`;
  if (!app.highlightCache.has(key)) {
    app.highlightCache.set(key, getAll(path, params, { max: 5000 }).catch((error) => {
      app.highlightCache.delete(key);
      throw error;
    }));
  }
  return app.highlightCache.get(key);
}

// --- texts, status, territory -----------------------------------------------------------------------

function renderTexts() {
  const state = app.state;
  const cy = app.graph?.cy;
  const nodes = cy ? cy.nodes().length : 0;
  const edges = cy ? cy.edges().not('.suggestion').length : 0;
  const at = state.at || todayIso();
  $('#scope-name').textContent = app.territory
    ? `${app.territory.name} — ${t(`level.${app.territory.level}`)}`
    : state.territory ? `« ${state.territory} »` : t('territory.all');
  const parts = [t('summary.actors', { count: nodes }), t('summary.ties', { count: edges })];
  if (app.marks.isolatedIds.length) parts.push(t('summary.isolated', { count: app.marks.isolatedIds.length }));
  if (state.marks && app.marks.articulationIds.length) parts.push(t('summary.articulations', { count: app.marks.articulationIds.length }));
  if (app.highlight) parts.push(t('summary.highlighted', { count: app.highlight.count }));
  $('#scope-summary').textContent = app.status === 'ready'
    ? `${parts.join(' · ')} — ${state.at ? t('summary.at', { date: formatDate(at) }) : t('summary.today', { date: formatDate(at) })}`
    : '';
  renderBreadcrumbs();
  if (app.graph) {
    app.filters.render(state, app.status === 'ready' ? app.graph.sectorsShown() : null);
    renderLegend($('#legend'), currentLegend());
  }
  $('#toggle-marks').checked = state.marks;
  $('#toggle-suggestions').checked = state.suggestions;
  $('#toggle-communities').checked = state.communities;
  $('#toggle-labels').checked = state.labels;
  if (app.timeline) app.timeline.showValue(state.at || todayIso());
}

function currentLegend() {
  return legendModel({
    reference: app.reference,
    sectorCounts: app.graph.sectorsShown(),
    colourBy: app.state.communities ? 'community' : 'sector',
    communities: app.communities,
    marks: app.state.marks,
    suggestions: app.state.suggestions,
    isolatedCount: app.marks.isolatedIds.length,
  });
}

/** The closest territory that contains {@code territory} (an EPCI for a commune), or null. */
async function parentOf(territory) {
  if (!territory) return null;
  const parents = await Promise.all((territory.partOf || []).map((code) => fetchTerritory(code).catch(() => null)));
  return parents.filter(Boolean).sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9))[0] || null;
}

let breadcrumbSeq = 0;
async function renderBreadcrumbs() {
  const seq = ++breadcrumbSeq;
  const list = $('#breadcrumbs');
  const chain = [];
  let current = app.territory;
  const seen = new Set();
  while (current && !seen.has(current.code) && chain.length < 6) {
    seen.add(current.code);
    chain.unshift(current);
    current = await parentOf(current);
  }
  if (seq !== breadcrumbSeq) return;
  const items = [h('li', {}, crumb('', t('territory.all'), chain.length === 0))];
  chain.forEach((territory, i) => items.push(h('li', {}, crumb(territory.code, territory.name, i === chain.length - 1, territory.level))));
  list.replaceChildren(...items);
  renderChildren();
}

function crumb(code, text, current, level) {
  if (current) return h('span', { 'aria-current': 'page', title: level ? `${t(`level.${level}`)} ${code}` : null, text });
  return h('a', {
    href: `?territory=${encodeURIComponent(code)}`,
    title: level ? `${t(`level.${level}`)} ${code}` : null,
    onclick: (event) => {
      event.preventDefault();
      update({ territory: code, actor: '' }, { push: true });
    },
  }, text);
}

let childrenFor = null;
async function renderChildren() {
  const code = app.territory?.code || '';
  const select = $('#children');
  if (childrenFor === `${code}|${lang()}`) return;
  childrenFor = `${code}|${lang()}`;
  select.disabled = true;
  select.options[0].textContent = t('territory.children');
  let children = [];
  try {
    if (code) {
      children = await getAll('territories', { parent: code }, { max: 1000 });
    } else {
      const [regions, departments] = await Promise.all([api.territories({ level: 'REGION', size: 100 }), api.territories({ level: 'DEPARTEMENT', size: 200 })]);
      children = [...regions.content, ...departments.content];
    }
  } catch {
    children = [];
  }
  if (childrenFor !== `${code}|${lang()}`) return;
  const byLevel = new Map();
  for (const child of children.sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
    if (!byLevel.has(child.level)) byLevel.set(child.level, []);
    byLevel.get(child.level).push(child);
  }
  select.replaceChildren(h('option', { value: '' }, children.length ? t('territory.children') : t('territory.noChildren')));
  for (const [level, list] of [...byLevel.entries()].sort((a, b) => (LEVEL_ORDER[b[0]] ?? 9) - (LEVEL_ORDER[a[0]] ?? 9))) {
    select.append(h('optgroup', { label: t(`levelPlural.${level}`) }, list.map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`))));
  }
  select.disabled = children.length === 0;
}

function setStatus(status, { title = '', detail = '', actions = [] } = {}) {
  app.status = status;
  const box = $('#status');
  box.dataset.state = status;
  $('#graph').setAttribute('aria-busy', String(status === 'loading'));
  if (status === 'ready') {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const texts = {
    loading: [t('status.loading'), ''],
    empty: [t('status.empty'), emptyDetail()],
  };
  const [defaultTitle, defaultDetail] = texts[status] || ['', ''];
  $('#status-title').textContent = title || defaultTitle;
  $('#status-detail').textContent = detail || defaultDetail;
  const actionBox = $('#status-actions');
  actionBox.replaceChildren(...actions);
  if (status === 'empty') {
    const filtered = app.state.sectors.length || app.state.domains.length;
    if (filtered) {
      actionBox.append(h('button', { type: 'button', class: 'button', onclick: () => update({ sectors: [], domains: [] }, { push: true }) }, t('status.clearFilters')));
    } else {
      actionBox.append(h('button', { type: 'button', class: 'button', onclick: () => update({ territory: '', actor: '' }, { push: true }) }, t('status.allTerritories')));
      // an empty commune: the way up is to the territory that contains it
      parentOf(app.territory).then((parent) => {
        if (parent && app.status === 'empty') {
          actionBox.prepend(h('button', { type: 'button', class: 'button', onclick: () => update({ territory: parent.code, actor: '' }, { push: true }) },
            t('status.up', { name: parent.name })));
        }
      });
    }
  }
}

function emptyDetail() {
  const state = app.state;
  if (state.sectors.length || state.domains.length) return t('status.emptyFiltered');
  return t('status.emptyScope', { date: formatDate(state.at || todayIso()) });
}

function showError(error, retry) {
  console.warn('alliance-graph explorer:', error);
  if (error.unknownTerritory) {
    app.territory = null;
    app.graph?.cy?.elements().remove();
    app.loaded = null;
    setStatus('error', {
      title: t('error.unknownTerritory'),
      detail: t('error.unknownTerritoryDetail', { code: error.unknownTerritory }),
      actions: [h('button', { type: 'button', class: 'button', onclick: () => update({ territory: '', actor: '' }, { push: true }) }, t('status.allTerritories'))],
    });
  } else if (error instanceof ServiceDownError) {
    setStatus('error', {
      title: t('error.serviceDown'),
      detail: t('error.serviceDownDetail'),
      actions: [h('button', { type: 'button', class: 'button', onclick: retry }, t('error.retry'))],
    });
  } else {
    setStatus('error', {
      title: t('error.other'),
      detail: error instanceof ApiError ? error.message : t('error.otherDetail'),
      actions: [h('button', { type: 'button', class: 'button', onclick: retry }, t('error.retry'))],
    });
  }
  renderTexts();
}

// --- controls ---------------------------------------------------------------------------------------

function wireStaticControls() {
  for (const button of document.querySelectorAll('.lang button')) {
    button.addEventListener('click', () => update({ lang: button.dataset.lang }, { push: false }));
  }
  const toggles = { 'toggle-marks': 'marks', 'toggle-suggestions': 'suggestions', 'toggle-communities': 'communities', 'toggle-labels': 'labels' };
  for (const [id, key] of Object.entries(toggles)) {
    $(`#${id}`).addEventListener('change', (event) => update({ [key]: event.target.checked }, { push: false }));
  }
  $('#zoom-in').addEventListener('click', () => app.graph?.zoom(1.25));
  $('#zoom-out').addEventListener('click', () => app.graph?.zoom(0.8));
  $('#zoom-fit').addEventListener('click', () => app.graph?.fit());
  $('#relayout').addEventListener('click', async () => {
    if (app.state.hops) await update({ hops: 0 }, { push: true });
    await app.graph?.relayout();
  });
  $('#ego-exit').addEventListener('click', () => update({ hops: 0 }, { push: true }));
  $('#export-png').addEventListener('click', () => {
    if (!app.graph?.cy || !app.graph.cy.nodes().length) return;
    exportPng(app.graph.cy, {
      title: $('#scope-name').textContent,
      subtitle: $('#scope-summary').textContent,
      legend: currentLegend(),
      filename: `alliances-${app.state.territory || 'tout'}-${app.state.at || todayIso()}.png`,
      credit: t('export.credit', { url: window.location.href }),
    });
  });
  $('#children').addEventListener('change', (event) => {
    if (event.target.value) update({ territory: event.target.value, actor: '' }, { push: true });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName)) {
      event.preventDefault();
      $('#actor-input').focus();
    }
  });
}

function wireCombos() {
  new Combobox({
    input: $('#territory-input'),
    listbox: $('#territory-options'),
    source: async (query) => {
      // the exact name or code first, then names starting with the query, larger territories before smaller
      const folded = fold(query);
      const rank = (t) => (fold(t.name) === folded || t.code === query ? 0 : fold(t.name).startsWith(folded) ? 1 : 2);
      return (await api.territories({ q: query, size: 40 })).content
        .sort((a, b) => rank(a) - rank(b) || (LEVEL_ORDER[b.level] ?? 0) - (LEVEL_ORDER[a.level] ?? 0) || (b.population || 0) - (a.population || 0))
        .slice(0, 12);
    },
    render: (territory) => ({ text: territory.name, detail: `${t(`level.${territory.level}`)} · ${territory.code}` }),
    onPick: (territory) => update({ territory: territory.code, actor: '' }, { push: true }),
    emptyText: () => t('territory.none'),
  });
  new Combobox({
    input: $('#actor-input'),
    listbox: $('#actor-options'),
    minLength: 2,
    source: async (query) => {
      const folded = fold(query);
      const cy = app.graph?.cy;
      const local = cy ? cy.nodes().filter((n) => fold(n.data('label')).includes(folded))
        .sort((a, b) => (b.data('score') || 0) - (a.data('score') || 0))
        .slice(0, 10)
        .map((n) => ({ id: n.id(), name: n.data('label'), sector: n.data('sector'), inScope: true })) : [];
      if (local.length >= 5) return local;
      const remote = await api.actors({ q: query, size: 8 }).then((answer) => answer.content).catch(() => []);
      const ids = new Set(local.map((a) => a.id));
      return [...local, ...remote.filter((a) => !ids.has(a.id)).map((a) => ({ id: a.id, name: a.name, sector: a.sector, inScope: false }))];
    },
    render: (actor) => ({
      text: actor.name,
      detail: actor.inScope ? label(app.reference.sectors.get(actor.sector)) : t('actor.outOfScope'),
      swatch: sectorColour(actor.sector),
    }),
    onPick: (actor) => update({ actor: actor.id, hops: 0 }, { push: true }),
    emptyText: () => t('actor.none'),
  });
}

function updateExportLinks() {
  const view = viewOf(app.state);
  for (const format of ['graphml', 'gexf']) {
    const link = $(`#export-${format}`);
    link.href = api.exportUrl(view, format);
    link.download = `alliances-${app.state.territory || 'tout'}-${view.atEffective}.${format}`;
  }
}

function panelContext() {
  return {
    reference: app.reference,
    view: () => ({ ...viewOf(app.state), hops: app.state.hops, types: app.state.types, sdgs: app.state.sdgs }),
    node: (id) => {
      const node = app.graph?.cy?.getElementById(id);
      if (!node || node.empty()) return null;
      return { ...node.data(), degree: node.degree(false) ? node.connectedEdges().not('.suggestion').connectedNodes().length - 1 : 0 };
    },
    actorCount: () => app.graph?.cy?.nodes().length ?? 0,
    catalyst: async (id) => (app.catalysts ? (await app.catalysts).get(id) : undefined),
    facts: (id) => {
      const cy = app.graph?.cy;
      const node = cy?.getElementById(id);
      const communityIndex = app.communities.findIndex((c) => c.actors.includes(id));
      return {
        articulation: app.marks.articulations.get(id),
        components: app.marks.components,
        bridges: app.marks.bridges.filter((b) => b.source === id || b.target === id).length,
        isolated: app.marks.isolatedIds.includes(id) || (node?.nonempty() && node.connectedEdges().not('.suggestion').empty()),
        community: communityIndex >= 0 ? communityIndex : undefined,
        communitySize: communityIndex >= 0 ? app.communities[communityIndex].actors.length : 0,
      };
    },
    suggestionsFor: (id) => app.suggestions
      .filter((s) => s.a === id || s.b === id)
      .map((s) => ({ ...s, other: s.a === id ? s.b : s.a })),
    onClose: () => update({ actor: '', hops: 0 }, { push: true }),
    onSelectActor: (id) => update({ actor: id, hops: 0 }, { push: true }),
    onEgo: (hops) => update({ hops }, { push: true }),
  };
}

boot().catch((error) => {
  app.errors.push(String(error?.message || error));
  showError(error, () => window.location.reload());
});
