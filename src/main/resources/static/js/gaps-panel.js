// The gaps of the view, as /analysis/gaps and /analysis/suggestions answer them: sectors absent, which sectors
// work together (the sector-mixing matrix and its empty pairs), needs against coverage by domain, how split the
// network is, and the alliances to make — one of them clicked shows the pair and their common partners.

import { h } from './dom.js';
import { t, label, lang, formatNumber, formatPercent } from './i18n.js';
import { sectorColour, textOn } from './palette.js';
import { app, update } from './view-state.js';
import { scopeAnswers } from './scope-answers.js';
import { communityName } from './community-names.js';
import { reasonClauses } from './reasons.js';

/** The suggested alliances listed; the graph's dashed edges show up to SUGGESTIONS of them. */
const LISTED_SUGGESTIONS = 10;
const LISTED_COMMUNITIES = 8;

export async function renderGaps(container, view) {
  const answers = scopeAnswers(view);
  const [gaps, suggestions] = await Promise.all([answers.gaps(), answers.suggestions()]);
  container.replaceChildren(h('div', { class: 'gaps', 'data-testid': 'gaps-panel' },
    h('p', { class: 'hint', text: t('gaps.lead', { actors: gaps.actorCount, ties: gaps.tieCount }) }),
    absentSectors(gaps),
    mixing(gaps),
    domains(gaps),
    fragmentation(gaps),
    alliances(suggestions.suggestions || [])));
}

function sectorLabel(code) {
  return label(app.reference.sectors.get(code)) || code;
}

function swatch(code) {
  return h('span', { class: 'swatch', style: { background: sectorColour(code) }, 'aria-hidden': 'true' });
}

function actorName(id) {
  const node = app.graph?.cy?.getElementById(id);
  return node?.nonempty() ? node.data('label') : id;
}

function section(testid, title, ...children) {
  return h('section', { class: 'analysis-section', 'data-testid': testid }, h('h3', { text: title }), ...children);
}

function absentSectors(gaps) {
  const absent = gaps.sectorsAbsent || [];
  return section('gaps-sectors-absent', t('gaps.absentTitle'),
    absent.length
      ? h('ul', { class: 'chips' }, absent.map((code) => h('li', { class: 'chip', dataset: { code } }, swatch(code), sectorLabel(code))))
      : h('p', { class: 'muted', text: t('gaps.noneAbsent') }),
    absent.length ? h('p', { class: 'hint', text: t('gaps.absentHint') }) : null);
}

/**
 * The sector-mixing matrix as a heat map, lower half and diagonal (it is symmetric): ties per pair of the sectors
 * present; the pairs the answer calls empty are hatched, the pairs that cannot have a tie (one actor alone in
 * its sector) are blank.
 */
function mixing(gaps) {
  const matrix = gaps.sectorMixing;
  const present = [...app.reference.sectors.keys()].filter((code) => (matrix.actors?.[code] || 0) > 0);
  const empty = new Set((gaps.emptySectorPairs || []).map(([a, b]) => `${a}|${b}`));
  const isEmpty = (a, b) => empty.has(`${a}|${b}`) || empty.has(`${b}|${a}`);
  const max = Math.max(1, ...present.flatMap((a) => present.map((b) => matrix.ties?.[a]?.[b] || 0)));
  const rows = present.map((a, i) => h('tr', {},
    h('th', { scope: 'row', class: 'mixing-row' }, h('span', { class: 'mixing-number', text: String(i + 1) }), swatch(a), h('span', { class: 'mixing-name', text: sectorLabel(a) })),
    present.slice(0, i + 1).map((b) => {
      const ties = matrix.ties?.[a]?.[b] || 0;
      const title = t('gaps.mixingCell', { a: sectorLabel(a), b: sectorLabel(b), count: ties });
      if (isEmpty(a, b)) return h('td', { class: 'mixing-cell empty', title, dataset: { a, b, ties: '0' }, 'aria-label': title }, '0');
      if (!ties) return h('td', { class: 'mixing-cell impossible', title: t('gaps.mixingImpossible'), dataset: { a, b, ties: '0' } }, '');
      const shade = mixShade(ties / max);
      return h('td', { class: 'mixing-cell', title, 'aria-label': title, dataset: { a, b, ties: String(ties) }, style: { background: shade, color: textOn(shade) } }, formatNumber(ties));
    })));
  return section('gaps-mixing', t('gaps.mixingTitle'),
    h('p', { class: 'hint' }, t('gaps.mixingHint')),
    h('p', { class: 'gaps-figure' },
      h('strong', { 'data-testid': 'gaps-empty-pairs', text: formatNumber(empty.size) }), ' ',
      t('gaps.emptyPairs', { count: empty.size })),
    h('div', { class: 'mixing-wrap' },
      h('table', { class: 'mixing' },
        h('caption', { class: 'visually-hidden', text: t('gaps.mixingTitle') }),
        h('thead', {}, h('tr', {}, h('td', {}), present.map((code, i) => h('th', { scope: 'col', title: sectorLabel(code) }, h('span', { class: 'visually-hidden', text: sectorLabel(code) }), h('span', { 'aria-hidden': 'true', text: String(i + 1) }))))),
        h('tbody', {}, rows))),
    h('p', { class: 'mixing-key' },
      h('span', { class: 'mixing-cell empty key', 'aria-hidden': 'true' }, '0'), ' ', t('gaps.mixingKeyEmpty'), ' ',
      h('span', { class: 'mixing-cell impossible key', 'aria-hidden': 'true' }), ' ', t('gaps.mixingKeyImpossible')));
}

