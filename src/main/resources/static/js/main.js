// The explorer page: reads its state from the URL, loads the view from the public API, draws it, and
// keeps the URL up to date so that any view can be shared as a link.

import { api } from './api.js';
import { readState } from './url-state.js';
import { loadLanguage, translatePage } from './i18n.js';
import { $ } from './dom.js';
import { GraphView } from './graph-view.js';
import { ActorPanel } from './actor-panel.js';
import { Filters } from './filters.js';
import { Timeline, todayIso } from './timeline.js';
import { sectorOrder, useSectorColours } from './palette.js';
import { app, update, onUpdate, scopeKey, viewOf } from './view-state.js';
import { loadGraph } from './graph-loading.js';
import { redecorate } from './decorations.js';
import { renderTexts } from './page-texts.js';
import { setStatus, showError } from './status.js';
import { wireStaticControls, updateExportLinks } from './page-controls.js';
import { wireCombos } from './search-combos.js';
import { AnalysisPanels } from './analysis-panels.js';
import { territoryCy } from './territory-map.js';
import { benchmarkRequest } from './benchmark-view.js';
import { loadSession, renderSession } from './session.js';
import { panelEditing, renderEditTools } from './editing.js';
import { communityName } from './community-names.js';

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
  /** Analysis tabs drawn so far, and the territories' picture on screen. */
  get analysesRendered() { return app.analyses?.rendered ?? 0; },
  get territoryCy() { return territoryCy(); },
  /** Seconds a benchmark request waits for its peers; 0 shows the progress of any peer set not computed yet. */
  set benchmarkWait(seconds) { benchmarkRequest.wait = seconds; },
  nodeCount: () => app.graph?.cy?.nodes().length ?? 0,
  set: (patch) => update(patch, { push: true }),
};

window.addEventListener('error', (event) => app.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => app.errors.push(String(event.reason?.message || event.reason)));

onUpdate(apply);

// --- start ------------------------------------------------------------------------------------------

async function boot() {
  await Promise.all([loadLanguage(app.state.lang), loadSession()]);
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
  app.analyses = new AnalysisPanels($('#analyses'));
  window.addEventListener('popstate', () => apply(readState(), app.state));
  await apply(app.state, null);
}

async function loadReference() {
  const [sectors, domains, sdgs, types] = await Promise.all([
    api.reference('sectors'), api.reference('domains'), api.reference('sdgs'), api.reference('partnership-types'),
  ]);
  const toMap = (entries) => new Map(entries.map((e) => [String(e.code), e]));
  useSectorColours(sectors);
  const order = sectorOrder(sectors.map((s) => s.code));
  app.reference.sectors = toMap(order.map((code) => sectors.find((s) => s.code === code)));
  app.reference.domains = toMap(domains);
  app.reference.sdgs = toMap([...sdgs].sort((a, b) => Number(a.code) - Number(b.code)));
  app.reference.types = toMap(types);
}

// --- state changes ----------------------------------------------------------------------------------

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
  if (first || next.lang !== previous?.lang) {
    renderTexts();
    renderSession();
  }
  renderEditTools();
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
        communityName: communityIndex >= 0 ? communityName(app.communities[communityIndex], cy, app.reference.sectors).title : '',
        communitySize: communityIndex >= 0 ? app.communities[communityIndex].actors.length : 0,
      };
    },
    suggestionsFor: (id) => app.suggestions
      .filter((s) => s.a === id || s.b === id)
      .map((s) => ({ ...s, other: s.a === id ? s.b : s.a })),
    onClose: () => update({ actor: '', hops: 0 }, { push: true }),
    onSelectActor: (id) => update({ actor: id, hops: 0 }, { push: true }),
    onEgo: (hops) => update({ hops }, { push: true }),
    simulateDeparture: async (id) => {
      const answer = await api.scenario(viewOf(app.state), { without: id, lang: app.state.lang });
      app.graph?.markDeparture({ id, cutOff: answer.cutOff });
      return answer;
    },
    clearDeparture: () => app.graph?.markDeparture(null),
    editing: panelEditing,
  };
}

boot().catch((error) => {
  app.errors.push(String(error?.message || error));
  showError(error, () => window.location.reload());
});
