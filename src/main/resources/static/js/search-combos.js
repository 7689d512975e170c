// The two search boxes of the header: territories (by name or INSEE code) and actors (in the graph first).

import { api } from './api.js';
import { t, label } from './i18n.js';
import { $ } from './dom.js';
import { Combobox, fold } from './combobox.js';
import { sectorColour } from './palette.js';
import { app, update } from './view-state.js';
import { LEVEL_ORDER } from './territory-navigation.js';

export function wireCombos() {
  new Combobox({
    input: $('#territory-input'),
    listbox: $('#territory-options'),
    source: async (query) => {
      // the exact name or code first, then names starting with the query, larger territories before smaller
      const folded = fold(query);
      const rank = (t) => (fold(t.name) === folded || t.code === query ? 0 : fold(t.name).startsWith(folded) ? 1 : 2);
      return (await api.territories({ q: query, size: 40 })).content
        .sort((a, b) => rank(a) - rank(b) || (LEVEL_ORDER[b.level] ?? 0) - (LEVEL_ORDER[a.level] ?? 0) || (b.population || 0) - (a.population || 0))
        .slice(0, 12);
    },
    render: (territory) => ({ text: territory.name, detail: `${t(`level.${territory.level}`)} · ${territory.code}` }),
    onPick: (territory) => update({ territory: territory.code, actor: '' }, { push: true }),
    emptyText: () => t('territory.none'),
  });
  new Combobox({
    input: $('#actor-input'),
    listbox: $('#actor-options'),
    minLength: 2,
    source: async (query) => {
      const folded = fold(query);
      const cy = app.graph?.cy;
      const local = cy ? cy.nodes().filter((n) => fold(n.data('label')).includes(folded))
        .sort((a, b) => (b.data('score') || 0) - (a.data('score') || 0))
        .slice(0, 10)
        .map((n) => ({ id: n.id(), name: n.data('label'), sector: n.data('sector'), inScope: true })) : [];
      if (local.length >= 5) return local;
      const remote = await api.actors({ q: query, size: 8 }).then((answer) => answer.content).catch(() => []);
      const ids = new Set(local.map((a) => a.id));
      return [...local, ...remote.filter((a) => !ids.has(a.id)).map((a) => ({ id: a.id, name: a.name, sector: a.sector, inScope: false }))];
    },
    render: (actor) => ({
      text: actor.name,
      detail: actor.inScope ? label(app.reference.sectors.get(actor.sector)) : t('actor.outOfScope'),
      swatch: sectorColour(actor.sector),
    }),
    onPick: (actor) => update({ actor: actor.id, hops: 0 }, { push: true }),
    emptyText: () => t('actor.none'),
  });
}
