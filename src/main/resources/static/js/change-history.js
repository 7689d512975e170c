// The history of what the panel shows: who changed it, when and which fields, newest first. Read-only until the
// page has a sign-in (the restore button comes with it).
import { getJson } from './api.js';
import { h } from './dom.js';
import { t, formatDate } from './i18n.js';

const SHOWN = 5;

/** The fields whose value differs between two recorded contents (a field left out has no value). */
export function changedFields(before, after) {
  const fields = new Set([...Object.keys(before || {}), ...Object.keys(after || {})]);
  return [...fields].filter((f) => JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after?.[f] ?? null));
}

function fieldLabel(field) {
  const key = `history.field.${field}`;
  const text = t(key);
  return text === key ? field : text;
}

/** The day of an instant where the reader is, as formatDate takes it (YYYY-MM-DD). */
function localDay(instant) {
  const d = new Date(instant);
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
}

function line(change) {
  const said = t(`history.${change.operation}`, { user: change.user, date: formatDate(localDay(change.at), 'medium') });
  const fields = change.before && change.after ? changedFields(change.before, change.after).map(fieldLabel) : [];
  return h('li', { class: 'change', 'data-operation': change.operation },
    fields.length ? t('history.fields', { change: said, fields: fields.join(', ') }) : said);
}

/** Fills {@code target} after {@code heading} with the last changes of the entity {@code key} of {@code resource} ("actors"…). */
function fill(target, heading, resource, key) {
  target.replaceChildren(...heading(), h('p', { class: 'muted', text: t('status.loadingShort') }));
  getJson(`${resource}/${encodeURIComponent(key)}/history`, { size: SHOWN }).then((page) => {
    const older = page.page.totalElements - page.content.length;
    target.replaceChildren(...heading(),
      page.content.length ? h('ol', { class: 'history' }, page.content.map(line)) : h('p', { class: 'muted', text: t('history.none') }),
      older > 0 ? h('p', { class: 'hint', text: t('history.older', { count: older }) }) : null);
    target.dataset.ready = 'true';
  }).catch(() => {
    target.replaceChildren(...heading(), h('p', { class: 'error-line', text: t('history.error') }));
    target.dataset.ready = 'error';
  });
}

/** The panel section of the selected actor's last changes, filled when they arrive. */
export function historySection(resource, key) {
  const section = h('section', { class: 'panel-section', id: 'panel-history', 'data-testid': 'panel-history' });
  fill(section, () => [h('h3', { text: t('history.title') })], resource, key);
  return section;
}

/** A card's history (a partnership's, a project's), read when the reader opens it. */
export function historyDisclosure(resource, key) {
  const details = h('details', { class: 'card-history', 'data-testid': 'card-history', 'data-key': key });
  const heading = () => [h('summary', { text: t('history.title') })];
  details.append(...heading());
  details.addEventListener('toggle', () => {
    if (details.open && !details.dataset.ready) fill(details, heading, resource, key);
  });
  return details;
}
