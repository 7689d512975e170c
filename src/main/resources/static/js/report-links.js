// The diagnostic report of the territory and date in view, as a page (HTML) and as a PDF, in the page's language.

import { h } from './dom.js';
import { t, formatDate } from './i18n.js';
import { api } from './api.js';
import { app } from './view-state.js';

export async function renderReportLinks(container, view) {
  if (!view.territory) {
    container.replaceChildren(h('p', { class: 'muted', 'data-testid': 'report-links', text: t('report.noTerritory') }));
    return;
  }
  const params = { at: view.atEffective, lang: app.state.lang };
  const name = app.territory?.name || view.territory;
  container.replaceChildren(h('div', { class: 'report-links', 'data-testid': 'report-links' },
    h('p', { text: t('report.lead', { name, date: formatDate(view.atEffective) }) }),
    h('p', { class: 'hint', text: t('report.contents') }),
    h('div', { class: 'export-buttons' },
      h('a', { class: 'button', href: api.diagnosticUrl(view.territory, 'html', params), target: '_blank', rel: 'noopener', 'data-testid': 'report-html', text: t('report.html') }),
      h('a', { class: 'button', href: api.diagnosticUrl(view.territory, 'pdf', params), download: `diagnostic-${view.territory}-${view.atEffective}-${app.state.lang}.pdf`, 'data-testid': 'report-pdf', text: t('report.pdf') })),
    (view.sectors.length || view.domains.length) ? h('p', { class: 'hint', text: t('report.noFilters') }) : null));
}
