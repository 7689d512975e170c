// The history of what the panel shows: who changed it, when and which fields, newest first; for a signed-in
// writer, each earlier version has a button that restores its content.
import { api, sendJson, ApiError } from './api.js';
import { h } from './dom.js';
import { t, formatDate } from './i18n.js';
import { session } from './session.js';

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

/** One change: "Modifié par admin le 2 déc. 2026 : nom", and what {@code extra} adds (a restore button). */
export function changeLine(change, extra = null) {
  const said = t(`history.${change.operation}`, { user: change.user, date: formatDate(localDay(change.at), 'medium') });
  const fields = change.before && change.after ? changedFields(change.before, change.after).map(fieldLabel) : [];
  return h('li', { class: 'change', 'data-operation': change.operation, 'data-version': change.version },
    h('span', { class: 'change-text', text: fields.length ? t('history.fields', { change: said, fields: fields.join(', ') }) : said }),
    extra);
}

/**
 * The restore button of an earlier version: its content written again as the next version. The newest
 * change is the content as it is, and a deletion has no content to restore.
 */
function restoreButton(resource, key, change, newest, refresh, onRestored) {
  if (!session.canWrite || change.version === newest || !change.after) return null;
  const button = h('button', {
    type: 'button', class: 'button small restore', 'data-testid': 'history-restore', 'data-version': change.version,
    title: t('history.restoreTitle', { version: change.version }), text: t('history.restore'),
  });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await sendJson('POST', `${resource}/${encodeURIComponent(key)}/restore`, { params: { version: change.version } });
      refresh();
      await onRestored?.(resource, key);
    } catch (error) {
      button.disabled = false;
      const message = error instanceof ApiError ? error.message : t('error.serviceDown');
      button.closest('li')?.append(h('p', { class: 'error-line', role: 'alert', text: message }));
    }
  });
  return button;
}

/** Fills {@code target} after {@code heading} with the last changes of the entity {@code key} of {@code resource} ("actors"…). */
function fill(target, heading, resource, key, onRestored) {
  const refresh = () => fill(target, heading, resource, key, onRestored);
  target.replaceChildren(...heading(), h('p', { class: 'muted', text: t('status.loadingShort') }));
  target.dataset.ready = 'loading';
  api.history(resource, key, { size: SHOWN }).then((page) => {
    const older = page.page.totalElements - page.content.length;
    const newest = page.content[0]?.version;
    target.replaceChildren(...[...heading(),
      page.content.length
        ? h('ol', { class: 'history' }, page.content.map((change) => changeLine(change, restoreButton(resource, key, change, newest, refresh, onRestored))))
        : h('p', { class: 'muted', text: t('history.none') }),
      older > 0 ? h('p', { class: 'hint', text: t('history.older', { count: older }) }) : null].filter(Boolean));
    target.dataset.ready = 'true';
  }).catch(() => {
    target.replaceChildren(...heading(), h('p', { class: 'error-line', text: t('history.error') }));
    target.dataset.ready = 'error';
  });
}

/** The panel section of the selected actor's last changes, filled when they arrive. */
export function historySection(resource, key, onRestored) {
  const section = h('section', { class: 'panel-section', id: 'panel-history', 'data-testid': 'panel-history' });
  fill(section, () => [h('h3', { text: t('history.title') })], resource, key, onRestored);
  return h('div', { 'data-testid': 'history-panel', 'data-resource': resource, 'data-key': key }, section);
}

/** A card's history (a partnership's, a project's), read when the reader opens it. */
export function historyDisclosure(resource, key, onRestored) {
  const details = h('details', { class: 'card-history', 'data-testid': 'card-history', 'data-key': key });
  const heading = () => [h('summary', { text: t('history.title') })];
  details.append(...heading());
  details.addEventListener('toggle', () => {
    if (details.open && !details.dataset.ready) fill(details, heading, resource, key, onRestored);
  });
  return details;
}
