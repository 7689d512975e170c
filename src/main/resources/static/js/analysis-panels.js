// The analyses beside the graph: a rail of tabs (gaps, catalysts, territories, "Se situer", the report) and the
// open one, drawn from the API's answers for the view on screen. The open tab is part of the URL (analysis=);
// while an actor's panel is open the tabs stay, the open one comes back when it closes.

import { h, $ } from './dom.js';
import { t } from './i18n.js';
import { app, update, scopeKey, viewOf, track } from './view-state.js';
import { renderGaps } from './gaps-panel.js';
import { renderCatalystTable } from './catalyst-table.js';
import { renderTerritoryMap } from './territory-map.js';
import { renderBenchmark } from './benchmark-view.js';
import { renderReportLinks } from './report-links.js';

const TABS = [
  { id: 'gaps', label: 'gaps.tab', title: 'gaps.title', render: renderGaps },
  { id: 'catalysts', label: 'catalystTable.tab', title: 'catalystTable.title', render: renderCatalystTable },
  { id: 'territories', label: 'territoryMap.tab', title: 'territoryMap.title', render: renderTerritoryMap },
  { id: 'benchmark', label: 'benchmark.tab', title: 'benchmark.title', render: renderBenchmark },
  { id: 'report', label: 'report.tab', title: 'report.title', render: renderReportLinks },
];

export class AnalysisPanels {
  constructor(root) {
    this.rail = $('#analyses-tabs', root);
    this.body = $('#analyses-body', root);
    this.shownKey = '';
    this.seq = 0;
    /** Tabs drawn so far, for tests waiting for the next one. */
    this.rendered = 0;
    this.buttons = TABS.map((tab) => h('button', {
      type: 'button', role: 'tab', id: `analysis-tab-${tab.id}`, 'aria-controls': 'analyses-body',
      'data-testid': `analysis-tab-${tab.id}`, dataset: { tab: tab.id }, onclick: () => this.choose(tab.id),
    }));
    this.rail.replaceChildren(...this.buttons);
    this.rail.addEventListener('keydown', (event) => this.moveFocus(event));
  }

  /** A tab opens its view (and closes an actor's panel); the open tab closes it. */
  choose(id) {
    const closing = app.state.analysis === id && !app.state.actor;
    update({ analysis: closing ? '' : id, actor: '' }, { push: true });
  }

  moveFocus(event) {
    const index = this.buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? this.buttons.length - 1
      : step ? (index + step + this.buttons.length) % this.buttons.length : -1;
    if (target < 0) return;
    event.preventDefault();
    this.buttons[target].focus();
  }

  /** Draws the open tab again when the view, the date or the language changed since it was drawn. */
  async render() {
    const state = app.state;
    TABS.forEach((tab, i) => {
      const button = this.buttons[i];
      button.textContent = t(tab.label);
      button.setAttribute('aria-selected', String(state.analysis === tab.id));
      button.tabIndex = state.analysis === tab.id || (!state.analysis && i === 0) ? 0 : -1;
    });
    this.rail.setAttribute('aria-label', t('analyses.tabs'));
    this.body.hidden = !state.analysis;
    if (!state.analysis) {
      this.shownKey = '';
      this.seq++;
      return;
    }
    const key = [state.analysis, scopeKey(state), state.at, state.lang, app.loadSeq].join('|');
    if (key === this.shownKey) return;
    this.shownKey = key;
    const seq = ++this.seq;
    const tab = TABS.find((candidate) => candidate.id === state.analysis);
    const content = h('div', { class: 'analyses-content' }, h('p', { class: 'muted', text: t('status.loadingShort') }));
    this.body.setAttribute('aria-labelledby', `analysis-tab-${tab.id}`);
    this.body.replaceChildren(
      h('div', { class: 'analyses-head' },
        h('h2', { text: t(tab.title) }),
        h('button', {
          type: 'button', class: 'icon-button close', 'aria-label': t('analyses.close'), title: t('analyses.close'),
          'data-testid': 'analyses-close', onclick: () => update({ analysis: '' }, { push: true }),
        }, '×')),
      content);
    try {
      await track(tab.render(content, viewOf(state), { isCurrent: () => seq === this.seq }));
    } catch (error) {
      if (seq === this.seq) content.replaceChildren(h('p', { class: 'error-line', role: 'alert', text: error?.message || t('error.serviceDown') }));
    }
    if (seq === this.seq) this.rendered++;
  }
}
