// Who is signed in. The header shows the user and role with a sign-out, or a sign-in link; editing is offered
// only to the roles that may write (EDITOR, ADMIN). The API answers an anonymous visitor with no user.

import { api, csrfToken } from './api.js';
import { h, $ } from './dom.js';
import { t, lang } from './i18n.js';

export const session = { user: null, roles: [], canWrite: false };

/** Asks the API who is signed in (which also gives the browser its CSRF cookie). */
export async function loadSession() {
  try {
    Object.assign(session, await api.session());
  } catch {
    Object.assign(session, { user: null, roles: [], canWrite: false });
  }
  document.body.classList.toggle('can-write', session.canWrite);
  return session;
}

function roleLabel(role) {
  const key = `session.role.${role}`;
  const text = t(key);
  return text === key ? role : text;
}

/** Draws the header's part: the user, role and sign-out button, or the sign-in link. */
export function renderSession(root = $('#session')) {
  if (!root) return;
  const english = lang() === 'en';
  if (!session.user) {
    // back to the view on screen once signed in: read when followed, as the view changes
    const href = () => {
      const back = new URLSearchParams({ next: window.location.pathname + window.location.search });
      if (english) back.set('lang', 'en');
      return `login?${back}`;
    };
    root.replaceChildren(h('a', {
      class: 'button small', href: href(), 'data-testid': 'session-login', text: t('session.signIn'),
      onclick: (event) => { event.currentTarget.href = href(); },
    }));
    return;
  }
  // a plain form: the service signs out, forgets the session and sends the browser back to the page
  const token = h('input', { type: 'hidden', name: '_csrf' });
  const form = h('form', { method: 'post', action: 'logout', class: 'session-out', onsubmit: () => { token.value = csrfToken(); } },
    token,
    english ? h('input', { type: 'hidden', name: 'lang', value: 'en' }) : null,
    h('button', { type: 'submit', class: 'button small', 'data-testid': 'session-logout', text: t('session.signOut') }));
  root.replaceChildren(
    h('span', { class: 'session-user', 'data-testid': 'session-user' },
      h('span', { class: 'session-name', text: session.user }),
      h('span', { class: 'session-role', text: session.roles.map(roleLabel).join(', ') })),
    form);
}
