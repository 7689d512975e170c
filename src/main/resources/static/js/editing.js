// Editing from the page, for the signed-in roles that may write (EDITOR, ADMIN): the header's "new actor", the
// actor panel's and its cards' edit buttons, a territory's needs, and what follows a write (the graph and the
// panel read again, so that what was written is drawn).

import { api, getJson } from './api.js';
import { h, $ } from './dom.js';
import { t } from './i18n.js';
import { session } from './session.js';
import { app, update } from './view-state.js';
import { loadGraph, forgetGraphs } from './graph-loading.js';
import { forgetEntities } from './actor-panel.js';
import { forgetScopeAnswers } from './scope-answers.js';
import { openActorForm } from './actor-form.js';
import { openProjectForm } from './project-form.js';
import { openPartnershipForm } from './partnership-form.js';
import { openTerritoryNeedsForm } from './territory-needs-form.js';

const vocabularies = new Map();

function vocabulary(name) {
  if (!vocabularies.has(name)) vocabularies.set(name, api.reference(name).catch(() => []));
  return vocabularies.get(name);
}

/** After a write: the graph of the view, its analyses and the panel read again; {@code actor} selected when given. */
async function refresh({ actor } = {}) {
  forgetGraphs();
  forgetEntities();
  forgetScopeAnswers();
  await loadGraph(app.state, { scopeChanged: false });
  if (actor !== undefined && actor !== app.state.actor) {
    await update({ actor, hops: 0 }, { push: true });
  } else if (app.state.actor) {
    await app.panel.open(app.state.actor);
  }
}

function newActor() {
  const defaults = app.state.territory ? { locatedIn: app.state.territory } : {};
  openActorForm({ reference: app.reference, defaults, onSaved: (actor) => refresh({ actor: actor.id }) });
}

async function editActor(id) {
  const actor = await getJson(`actors/${encodeURIComponent(id)}`);
  openActorForm({
    actor, reference: app.reference, onSaved: () => refresh(), onDeleted: () => refresh({ actor: '' }),
  });
}

async function editProject(id, defaults) {
  const [project, instruments] = await Promise.all([
    id ? getJson(`projects/${encodeURIComponent(id)}`) : null, vocabulary('funding-instruments'),
  ]);
  openProjectForm({ project, defaults, instruments, reference: app.reference, onSaved: () => refresh(), onDeleted: () => refresh() });
}

async function editPartnership(id, defaults) {
  const partnership = id ? await getJson(`partnerships/${encodeURIComponent(id)}`) : null;
  openPartnershipForm({ partnership, defaults, reference: app.reference, onSaved: () => refresh(), onDeleted: () => refresh() });
}

async function editNeeds() {
  const [territory, indicators] = await Promise.all([
    getJson(`territories/${encodeURIComponent(app.state.territory)}`), vocabulary('indicators'),
  ]);
  openTerritoryNeedsForm({ territory, indicators, onSaved: () => refresh() });
}

/** The header's buttons: a new actor, the needs of the territory in view. */
export function renderEditTools(root = $('#edit-tools')) {
  if (!root) return;
  if (!session.canWrite) {
    root.replaceChildren();
    return;
  }
  root.replaceChildren(
    h('button', { type: 'button', class: 'button small primary', 'data-testid': 'actor-new', text: t('edit.actorNewButton'), onclick: newActor }),
    app.state.territory
      ? h('button', { type: 'button', class: 'button small', 'data-testid': 'needs-edit', text: t('edit.needsButton'), title: t('edit.needsHint'), onclick: editNeeds })
      : null);
}

/** What the actor panel adds for a writer: its edit buttons, and what a restore from a history reloads. */
export const panelEditing = {
  actorTools(actor) {
    if (!session.canWrite) return null;
    const member = { members: [{ actor: actor.id, role: 'PARTNER' }, { actor: '', role: 'PARTNER' }] };
    const contributor = { contributors: [{ actor: actor.id, role: 'PARTNER' }], phase: 'EMERGENCE', targets: app.state.territory ? [app.state.territory] : [] };
    return h('div', { class: 'edit-bar', role: 'group', 'aria-label': t('edit.tools') },
      h('button', { type: 'button', class: 'button small', 'data-testid': 'actor-edit', text: t('edit.actorEdit'), onclick: () => editActor(actor.id) }),
      h('button', { type: 'button', class: 'button small', 'data-testid': 'partnership-new', text: t('edit.partnershipNewButton'), onclick: () => editPartnership(null, member) }),
      h('button', { type: 'button', class: 'button small', 'data-testid': 'project-new', text: t('edit.projectNewButton'), onclick: () => editProject(null, contributor) }));
  },
  cardTools(resource, id) {
    if (!session.canWrite) return null;
    const open = resource === 'projects' ? () => editProject(id) : () => editPartnership(id);
    return h('button', { type: 'button', class: 'link card-edit', 'data-testid': `${resource === 'projects' ? 'project' : 'partnership'}-edit`, 'data-key': id, text: t('edit.cardEdit'), onclick: open });
  },
  restored: () => refresh(),
};
