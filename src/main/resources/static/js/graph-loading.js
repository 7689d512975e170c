// Loading the graph of a view: the territory and the actor graph from the API (the last graphs kept), drawn
// or updated in place, timed, then decorated.

import { api, ApiError } from './api.js';
import { fetchTerritory } from './actor-panel.js';
import { hasCachedPositions } from './position-cache.js';
import { app, scopeKey, viewOf } from './view-state.js';
import { setStatus, showError } from './status.js';
import { renderTexts } from './page-texts.js';
import { redecorate } from './decorations.js';

const GRAPH_CACHE_SIZE = 40;
/** The last graphs read, by scope and date, most recently used last. */
const graphCache = new Map();

/** Forgets the graphs read: after a write, the view is read again. */
export function forgetGraphs() {
  graphCache.clear();
}

async function cachedGraph(view) {
  const key = `${scopeKey(view)}|${view.at}`;
  if (graphCache.has(key)) {
    const hit = graphCache.get(key);
    graphCache.delete(key);
    graphCache.set(key, hit);
    return hit;
  }
  const answer = await api.graph(view);
  const elements = answer.elements || { nodes: [], edges: [] };
  graphCache.set(key, elements);
  for (const old of [...graphCache.keys()].slice(0, Math.max(0, graphCache.size - GRAPH_CACHE_SIZE))) graphCache.delete(old);
  return elements;
}

export async function loadGraph(state, { scopeChanged }) {
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
    app.loaded = { scopeKey: key, at: state.at || '', territory: state.territory };
    record({ view, nodes: nodeCount, edges: elements.edges.length, fetch: fetched - started, ...timing, ms: performance.now() - started, scopeChanged });
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
