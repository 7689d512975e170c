// The texts around the graph: the scope's name and summary, the breadcrumbs, the filters' counts, the
// legend, the toggles and the date, redrawn after every change of the view.

import { t, formatDate } from './i18n.js';
import { $ } from './dom.js';
import { legendModel, renderLegend } from './legend.js';
import { todayIso } from './timeline.js';
import { app } from './view-state.js';
import { renderBreadcrumbs } from './territory-navigation.js';
import { communityName } from './community-names.js';

export function renderTexts() {
  const state = app.state;
  const cy = app.graph?.cy;
  const nodes = cy ? cy.nodes().length : 0;
  const edges = cy ? cy.edges().not('.suggestion').length : 0;
  const at = state.at || todayIso();
  $('#scope-name').textContent = app.territory
    ? `${app.territory.name} — ${t(`level.${app.territory.level}`)}`
    : state.territory ? `« ${state.territory} »` : t('territory.all');
  const parts = [t('summary.actors', { count: nodes }), t('summary.ties', { count: edges })];
  if (app.marks.isolatedIds.length) parts.push(t('summary.isolated', { count: app.marks.isolatedIds.length }));
  if (state.marks && app.marks.articulationIds.length) parts.push(t('summary.articulations', { count: app.marks.articulationIds.length }));
  if (app.highlight) parts.push(t('summary.highlighted', { count: app.highlight.count }));
  $('#scope-summary').textContent = app.status === 'ready'
    ? `${parts.join(' · ')} — ${state.at ? t('summary.at', { date: formatDate(at) }) : t('summary.today', { date: formatDate(at) })}`
    : '';
  renderBreadcrumbs();
  if (app.graph) {
    app.filters.render(state, app.status === 'ready' ? app.graph.sectorsShown() : null);
    renderLegend($('#legend'), currentLegend());
  }
  $('#toggle-marks').checked = state.marks;
  $('#toggle-suggestions').checked = state.suggestions;
  $('#toggle-communities').checked = state.communities;
  $('#toggle-labels').checked = state.labels;
  if (app.timeline) app.timeline.showValue(state.at || todayIso());
}

export function currentLegend() {
  return legendModel({
    reference: app.reference,
    sectorCounts: app.graph.sectorsShown(),
    colourBy: app.state.communities ? 'community' : 'sector',
    communities: app.communities,
    communityNames: app.state.communities ? app.communities.slice(0, 8).map((c) => communityName(c, app.graph.cy, app.reference.sectors).title) : [],
    marks: app.state.marks,
    suggestions: app.state.suggestions,
    isolatedCount: app.marks.isolatedIds.length,
  });
}
