// Filter lists: sectors (also the colour legend), domains, SDGs, partnership types.
// Sectors and domains go to the API (they change the scope); SDGs and types are applied in the page.

import { h, $ } from './dom.js';
import { t, label, formatNumber } from './i18n.js';
import { sectorColour, sdgColour, textOn } from './palette.js';

export class Filters {
  constructor({ reference, onChange }) {
    this.reference = reference;
    this.onChange = onChange;
    this.state = null;
    $('#sectors-all').addEventListener('click', () => this.onChange({ sectors: [] }));
  }

  /** {@code sectorCounts} null: counts unknown (loading, error), none shown. */
  render(state, sectorCounts = null) {
    this.state = state;
    this.renderSectors(state, sectorCounts);
    this.renderChecks('#domain-list', '#domain-count', this.reference.domains, state.domains, 'domains');
    this.renderChecks('#sdg-list', '#sdg-count', this.reference.sdgs, state.sdgs, 'sdgs', (entry) => {
      const colour = sdgColour(entry.code);
      return h('span', { class: 'sdg-number', style: { background: colour, color: textOn(colour) }, 'aria-hidden': 'true', text: entry.code });
    });
    this.renderChecks('#type-list', '#type-count', this.reference.types, state.types, 'types');
    $('#sectors-all').hidden = state.sectors.length === 0;
  }

  renderSectors(state, counts) {
    const list = $('#sector-list');
    const all = [...this.reference.sectors.values()];
    const selected = new Set(state.sectors.length ? state.sectors : all.map((s) => s.code));
    list.replaceChildren(...all.map((entry) => {
      const id = `sector-${entry.code}`;
      const checked = selected.has(entry.code);
      const count = counts ? counts.get(entry.code) || 0 : null;
      return h('li', { class: `check-row${checked ? '' : ' off'}` },
        h('input', {
          type: 'checkbox', id, value: entry.code, checked,
          onchange: (event) => this.toggleSector(entry.code, event.target.checked, all),
        }),
        h('label', { for: id },
          h('span', { class: 'swatch', style: { background: sectorColour(entry.code) }, 'aria-hidden': 'true' }),
          h('span', { class: 'check-label', text: label(entry) }),
          h('span', { class: 'count', text: checked && count !== null ? formatNumber(count) : '' })),
        h('button', {
          type: 'button', class: 'only', id: `only-${entry.code}`,
          'aria-label': t('filters.onlyLabel', { name: label(entry) }),
          onclick: () => this.onChange({ sectors: [entry.code] }),
        }, t('filters.only')));
    }));
  }

  toggleSector(code, checked, all) {
    const current = new Set(this.state.sectors.length ? this.state.sectors : all.map((s) => s.code));
    if (checked) current.add(code);
    else current.delete(code);
    if (current.size === 0) {
      // at least one sector stays: unchecking the last one is refused
      this.render(this.state);
      return;
    }
    const sectors = current.size === all.length ? [] : all.map((s) => s.code).filter((c) => current.has(c));
    this.onChange({ sectors });
  }

  renderChecks(listSelector, countSelector, entries, selectedCodes, key, decorate) {
    const list = $(listSelector);
    const selected = new Set(selectedCodes);
    list.replaceChildren(...[...entries.values()].map((entry) => {
      const id = `${key}-${entry.code}`;
      return h('li', { class: 'check-row' },
        h('input', {
          type: 'checkbox', id, value: entry.code, checked: selected.has(entry.code),
          onchange: (event) => {
            const next = new Set(this.state[key]);
            if (event.target.checked) next.add(entry.code);
            else next.delete(entry.code);
            this.onChange({ [key]: [...entries.keys()].filter((c) => next.has(c)) });
          },
        }),
        h('label', { for: id }, decorate ? decorate(entry) : null, h('span', { class: 'check-label', text: label(entry) })));
    }));
    const count = $(countSelector);
    count.textContent = selected.size ? t('filters.selected', { count: selected.size }) : '';
    const details = list.closest('details');
    if (details && selected.size && !details.dataset.touched) details.open = true;
    if (details && !details.dataset.listening) {
      details.dataset.listening = 'true';
      details.addEventListener('toggle', () => {
        details.dataset.touched = 'true';
      });
    }
  }
}