/** From the page's light blue to its accent, for a share of the busiest pair's ties. */
function mixShade(share) {
  const from = [231, 238, 252];
  const to = [29, 78, 216];
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * Math.sqrt(share)));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Every domain's need against its active projects and actors; the domain gaps of the answer first, marked. */
function domains(gaps) {
  const gapOf = new Map((gaps.domainGaps || []).map((gap, i) => [gap.domain, { ...gap, order: i }]));
  const rows = [...(gaps.domains || [])].sort((x, y) => {
    const gx = gapOf.get(x.domain);
    const gy = gapOf.get(y.domain);
    if (gx || gy) return (gx ? gx.order : 1e9) - (gy ? gy.order : 1e9);
    return (y.needIndex ?? -1) - (x.needIndex ?? -1)
      || label(app.reference.domains.get(x.domain)).localeCompare(label(app.reference.domains.get(y.domain)));
  });
  const measured = rows.filter((d) => d.needIndex !== null && d.needIndex !== undefined);
  return section('gaps-domains', t('gaps.domainsTitle'),
    h('p', { class: 'hint', text: t('gaps.domainsHint') }),
    h('p', { class: 'gaps-figure' }, h('strong', { 'data-testid': 'gaps-domain-gap-count', text: formatNumber(gapOf.size) }), ' ', t('gaps.domainGaps', { count: gapOf.size })),
    measured.length ? null : h('p', { class: 'muted', text: t('gaps.noNeeds') }),
    h('table', { class: 'analysis-table domains' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', text: t('gaps.domain') }),
        h('th', { scope: 'col', class: 'num', text: t('gaps.need') }),
        h('th', { scope: 'col', class: 'num', text: t('gaps.projects') }),
        h('th', { scope: 'col', class: 'num', text: t('gaps.actors') }))),
      h('tbody', {}, rows.map((d) => {
        const gap = gapOf.get(d.domain);
        return h('tr', { class: gap ? 'gap' : '', dataset: { domain: d.domain, gap: String(Boolean(gap)) } },
          h('th', { scope: 'row' },
            h('span', { text: label(app.reference.domains.get(d.domain)) || d.domain }),
            gap ? h('span', { class: 'gap-badge', text: t('gaps.gapBadge') }) : null,
            gap ? h('span', { class: 'gap-reason', text: lang() === 'fr' ? gap.reason : t('gaps.gapReason', { need: formatNumber(gap.needIndex, { maximumFractionDigits: 2 }), projects: gap.activeProjects, actors: gap.actors }) }) : null),
          h('td', { class: 'num', text: d.needIndex === null || d.needIndex === undefined ? '—' : `× ${formatNumber(d.needIndex, { maximumFractionDigits: 2 })}` }),
          h('td', { class: 'num', text: formatNumber(d.activeProjects) }),
          h('td', { class: 'num', text: formatNumber(d.actors) }));
      }))));
}

