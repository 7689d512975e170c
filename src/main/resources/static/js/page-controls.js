// The page's buttons and keys that are not part of a panel: language, toggles, zoom, layout, ego exit,
// exports, the territory list one level down, and "/" to search an actor.

import { api } from './api.js';
import { t } from './i18n.js';
import { $ } from './dom.js';
import { todayIso } from './timeline.js';
import { exportPng } from './export-image.js';
import { app, update, viewOf } from './view-state.js';
import { currentLegend } from './page-texts.js';

export function wireStaticControls() {
  for (const button of document.querySelectorAll('.lang button')) {
    button.addEventListener('click', () => update({ lang: button.dataset.lang }, { push: false }));
  }
  const toggles = { 'toggle-marks': 'marks', 'toggle-suggestions': 'suggestions', 'toggle-communities': 'communities', 'toggle-labels': 'labels' };
  for (const [id, key] of Object.entries(toggles)) {
    $(`#${id}`).addEventListener('change', (event) => update({ [key]: event.target.checked }, { push: false }));
  }
  $('#zoom-in').addEventListener('click', () => app.graph?.zoom(1.25));
  $('#zoom-out').addEventListener('click', () => app.graph?.zoom(0.8));
  $('#zoom-fit').addEventListener('click', () => app.graph?.fit());
  $('#relayout').addEventListener('click', async () => {
    if (app.state.hops) await update({ hops: 0 }, { push: true });
    await app.graph?.relayout();
  });
  $('#ego-exit').addEventListener('click', () => update({ hops: 0 }, { push: true }));
  $('#export-png').addEventListener('click', () => {
    if (!app.graph?.cy || !app.graph.cy.nodes().length) return;
    exportPng(app.graph.cy, {
      title: $('#scope-name').textContent,
      subtitle: $('#scope-summary').textContent,
      legend: currentLegend(),
      filename: `alliances-${app.state.territory || 'tout'}-${app.state.at || todayIso()}.png`,
      credit: t('export.credit', { url: window.location.href }),
    });
  });
  $('#children').addEventListener('change', (event) => {
    if (event.target.value) update({ territory: event.target.value, actor: '' }, { push: true });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName)) {
      event.preventDefault();
      $('#actor-input').focus();
    }
  });
}

export function updateExportLinks() {
  const view = viewOf(app.state);
  for (const format of ['graphml', 'gexf']) {
    const link = $(`#export-${format}`);
    link.href = api.exportUrl(view, format);
    link.download = `alliances-${app.state.territory || 'tout'}-${view.atEffective}.${format}`;
  }
}
