// French interface first, English on demand. Messages live in i18n/fr.json and i18n/en.json;
// vocabulary labels (sectors, domains…) come from the API's reference data (labelFr / labelEn).

const dictionaries = {};
let current = 'fr';

export async function loadLanguage(lang) {
  if (!dictionaries[lang]) {
    const response = await fetch(new URL(`i18n/${lang}.json`, document.baseURI));
    if (!response.ok) throw new Error(`i18n/${lang}.json: HTTP ${response.status}`);
    dictionaries[lang] = await response.json();
  }
  current = lang;
  document.documentElement.lang = lang;
}

export function lang() {
  return current;
}

/**
 * The message {@code key} with {name} placeholders replaced; plural forms as {"one": …, "other": …}, and an
 * optional "zero" (French counts 0 as "one").
 */
export function t(key, params = {}) {
  let message = dictionaries[current]?.[key] ?? dictionaries.fr?.[key] ?? key;
  if (typeof message === 'object') {
    const count = params.count ?? 0;
    const rule = count === 0 && message.zero ? 'zero' : new Intl.PluralRules(current).select(count);
    message = message[rule] ?? message.other;
  }
  return message.replace(/\{(\w+)\}/g, (match, name) => {
    const value = params[name];
    if (value === undefined || value === null) return match;
    return typeof value === 'number' ? formatNumber(value) : String(value);
  });
}

/** Translates the static page: data-i18n (text), data-i18n-placeholder, data-i18n-title, data-i18n-aria. */
export function translatePage(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  document.title = t('app.documentTitle');
}

export function label(entry) {
  if (!entry) return '';
  return (current === 'en' ? entry.labelEn : entry.labelFr) || entry.labelFr || entry.code;
}

export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(current === 'en' ? 'en-GB' : 'fr-FR', options).format(value);
}

export function formatPercent(value, digits = 0) {
  return formatNumber(value, { style: 'percent', maximumFractionDigits: digits });
}

export function formatDate(iso, style = 'long') {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(current === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: style, timeZone: 'UTC' }).format(date);
}
