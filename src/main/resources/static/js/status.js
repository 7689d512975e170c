// The box over the graph while it loads, when the scope is empty and when something failed, with the
// ways out (clear the filters, go up a territory, retry).

import { ApiError, ServiceDownError } from './api.js';
import { t, formatDate } from './i18n.js';
import { h, $ } from './dom.js';
import { todayIso } from './timeline.js';
import { app, update } from './view-state.js';
import { parentOf } from './territory-navigation.js';
import { renderTexts } from './page-texts.js';

export function setStatus(status, { title = '', detail = '', actions = [] } = {}) {
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

export function showError(error, retry) {
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
