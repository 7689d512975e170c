// A small accessible combobox (WAI-ARIA 1.2 pattern "list autocomplete"): type, arrow keys, Enter, Escape.

let counter = 0;

export class Combobox {
  /**
   * @param input     the <input role="combobox">
   * @param listbox   the <ul role="listbox">
   * @param source    async (query) => items
   * @param render    (item) => {text, detail, swatch}
   * @param onPick    (item) => void
   * @param emptyText () => string shown when nothing matches
   */
  constructor({ input, listbox, source, render, onPick, emptyText, minLength = 1, delay = 180 }) {
    Object.assign(this, { input, listbox, source, render, onPick, emptyText, minLength, delay });
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.request = 0;
    this.id = `combo-${++counter}`;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (input.value.trim().length >= minLength) this.schedule();
    });
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.pick(Number(option.dataset.index));
    });
  }

  schedule() {
    clearTimeout(this.timer);
    const query = this.input.value.trim();
    if (query.length < this.minLength) {
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.search(query), this.delay);
  }

  async search(query) {
    const request = ++this.request;
    let items;
    try {
      items = await this.source(query);
    } catch {
      items = [];
    }
    if (request !== this.request) return;
    this.items = items;
    this.active = items.length ? 0 : -1;
    this.draw();
  }

  draw() {
    this.listbox.replaceChildren();
    if (!this.items.length) {
      const li = document.createElement('li');
      li.className = 'option-empty';
      li.textContent = this.emptyText();
      this.listbox.append(li);
    }
    this.items.forEach((item, index) => {
      const { text, detail, swatch } = this.render(item);
      const li = document.createElement('li');
      li.id = `${this.id}-${index}`;
      li.setAttribute('role', 'option');
      li.dataset.index = String(index);
      li.setAttribute('aria-selected', String(index === this.active));
      if (swatch) {
        const dot = document.createElement('span');
        dot.className = 'swatch';
        dot.style.background = swatch;
        li.append(dot);
      }
      const main = document.createElement('span');
      main.className = 'option-text';
      main.textContent = text;
      li.append(main);
      if (detail) {
        const small = document.createElement('span');
        small.className = 'option-detail';
        small.textContent = detail;
        li.append(small);
      }
      this.listbox.append(li);
    });
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.markActive();
  }

  markActive() {
    for (const li of this.listbox.querySelectorAll('[role="option"]')) {
      const on = Number(li.dataset.index) === this.active;
      li.setAttribute('aria-selected', String(on));
      li.classList.toggle('active', on);
      if (on) li.scrollIntoView({ block: 'nearest' });
    }
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  key(event) {
    const open = !this.listbox.hidden;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) this.schedule();
      else if (this.items.length) {
        this.active = (this.active + 1) % this.items.length;
        this.markActive();
      }
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (open && this.items.length) {
        this.active = (this.active - 1 + this.items.length) % this.items.length;
        this.markActive();
      }
    } else if (event.key === 'Enter') {
      if (open && this.active >= 0) {
        event.preventDefault();
        this.pick(this.active);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        this.close();
      } else {
        this.input.value = '';
      }
    }
  }

  pick(index) {
    const item = this.items[index];
    if (!item) return;
    this.close();
    this.input.value = '';
    this.onPick(item);
  }

  close() {
    clearTimeout(this.timer);
    this.request++;
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

/** Lower case without accents, for matching "rhone" with "Rhône". */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
