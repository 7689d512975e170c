// Moving through the hierarchy of territories: the breadcrumbs up to the whole graph and the list of the
// territories one level down.

import { api, getAll } from './api.js';
import { fetchTerritory } from './actor-panel.js';
import { t, lang } from './i18n.js';
import { h, $ } from './dom.js';
import { app, update } from './view-state.js';

/** Larger territories rank higher. */
export const LEVEL_ORDER = { COMMUNE: 0, CUSTOM: 1, EPCI: 2, DEPARTEMENT: 3, REGION: 4 };

/** The closest territory that contains {@code territory} (an EPCI for a commune), or null. */
export async function parentOf(territory) {
  if (!territory) return null;
  const parents = await Promise.all((territory.partOf || []).map((code) => fetchTerritory(code).catch(() => null)));
  return parents.filter(Boolean).sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9))[0] || null;
}

let breadcrumbSeq = 0;
export async function renderBreadcrumbs() {
  const seq = ++breadcrumbSeq;
  const list = $('#breadcrumbs');
  const chain = [];
  let current = app.territory;
  const seen = new Set();
  while (current && !seen.has(current.code) && chain.length < 6) {
    seen.add(current.code);
    chain.unshift(current);
    current = await parentOf(current);
  }
  if (seq !== breadcrumbSeq) return;
  const items = [h('li', {}, crumb('', t('territory.all'), chain.length === 0))];
  chain.forEach((territory, i) => items.push(h('li', {}, crumb(territory.code, territory.name, i === chain.length - 1, territory.level))));
  list.replaceChildren(...items);
  renderChildren();
}

function crumb(code, text, current, level) {
  if (current) return h('span', { 'aria-current': 'page', title: level ? `${t(`level.${level}`)} ${code}` : null, text });
  return h('a', {
    href: `?territory=${encodeURIComponent(code)}`,
    title: level ? `${t(`level.${level}`)} ${code}` : null,
    onclick: (event) => {
      event.preventDefault();
      update({ territory: code, actor: '' }, { push: true });
    },
  }, text);
}

let childrenFor = null;
async function renderChildren() {
  const code = app.territory?.code || '';
  const select = $('#children');
  if (childrenFor === `${code}|${lang()}`) return;
  childrenFor = `${code}|${lang()}`;
  select.disabled = true;
  select.options[0].textContent = t('territory.children');
  let children = [];
  try {
    if (code) {
      children = await getAll('territories', { parent: code }, { max: 1000 });
    } else {
      const [regions, departments] = await Promise.all([api.territories({ level: 'REGION', size: 100 }), api.territories({ level: 'DEPARTEMENT', size: 200 })]);
      children = [...regions.content, ...departments.content];
    }
  } catch {
    children = [];
  }
  if (childrenFor !== `${code}|${lang()}`) return;
  const byLevel = new Map();
  for (const child of children.sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
    if (!byLevel.has(child.level)) byLevel.set(child.level, []);
    byLevel.get(child.level).push(child);
  }
  select.replaceChildren(h('option', { value: '' }, children.length ? t('territory.children') : t('territory.noChildren')));
  for (const [level, list] of [...byLevel.entries()].sort((a, b) => (LEVEL_ORDER[b[0]] ?? 9) - (LEVEL_ORDER[a[0]] ?? 9))) {
    select.append(h('optgroup', { label: t(`levelPlural.${level}`) }, list.map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`))));
  }
  select.disabled = children.length === 0;
}
