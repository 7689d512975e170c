// The side panel of one actor: who it is, its catalyst figures and their French explanation, its ego
// network on demand, its partnerships and projects, and the history of each. Everything comes from the public API.

import { api, getAll, ApiError } from './api.js';
import { h, $ } from './dom.js';
import { historySection, historyDisclosure } from './change-history.js';
import { departureSection } from './departure-simulation.js';
import { t, label, formatNumber, formatPercent, formatDate } from './i18n.js';
import { catalystExplanation, reasonClauses } from './reasons.js';
import { sectorColour, textOn, communityColour, sdgColour } from './palette.js';

const actorCache = new Map();
const partnershipCache = new Map();
const projectCache = new Map();
const territoryCache = new Map();
const actorProjects = new Map();

function cached(cache, key, load) {
  if (!cache.has(key)) {
    const promise = load().catch((error) => {
      cache.delete(key);
      throw error;
    });
    cache.set(key, promise);
  }
  return cache.get(key);
}

/** Forgets what was read of actors, territories, partnerships and projects: after a write, they are read again. */
export function forgetEntities() {
  for (const cache of [actorCache, partnershipCache, projectCache, territoryCache, actorProjects]) cache.clear();
}

export function fetchActor(id) {
  return cached(actorCache, id, () => api.actor(id));
}

export function fetchTerritory(code) {
  return cached(territoryCache, code, () => api.territory(code));
}

function fetchPartnerships(id) {
  return cached(partnershipCache, id, () => getAll('partnerships', { actor: id }, { max: 1000, size: 200 }));
}

function fetchProject(id) {
  return cached(projectCache, id, () => api.project(id));
}

/** The projects of the scope that an actor contributes to or funds, whatever the dates. */
function fetchActorProjects(id, territory) {
  return cached(actorProjects, `${id}|${territory || '*'}`,
    () => getAll('projects', { actor: id, territory: territory || undefined }, { max: 1000, size: 200 }));
}

function isActive(item, at) {
  const start = item.start || item.since;
  const end = item.end || item.until;
  return (!start || start <= at) && (!end || end >= at);
}

