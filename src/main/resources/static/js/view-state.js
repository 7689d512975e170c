// The state of the explorer page: the view read from the URL (app.state), what is on screen and how far
// it got, and the one way to change the view, update(), which writes the URL and redraws the page.

import { readState, writeState } from './url-state.js';
import { todayIso } from './timeline.js';

/** What the page shows and where it stands; main.js adds its parts (graph, panel, filters, timeline) at start. */
export const app = {
  state: readState(),
  reference: { sectors: new Map(), domains: new Map(), sdgs: new Map(), types: new Map() },
  loaded: null, // {scopeKey, at, territory} of the graph on screen
  territory: null, // the territory on screen (API answer) or null for the whole graph
  catalysts: null, // Promise<Map<id, catalyst>>
  marks: { articulationIds: [], articulations: new Map(), bridges: [], isolatedIds: [] },
  communities: [],
  suggestions: [],
  trajectoryKey: '',
  highlight: null, // {count} when the SDG/type filters dim part of the graph
  analyses: null, // the analysis panels beside the graph
  status: 'loading',
  pending: 0,
  loadSeq: 0,
  completed: 0,
  timings: [],
  firstReadyMs: null,
  errors: [],
};

/**
 * Redraws the page for a new state. Given by main.js: redrawing needs every part of the page, and they all
 * import update from here.
 */
let redraw = null;

export function onUpdate(apply) {
  redraw = apply;
}

/** Changes part of the state, writes it into the URL and redraws what depends on it. */
export function update(patch, { push = false } = {}) {
  const previous = app.state;
  const next = { ...previous, ...patch };
  if ('actor' in patch && !('hops' in patch) && patch.actor !== previous.actor) next.hops = 0;
  if (!next.actor) next.hops = 0;
  writeState(next, { push });
  return redraw(next, previous);
}

/** Counts a request of the view in {@code app.pending} while it runs (tests wait for none to be left). */
export function track(promise) {
  app.pending++;
  return promise.finally(() => {
    app.pending--;
  });
}

export function scopeKey(state) {
  return [state.territory, state.sectors.join(','), state.domains.join(',')].join('|');
}

export function viewOf(state) {
  return { territory: state.territory, at: state.at, sectors: state.sectors, domains: state.domains, atEffective: state.at || todayIso() };
}
