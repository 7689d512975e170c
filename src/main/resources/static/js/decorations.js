// Everything drawn over the graph once it is there: the analyses' marks, suggested alliances, communities,
// the trajectory under the slider, the SDG and type highlight, and the selected actor (its ego network and
// its panel).

import { api } from './api.js';
import { t } from './i18n.js';
import { $ } from './dom.js';
import { todayIso } from './timeline.js';
import { setMarks, setSuggestions, setAllLabels, setHighlight, countHighlighted } from './graph-marks.js';
import { computeHighlight } from './highlight.js';
import { app, scopeKey, viewOf, track } from './view-state.js';
import { scopeAnswers } from './scope-answers.js';
import { renderTexts } from './page-texts.js';

/** Loads and applies everything drawn on top of the graph; {@code previous} null means all of it. */
export async function redecorate(previous, { seq = app.loadSeq, view = viewOf(app.state), playing = false, scopeChanged = false } = {}) {
  const state = app.state;
  const all = previous === null;
  const tasks = [];
  if (all) {
    tasks.push(track(scopeAnswers(view).articulations().then((answer) => {
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
    tasks.push(track(scopeAnswers(view).gaps().then((answer) => {
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
    tasks.push(track(scopeAnswers(view).suggestions().then((answer) => {
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
  app.analyses?.render();
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