function period(start, end) {
  const from = start ? start.slice(0, 4) : '?';
  if (!end) return t('panel.since', { year: from });
  const to = end.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

export class ActorPanel {
  constructor(root, context) {
    this.root = root;
    this.context = context;
    this.showEnded = false;
    this.current = null;
    this.request = 0;
    $('#panel-close', root).addEventListener('click', () => context.onClose());
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') context.onClose();
    });
  }

  close() {
    this.context.clearDeparture();
    this.current = null;
    this.request++;
    this.root.hidden = true;
    document.body.classList.remove('panel-open');
  }

  /** Opens (or refreshes) the panel for actor {@code id}; resolves when its content is drawn. */
  async open(id, { focus = false } = {}) {
    const request = ++this.request;
    const switching = this.current !== id;
    this.current = id;
    this.root.hidden = false;
    document.body.classList.add('panel-open');
    const body = $('#panel-body', this.root);
    const node = this.context.node(id);
    if (switching) {
      this.context.clearDeparture();
      this.showEnded = false;
      $('#panel-title', this.root).textContent = node?.label || id;
      this.sectorChip(node?.sector);
      $('#panel-place', this.root).textContent = '';
      body.replaceChildren(h('p', { class: 'muted loading-line', text: t('status.loadingShort') }));
    }
    if (focus) this.root.focus({ preventScroll: true });
    let actor;
    try {
      actor = await fetchActor(id);
    } catch (error) {
      if (request !== this.request) return;
      const message = error instanceof ApiError && error.status === 404 ? t('panel.unknownActor', { id }) : t('error.serviceDown');
      body.replaceChildren(h('p', { class: 'error-line', role: 'alert', text: message }));
      this.root.dataset.ready = 'error';
      return;
    }
    if (request !== this.request) return;
    $('#panel-title', this.root).textContent = actor.name;
    this.sectorChip(actor.sector);
    this.place(actor, request);

    const catalyst = await this.context.catalyst(id);
    if (request !== this.request) return;
    body.replaceChildren(...[
      this.context.editing.actorTools(actor),
      this.catalystSection(actor, catalyst, node),
      this.egoSection(id, node),
      node ? departureSection(id, this.context) : null,
      this.suggestionSection(id),
      h('section', { class: 'panel-section', id: 'panel-partnerships' }, h('h3', { text: t('panel.partnerships') }), h('p', { class: 'muted', text: t('status.loadingShort') })),
      h('section', { class: 'panel-section', id: 'panel-projects' }, h('h3', { text: t('panel.projects') }), h('p', { class: 'muted', text: t('status.loadingShort') })),
      this.aboutSection(actor),
      historySection('actors', actor.id, this.context.editing.restored),
    ].filter(Boolean));
    this.root.dataset.ready = 'partial';
    await this.relations(actor, request);
    if (request === this.request) this.root.dataset.ready = 'true';
  }

  sectorChip(sector) {
    const chip = $('#panel-sector', this.root);
    const entry = this.context.reference.sectors.get(sector);
    chip.textContent = entry ? label(entry) : sector || '';
    const colour = sectorColour(sector);
    chip.style.background = colour;
    chip.style.color = textOn(colour);
  }

  async place(actor, request) {
    const el = $('#panel-place', this.root);
    let seat = actor.locatedIn;
    try {
      const territory = await fetchTerritory(actor.locatedIn);
      seat = `${territory.name} (${territory.code})`;
    } catch {
      // keep the code
    }
    if (request !== this.request) return;
    el.textContent = t('panel.seat', { place: seat });
  }

  catalystSection(actor, catalyst, node) {
    const view = this.context.view();
    const facts = this.context.facts(actor.id);
    const section = h('section', { class: 'panel-section catalyst', id: 'panel-catalyst' }, h('h3', { text: t('panel.catalystTitle') }));
    if (!node) {
      section.append(h('p', { class: 'muted', text: t('panel.notInScope') }));
      return section;
    }
    const score = catalyst?.score ?? node.score ?? 0;
    const rank = catalyst?.rank ?? node.rank;
    section.append(h('div', { class: 'score' },
      h('div', { class: 'score-bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 1, 'aria-valuenow': score.toFixed(2), 'aria-label': t('panel.score') },
        h('span', { style: { width: `${Math.round(score * 100)}%` } })),
      h('p', { class: 'score-text' },
        h('strong', { text: formatNumber(score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) }),
        ' ', rank ? t('panel.rank', { rank, count: this.context.actorCount() }) : '')));
    if (catalyst?.explanation) {
      section.append(h('blockquote', { class: 'explanation', id: 'panel-explanation' }, catalystExplanation(catalyst, this.context.reference)));
    } else {
      section.append(h('p', { class: 'muted', id: 'panel-explanation', text: t('panel.noExplanation') }));
    }
    const badges = h('div', { class: 'badges' });
    if (facts.articulation) {
      // how many more pieces the network falls into without it (isolated actors are pieces already)
      const extra = facts.components != null && facts.articulation.componentsWithout != null
        ? Math.max(1, facts.articulation.componentsWithout - facts.components) : 1;
      const badge = h('p', { class: 'badge badge-mark' }, h('span', { class: 'mark-icon diamond', 'aria-hidden': 'true' }),
        h('span', {}, t('panel.articulation', { count: extra })));
      badges.append(badge);
      const separates = facts.articulation.separates || [];
      if (separates.length) {
        Promise.all(separates.map((code) => fetchTerritory(code).then((tt) => tt.name).catch(() => code))).then((names) => {
          badge.lastChild.append(' ', t('panel.separates', { names: names.join(', ') }));
        });
      }
    }
    if (facts.bridges > 0) badges.append(h('p', { class: 'badge badge-mark' }, h('span', { class: 'mark-icon bridge', 'aria-hidden': 'true' }), t('panel.bridges', { count: facts.bridges })));
    if (facts.isolated) badges.append(h('p', { class: 'badge badge-isolated' }, h('span', { class: 'mark-icon isolated', 'aria-hidden': 'true' }), t('panel.isolated', { date: formatDate(view.atEffective) })));
    if (facts.community !== undefined) {
      badges.append(h('p', { class: 'badge' }, h('span', { class: 'swatch', style: { background: communityColour(facts.community) }, 'aria-hidden': 'true' }),
        t('panel.community', { name: facts.communityName, size: facts.communitySize })));
    }
    if (badges.childElementCount) section.append(badges);
    if (catalyst) {
      const b = catalyst.brokerage || {};
      const rows = [
        ['panel.betweenness', formatPercent(catalyst.betweennessNormalized ?? 0, 1), 'panel.betweennessHelp'],
        ['panel.constraint', catalyst.constraint == null ? '—' : formatNumber(catalyst.constraint, { maximumFractionDigits: 2 }), 'panel.constraintHelp'],
        ['panel.effectiveSize', catalyst.effectiveSize == null ? '—' : formatNumber(catalyst.effectiveSize, { maximumFractionDigits: 1 }), 'panel.effectiveSizeHelp'],
        ['panel.sectorDiversity', formatNumber(catalyst.sectorDiversity ?? 0), 'panel.sectorDiversityHelp'],
        ['panel.territorySpan', formatNumber(catalyst.territorySpan ?? 0), 'panel.territorySpanHelp'],
        ['panel.brokerage', t('panel.brokerageValue', { coordinator: b.coordinator ?? 0, consultant: b.consultant ?? 0, boundarySpanner: b.boundarySpanner ?? 0, liaison: b.liaison ?? 0 }), 'panel.brokerageHelp'],
      ];
      section.append(h('details', { class: 'figures' },
        h('summary', { text: t('panel.figures') }),
        h('dl', {}, rows.map(([key, value, help]) => [
          h('dt', {}, t(key)),
          h('dd', {}, h('strong', { text: value }), h('span', { class: 'help', text: t(help) })),
        ]))));
    }
    return section;
  }

  egoSection(id, node) {
    const hops = this.context.view().hops;
    const section = h('section', { class: 'panel-section' }, h('h3', { text: t('ego.title') }));
    if (!node) return section;
    const group = h('div', { class: 'segmented', role: 'group', 'aria-label': t('ego.title') });
    for (const value of [1, 2]) {
      group.append(h('button', {
        type: 'button', class: 'button small', id: `ego-${value}`, 'aria-pressed': String(hops === value),
        onclick: () => this.context.onEgo(hops === value ? 0 : value),
      }, t(value === 1 ? 'ego.one' : 'ego.two')));
    }
    section.append(group, h('p', { class: 'hint', text: t('ego.hint', { count: node.degree }) }));
    return section;
  }

  suggestionSection(id) {
    const mine = this.context.suggestionsFor(id);
    if (!mine.length) return null;
    return h('section', { class: 'panel-section' },
      h('h3', {}, h('span', { class: 'mark-icon suggestion', 'aria-hidden': 'true' }), t('panel.suggestions')),
      h('ul', { class: 'plain-list' }, mine.map((s) => h('li', {},
        h('p', { class: 'suggestion-head' }, this.actorButton(s.other),
          h('span', { class: 'muted', text: t('panel.suggestionScore', { score: formatNumber(s.score, { maximumFractionDigits: 2 }) }) })),
        s.reasons?.length ? h('ul', { class: 'reasons' }, reasonClauses('suggestion', s, this.context.reference).map((r) => h('li', { text: r }))) : null))));
  }

  aboutSection(actor) {
    const rows = [];
    if (actor.size) rows.push([t('panel.size'), t(`size.${actor.size}`) === `size.${actor.size}` ? actor.size : t(`size.${actor.size}`)]);
    if (actor.siren) rows.push(['SIREN', actor.siren]);
    if (actor.rna) rows.push(['RNA', actor.rna]);
    if (actor.missions?.length) rows.push([t('panel.missions'), actor.missions.map((m) => t(`mission.${m}`)).join(', ')]);
    const website = actor.website && /^https?:\/\//.test(actor.website)
      ? h('p', {}, h('a', { href: actor.website, rel: 'noopener noreferrer', target: '_blank', text: actor.website.replace(/^https?:\/\//, '') }))
      : null;
    return h('section', { class: 'panel-section' },
      h('h3', { text: t('panel.about') }),
      actor.description ? h('p', { text: actor.description }) : null,
      rows.length ? h('dl', { class: 'about' }, rows.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })])) : null,
      website);
  }

  actorButton(id) {
    const node = this.context.node(id);
    const button = h('button', { type: 'button', class: 'actor-link', onclick: () => this.context.onSelectActor(id) },
      h('span', { class: 'swatch', style: { background: sectorColour(node?.sector) }, 'aria-hidden': 'true' }),
      node?.label || id);
    if (!node) {
      fetchActor(id).then((actor) => {
        button.lastChild.textContent = actor.name;
        button.firstChild.style.background = sectorColour(actor.sector);
      }).catch(() => {});
    }
    return button;
  }

  async relations(actor, request) {
    const view = this.context.view();
    const at = view.atEffective;
    const [partnerships, own] = await Promise.all([
      fetchPartnerships(actor.id).catch(() => null),
      fetchActorProjects(actor.id, view.territory).catch(() => []),
    ]);
    if (request !== this.request) return;
    this.drawPartnerships(actor, partnerships, at);
    const ids = new Set();
    for (const p of partnerships || []) for (const projectId of p.supports || []) ids.add(projectId);
    const projects = new Map(own.map((p) => [p.id, p]));
    const missing = [...ids].filter((projectId) => !projects.has(projectId));
    const fetched = await Promise.all(missing.map((projectId) => fetchProject(projectId).catch(() => null)));
    if (request !== this.request) return;
    for (const p of fetched) if (p) projects.set(p.id, p);
    this.drawProjects(actor, [...projects.values()], at);
  }

  drawPartnerships(actor, partnerships, at) {
    const section = $('#panel-partnerships', this.root);
    if (!section) return;
    if (partnerships === null) {
      section.replaceChildren(h('h3', { text: t('panel.partnerships') }), h('p', { class: 'error-line', text: t('panel.partnershipsError') }));
      return;
    }
    const types = this.context.view().types;
    const active = partnerships.filter((p) => isActive(p, at));
    const shown = (this.showEnded ? partnerships : active)
      .slice()
      .sort((a, b) => Number(isActive(b, at)) - Number(isActive(a, at)) || (b.start || '').localeCompare(a.start || ''));
    const toggle = h('label', { class: 'toggle small' },
      h('input', { type: 'checkbox', checked: this.showEnded, onchange: (event) => {
        this.showEnded = event.target.checked;
        this.drawPartnerships(actor, partnerships, at);
      } }),
      ' ', t('panel.showEnded', { count: partnerships.length - active.length }));
    const list = h('ul', { class: 'cards' }, shown.map((p) => {
      const typeEntry = this.context.reference.types.get(p.type);
      const on = isActive(p, at);
      const others = (p.members || []).filter((m) => m.actor !== actor.id);
      const mine = (p.members || []).find((m) => m.actor === actor.id);
      return h('li', { class: `card${on ? '' : ' ended'}${types.length && !types.includes(p.type) ? ' off-filter' : ''}` },
        h('p', { class: 'card-head' },
          h('span', { class: 'type', text: typeEntry ? label(typeEntry) : p.type }),
          h('span', { class: 'period', text: period(p.start, p.end) }),
          p.intensity ? h('span', { class: 'intensity', title: t('panel.intensity', { value: p.intensity }), 'aria-label': t('panel.intensity', { value: p.intensity }) },
            '●'.repeat(p.intensity) + '○'.repeat(Math.max(0, 3 - p.intensity))) : null),
        mine?.role ? h('p', { class: 'role', text: t(`role.${mine.role}`) }) : null,
        p.description ? h('p', { class: 'card-text', text: p.description }) : null,
        h('p', { class: 'members' }, h('span', { class: 'muted', text: t('panel.with') }), ' ', others.map((m) => this.actorButton(m.actor))),
        h('p', { class: 'card-foot' }, this.context.editing.cardTools('partnerships', p.id)),
        historyDisclosure('partnerships', p.id, this.context.editing.restored));
    }));
    section.replaceChildren(...[
      h('h3', {}, t('panel.partnershipsAt', { count: active.length, date: formatDate(at, 'medium') })),
      partnerships.length > active.length ? toggle : null,
      shown.length ? list : h('p', { class: 'muted', text: t('panel.noPartnership') }),
    ].filter(Boolean));
  }

  drawProjects(actor, projects, at) {
    const section = $('#panel-projects', this.root);
    if (!section) return;
    projects.sort((a, b) => Number(isActive(b, at)) - Number(isActive(a, at)) || (b.start || '').localeCompare(a.start || ''));
    const domains = this.context.reference.domains;
    const sdgs = this.context.view().sdgs;
    section.replaceChildren(
      h('h3', {}, t('panel.projectsCount', { count: projects.length })),
      projects.length
        ? h('ul', { class: 'cards' }, projects.map((p) => {
          const contribution = (p.contributors || []).find((c) => c.actor === actor.id)
            || ((p.funders || []).some((f) => f.actor === actor.id) ? { role: 'FUNDER' } : null);
          return h('li', { class: `card${isActive(p, at) ? '' : ' ended'}${sdgs.length && !(p.sdgs || []).some((s) => sdgs.includes(String(s))) ? ' off-filter' : ''}` },
            h('p', { class: 'card-head' },
              h('span', { class: 'type', text: p.name }),
              h('span', { class: 'period', text: period(p.start, p.end) })),
            h('p', { class: 'muted' },
              p.phase ? t(`phase.${p.phase}`) : null,
              contribution?.role ? ` · ${t(`role.${contribution.role}`)}` : null),
            (p.domains || []).length ? h('p', { class: 'tags' }, p.domains.map((d) => h('span', { class: 'tag', text: domains.get(d) ? label(domains.get(d)) : d }))) : null,
            (p.sdgs || []).length ? h('p', { class: 'tags' }, p.sdgs.map((s) => h('span', { class: 'sdg-tag', style: { background: sdgColour(s), color: textOn(sdgColour(s)) }, title: label(this.context.reference.sdgs.get(String(s))), text: t('filters.sdgShort', { number: s }) }))) : null,
            h('p', { class: 'card-foot' }, this.context.editing.cardTools('projects', p.id)),
            historyDisclosure('projects', p.id, this.context.editing.restored));
        }))
        : h('p', { class: 'muted', text: t('panel.noProject') }));
  }
}