function fragmentation(gaps) {
  const components = gaps.components || [];
  const isolated = gaps.isolatedActors || [];
  const largest = components.length ? Math.max(...components.map((c) => c.size)) : 0;
  const outside = gaps.actorCount - largest;
  const communities = [...(gaps.communities || [])].sort((a, b) => b.actors.length - a.actors.length);
  const cy = app.graph?.cy;
  return section('gaps-fragmentation', t('gaps.fragmentationTitle'),
    h('dl', { class: 'figures-grid' },
      h('dt', { text: t('gaps.components') }), h('dd', { 'data-testid': 'gaps-components', text: formatNumber(components.length) }),
      h('dt', { text: t('gaps.outsideLargest') }), h('dd', { 'data-testid': 'gaps-outside-largest', text: t('gaps.outsideLargestValue', { share: formatPercent(gaps.shareOutsideLargest || 0), count: outside }) }),
      h('dt', { text: t('gaps.isolated') }), h('dd', { 'data-testid': 'gaps-isolated', text: formatNumber(isolated.length) }),
      h('dt', { text: t('gaps.communities') }), h('dd', { 'data-testid': 'gaps-communities', text: t('gaps.communitiesValue', { count: communities.length, modularity: formatNumber(gaps.modularity || 0, { maximumFractionDigits: 2 }) }) })),
    isolated.length ? h('details', { class: 'compact-details' },
      h('summary', { text: t('gaps.isolatedList', { count: isolated.length }) }),
      h('ul', { class: 'plain-list compact' }, isolated.map((id) => h('li', {}, actorButton(id, actorName(id)))))) : null,
    communities.length ? h('h4', { text: t('gaps.largestCommunities') }) : null,
    communities.length ? h('ol', { class: 'community-list' }, communities.slice(0, LISTED_COMMUNITIES).map((community) => {
      const name = communityName(community, cy, app.reference.sectors);
      return h('li', {}, h('span', { class: 'community-name', text: name.title }), h('span', { class: 'muted', text: name.detail }));
    })) : null);
}

function actorButton(id, name) {
  return h('button', { type: 'button', class: 'actor-link', onclick: () => update({ actor: id }, { push: true }) }, name);
}

/** The suggested alliances, best first; clicking one shows the pair and their common partners on the graph. */
function alliances(suggestions) {
  const list = h('ol', { class: 'suggestion-list' });
  const status = h('p', { class: 'hint', 'aria-live': 'polite', 'data-testid': 'gaps-suggestion-status' });
  const reset = h('button', { type: 'button', class: 'button small', hidden: true, 'data-testid': 'gaps-suggestion-reset' }, t('gaps.suggestionReset'));
  const buttons = [];
  const show = (suggestion, button) => {
    const pressed = button?.getAttribute('aria-pressed') !== 'true';
    for (const other of buttons) other.setAttribute('aria-pressed', 'false');
    if (!pressed || !suggestion) {
      app.graph?.markPair(null);
      status.textContent = '';
      reset.hidden = true;
      return;
    }
    button.setAttribute('aria-pressed', 'true');
    const partners = app.graph?.markPair(suggestion) ?? [];
    status.textContent = t('gaps.suggestionShown', { a: suggestion.aName, b: suggestion.bName, count: partners.length });
    reset.hidden = false;
  };
  reset.addEventListener('click', () => show(null, null));
  for (const suggestion of suggestions.slice(0, LISTED_SUGGESTIONS)) {
    const button = h('button', {
      type: 'button', class: 'suggestion-pair', 'aria-pressed': 'false', 'data-testid': 'gaps-suggestion',
      dataset: { a: suggestion.a, b: suggestion.b },
    },
    h('span', { class: 'pair-names' }, h('span', { text: suggestion.aName }), h('span', { class: 'pair-join', 'aria-hidden': 'true', text: ' ↔ ' }), h('span', { text: suggestion.bName })),
    h('span', { class: 'muted pair-score', text: t('gaps.suggestionScore', { score: formatNumber(suggestion.score, { maximumFractionDigits: 2 }), count: suggestion.indices.commonNeighbors }) }));
    button.addEventListener('click', () => show(suggestion, button));
    buttons.push(button);
    list.append(h('li', {}, button, h('ul', { class: 'reasons' }, reasonClauses('suggestion', suggestion, app.reference).map((reason) => h('li', { text: reason })))));
  }
  return section('gaps-suggestions', t('gaps.suggestionsTitle'),
    h('p', { class: 'hint', text: t('gaps.suggestionsHint') }),
    suggestions.length ? list : h('p', { class: 'muted', text: t('gaps.noSuggestion') }),
    h('div', { class: 'segmented' }, reset),
    status);
}
