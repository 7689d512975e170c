// The choice offered when a write is refused because someone else changed the entity since the form read it:
// reload the entity (the form then shows its current content), or see the other change in its history.

import { api } from './api.js';
import { h, $ } from './dom.js';
import { t } from './i18n.js';
import { changeLine } from './change-history.js';

/**
 * Opens the conflict dialog for the entity {@code key} of {@code resource}, read at version {@code since};
 * {@code onReload} reloads the form.
 */
export function showConflict({ resource, key, since, onReload }) {
  const dialog = $('#conflict-dialog');
  const changes = h('div', { class: 'conflict-changes', 'data-testid': 'conflict-changes' });
  const history = h('button', { type: 'button', class: 'button', 'data-testid': 'conflict-history', text: t('conflict.history') });
  const reload = h('button', { type: 'button', class: 'button primary', 'data-testid': 'conflict-reload', text: t('conflict.reload') });
  history.addEventListener('click', async () => {
    history.disabled = true;
    changes.replaceChildren(h('p', { class: 'muted', text: t('status.loadingShort') }));
    try {
      const page = await api.history(resource, key, { size: 10 });
      const newer = page.content.filter((change) => change.version > since);
      changes.replaceChildren(
        h('h3', { text: t('conflict.changesSince', { count: newer.length }) }),
        h('ol', { class: 'history' }, (newer.length ? newer : page.content.slice(0, 1)).map((change) => changeLine(change))));
    } catch {
      changes.replaceChildren(h('p', { class: 'error-line', text: t('history.error') }));
      history.disabled = false;
    }
  });
  reload.addEventListener('click', async () => {
    reload.disabled = true;
    try {
      await onReload();
      dialog.close();
    } catch {
      reload.disabled = false;
      changes.replaceChildren(h('p', { class: 'error-line', role: 'alert', text: t('conflict.reloadFailed') }));
    }
  });
  dialog.replaceChildren(
    h('div', { class: 'dialog-head' },
      h('h2', { id: 'conflict-title', text: t('conflict.title') }),
      h('button', { type: 'button', class: 'icon-button close', 'aria-label': t('panel.close'), title: t('panel.close'), text: '×', onclick: () => dialog.close() })),
    h('p', { text: t('conflict.text') }),
    h('p', { class: 'hint', text: t('conflict.reloadHint') }),
    changes,
    h('div', { class: 'form-actions' }, h('span', { class: 'spacer' }), history, reload));
  dialog.showModal();
  reload.focus();
}
