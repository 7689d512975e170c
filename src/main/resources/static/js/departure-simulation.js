// "Simuler son départ": what the network would become if the selected actor left, from the scenario analysis
// (GET /analysis/scenario?without=ID); the actors cut off are marked on the graph until the user goes back.

import { h } from './dom.js';
import { t, formatNumber, formatPercent } from './i18n.js';

/** The panel's section for actor {@code id}; {@code context.simulateDeparture} and {@code clearDeparture} act on the graph. */
export function departureSection(id, context) {
  const result = h('div', { class: 'departure-result', 'data-testid': 'departure-result', 'aria-live': 'polite' });
  const simulate = h('button', { type: 'button', class: 'button small', 'data-testid': 'departure-simulate' }, t('departure.simulate'));
  const reset = h('button', { type: 'button', class: 'button small', 'data-testid': 'departure-reset', hidden: true }, t('departure.reset'));
  simulate.addEventListener('click', async () => {
    simulate.disabled = true;
    result.replaceChildren(h('p', { class: 'muted', text: t('status.loadingShort') }));
    try {
      const answer = await context.simulateDeparture(id);
      result.replaceChildren(...figures(answer));
      reset.hidden = false;
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error-line', role: 'alert', text: error?.message || t('error.serviceDown') }));
    } finally {
      simulate.disabled = false;
    }
  });
  reset.addEventListener('click', () => {
    context.clearDeparture();
    result.replaceChildren();
    reset.hidden = true;
    simulate.focus();
  });
  return h('section', { class: 'panel-section', id: 'panel-departure' },
    h('h3', { text: t('departure.title') }),
    h('p', { class: 'hint', text: t('departure.hint') }),
    h('div', { class: 'segmented' }, simulate, reset),
    result);
}

function figures(answer) {
  const before = answer.baseline;
  const after = answer.scenario;
  const largest = (f) => Math.round(f.largestComponentShare * f.actorCount);
  const rows = [
    ['departure.largest', formatNumber(largest(before)), formatNumber(largest(after))],
    ['departure.components', formatNumber(before.components), formatNumber(after.components)],
    ['departure.isolated', formatNumber(before.isolated), formatNumber(after.isolated)],
    ['departure.articulationPoints', formatNumber(before.articulationPointCount), formatNumber(after.articulationPointCount)],
    ['departure.density', formatPercent(before.density, 1), formatPercent(after.density, 1)],
  ];
  const lost = answer.territoryLinks.filter((l) => l.change === 'LOST');
  return [
    h('p', { class: 'departure-summary', 'data-testid': 'departure-summary', text: answer.summary }),
    h('table', { class: 'departure-figures', 'data-testid': 'departure-figures' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', { text: t('departure.before') }), h('th', { text: t('departure.after') }))),
      h('tbody', {}, rows.map(([key, b, a]) => h('tr', {}, h('th', { scope: 'row', text: t(key) }), h('td', { text: b }), h('td', { text: a }))))),
    h('p', { 'data-testid': 'departure-cut-off', text: t('departure.cutOff', { count: answer.cutOff.length }) }),
    answer.cutOff.length ? h('ul', { class: 'plain-list compact' }, answer.cutOff.map((a) => h('li', { text: a.name }))) : null,
    h('p', { 'data-testid': 'departure-links-lost', text: t('departure.linksLost', { count: lost.length }) }),
    lost.length ? h('ul', { class: 'plain-list compact' }, lost.map((l) => h('li', { text: `${l.a} — ${l.b}` }))) : null,
  ].filter(Boolean);
}
