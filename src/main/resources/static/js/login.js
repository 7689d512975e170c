// The sign-in page: French first, English with the switch or ?lang=en. Spring Security checks the form; a failed
// sign-in comes back here with ?error. The form carries the CSRF token read from the cookie the API writes.

import { api, csrfToken } from './api.js';
import { loadLanguage, translatePage, t } from './i18n.js';
import { $ } from './dom.js';

const params = new URLSearchParams(window.location.search);

async function show(language) {
  await loadLanguage(language);
  translatePage();
  document.title = t('login.documentTitle');
  for (const button of document.querySelectorAll('.lang button')) button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  $('#login-lang').value = language;
  $('#login-back').href = next() || (language === 'en' ? './?lang=en' : './');
  const url = new URL(window.location.href);
  if (language === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  window.history.replaceState(null, '', url);
}

/** The view the visitor came from, to go back to once signed in (the service checks it is one of its paths). */
function next() {
  const path = params.get('next') || '';
  return path.startsWith('/') && !path.startsWith('//') ? path : '';
}

async function boot() {
  if (next()) {
    $('#login-next').value = next();
    $('#login-next').disabled = false;
  }
  await show(params.get('lang') === 'en' ? 'en' : 'fr');
  $('#login-error').hidden = !params.has('error');
  for (const button of document.querySelectorAll('.lang button')) {
    button.addEventListener('click', () => show(button.dataset.lang).then(signedIn));
  }
  $('#login-form').addEventListener('submit', () => {
    $('#login-csrf').value = csrfToken();
  });
  await signedIn();
}

let current = null;

/** Says who is already signed in, if someone is (the API's answer also writes the CSRF cookie). */
async function signedIn() {
  if (current === null) current = await api.session().catch(() => ({ user: null }));
  const notice = $('#login-signed-in');
  notice.hidden = !current.user;
  if (current.user) notice.textContent = t('login.already', { user: current.user });
}

boot();
