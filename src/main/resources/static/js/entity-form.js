// The form of one entity (an actor, a project, a partnership) in a dialog: the fields the resource declares, its
// write through the API with the version read (If-Match), the API's French messages beside the fields they
// name, and the conflict dialog when someone else changed the entity meanwhile.

import { api, getJson, sendJson, ApiError } from './api.js';
import { h, $ } from './dom.js';
import { t, label } from './i18n.js';
import { Combobox } from './combobox.js';
import { sectorColour } from './palette.js';
import { showConflict } from './conflict-dialog.js';

let counter = 0;

const blankToNull = (value) => (value === '' || value === undefined ? null : value);

/**
 * One field: its label, control and the line where the API's message about it shows.
 * {@code read} gives the value to send, {@code write} shows a stored value.
 */
function field(name, labelText, control, { read, write, hint, wide = false, id } = {}) {
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert', 'data-testid': `field-error-${name}`, hidden: true });
  const element = h('div', { class: `field${wide ? ' wide' : ''}`, 'data-field': name },
    h('label', { for: id, text: labelText }),
    control,
    hint ? h('p', { class: 'hint', text: hint }) : null,
    error);
  return { name, element, read, write, error, focus: () => (element.querySelector('input, select, textarea') || control).focus() };
}

function inputId(name) {
  return `edit-${name}-${++counter}`;
}

export function textField(name, labelText, { testid, required = false, hint, maxLength = 300 } = {}) {
  const id = inputId(name);
  const input = h('input', { id, type: 'text', name, required, maxlength: maxLength, 'data-testid': testid, 'aria-describedby': `${id}-error` });
  return field(name, labelText, input, {
    id, hint, read: () => blankToNull(input.value.trim()), write: (value) => { input.value = value ?? ''; },
  });
}

/** Codes typed one after another (territories…), separated by commas or spaces; the value is their list. */
export function codesField(name, labelText, { testid, hint } = {}) {
  const id = inputId(name);
  const input = h('input', { id, type: 'text', name, spellcheck: 'false', 'data-testid': testid, 'aria-describedby': `${id}-error` });
  return field(name, labelText, input, {
    id, hint,
    read: () => input.value.split(/[\s,;]+/).filter(Boolean),
    write: (values) => { input.value = (values || []).join(', '); },
  });
}

export function textareaField(name, labelText, { testid } = {}) {
  const id = inputId(name);
  const area = h('textarea', { id, name, rows: 3, 'data-testid': testid, 'aria-describedby': `${id}-error` });
  return field(name, labelText, area, {
    id, wide: true, read: () => blankToNull(area.value.trim()), write: (value) => { area.value = value ?? ''; },
  });
}

/** A choice among {@code options} ({value, text}); an empty choice first unless {@code required}. */
export function selectField(name, labelText, options, { testid, required = false, numeric = false } = {}) {
  const id = inputId(name);
  const select = h('select', { id, name, 'data-testid': testid, 'aria-describedby': `${id}-error` },
    h('option', { value: '', text: required ? t('edit.choose') : '—' }),
    options.map((o) => h('option', { value: o.value, text: o.text })));
  return field(name, labelText, select, {
    id,
    read: () => (select.value === '' ? null : numeric ? Number(select.value) : select.value),
    write: (value) => { select.value = value == null ? '' : String(value); },
  });
}

export function dateField(name, labelText, { testid } = {}) {
  const id = inputId(name);
  const input = h('input', { id, type: 'date', name, 'data-testid': testid, 'aria-describedby': `${id}-error` });
  return field(name, labelText, input, { id, read: () => blankToNull(input.value), write: (value) => { input.value = value ?? ''; } });
}

export function numberField(name, labelText, { testid, hint, step = 'any' } = {}) {
  const id = inputId(name);
  const input = h('input', { id, type: 'number', name, step, min: 0, 'data-testid': testid, 'aria-describedby': `${id}-error` });
  return field(name, labelText, input, {
    id, hint, read: () => (input.value === '' ? null : Number(input.value)), write: (value) => { input.value = value ?? ''; },
  });
}

/** Ticks among {@code options} ({value, text}); the value is the list of ticked values. */
export function checksField(name, labelText, options, { numeric = false } = {}) {
  const id = inputId(name);
  const boxes = options.map((o) => h('input', { type: 'checkbox', value: o.value }));
  const list = h('div', { class: 'check-grid', id, role: 'group', 'aria-label': labelText },
    options.map((o, i) => h('label', { class: 'toggle small' }, boxes[i], ' ', o.text)));
  return field(name, labelText, list, {
    id,
    wide: true,
    read: () => boxes.filter((b) => b.checked).map((b) => (numeric ? Number(b.value) : b.value)),
    write: (values) => {
      const wanted = new Set((values || []).map(String));
      for (const box of boxes) box.checked = wanted.has(box.value);
    },
  });
}

/** A search box with its list of suggestions, whose value is what is typed or the code of what was picked. */
function pickerInput({ id, testid, placeholder, source, render, codeOf, onPicked }) {
  const listId = `${id}-options`;
  const input = h('input', {
    id, type: 'text', autocomplete: 'off', spellcheck: 'false', role: 'combobox', 'aria-expanded': 'false',
    'aria-controls': listId, 'aria-autocomplete': 'list', placeholder, 'data-testid': testid,
  });
  const listbox = h('ul', { id: listId, role: 'listbox', class: 'options', hidden: true });
  new Combobox({
    input, listbox, source, render, emptyText: () => t('edit.noMatch'),
    onPick: (item) => {
      input.value = codeOf(item);
      onPicked?.(item);
    },
  });
  return { input, box: h('div', { class: 'combo' }, input, listbox) };
}

const territorySource = async (query) => (await api.territories({ q: query, size: 10 })).content;

/** A territory by its code: typed as is, or picked by searching its name. */
export function territoryField(name, labelText, { testid } = {}) {
  const id = inputId(name);
  const note = h('p', { class: 'hint picked' });
  const { input, box } = pickerInput({
    id, testid, placeholder: t('edit.territoryPlaceholder'), source: territorySource,
    render: (territory) => ({ text: territory.name, detail: `${t(`level.${territory.level}`)} · ${territory.code}` }),
    codeOf: (territory) => territory.code,
    onPicked: (territory) => { note.textContent = territory.name; },
  });
  input.addEventListener('input', () => { note.textContent = ''; });
  input.setAttribute('aria-describedby', `${id}-error`);
  const control = h('div', {}, box, note);
  return field(name, labelText, control, {
    id, read: () => blankToNull(input.value.trim()), write: (value) => { input.value = value ?? ''; note.textContent = ''; },
  });
}

/** The actors list's search ({@code ?q=}), for the pickers of members, contributors and funders. */
export const actorSource = async (query) => (await api.actors({ q: query, size: 10 })).content;

export function actorPicker(id, reference, testid) {
  return pickerInput({
    id, testid, placeholder: t('edit.actorPlaceholder'), source: actorSource,
    render: (actor) => ({ text: actor.name, detail: `${label(reference.sectors.get(actor.sector)) || actor.sector} · ${actor.id}`, swatch: sectorColour(actor.sector) }),
    codeOf: (actor) => actor.id,
  });
}

/**
 * Rows of one list (members, contributors, fundings): each row has the {@code columns} given
 * ({key, label, kind: 'actor'|'select'|'number'|'date', options}); the API's messages about row i show beside it.
 */
export function rowsField(name, labelText, columns, reference, { addLabel, testid } = {}) {
  const id = inputId(name);
  const body = h('div', { class: 'rows', id, 'data-testid': testid });
  const rows = [];
  const addRow = (value = {}) => {
    const cells = columns.map((column) => {
      const cellId = inputId(`${name}-${column.key}`);
      let control;
      let read;
      if (column.kind === 'actor') {
        const picker = actorPicker(cellId, reference, `${testid}-actor`);
        picker.input.value = value[column.key] ?? '';
        control = picker.box;
        read = () => blankToNull(picker.input.value.trim());
      } else if (column.kind === 'select') {
        const select = h('select', { id: cellId }, h('option', { value: '', text: '—' }),
          column.options.map((o) => h('option', { value: o.value, text: o.text })));
        select.value = value[column.key] == null ? '' : String(value[column.key]);
        control = select;
        read = () => blankToNull(select.value);
      } else {
        const input = h('input', { id: cellId, type: column.kind === 'date' ? 'date' : column.kind === 'number' ? 'number' : 'text', step: column.step });
        input.value = value[column.key] ?? '';
        control = input;
        read = () => (input.value === '' ? null : column.kind === 'number' ? Number(input.value) : input.value);
      }
      return { key: column.key, read, element: h('div', { class: 'row-cell' }, h('label', { for: cellId, class: 'row-label', text: column.label }), control) };
    });
    const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
    const row = { cells, error };
    const remove = h('button', {
      type: 'button', class: 'icon-button small', 'aria-label': t('edit.removeRow'), title: t('edit.removeRow'), text: '×',
      onclick: () => {
        rows.splice(rows.indexOf(row), 1);
        row.element.remove();
      },
    });
    row.element = h('div', { class: 'row' }, h('div', { class: 'row-cells' }, cells.map((c) => c.element), remove), error);
    rows.push(row);
    body.append(row.element);
  };
  const control = h('div', {}, body,
    h('button', { type: 'button', class: 'button small', text: addLabel || t('edit.addRow'), onclick: () => addRow() }));
  const result = field(name, labelText, control, {
    id,
    wide: true,
    read: () => rows.map((row) => Object.fromEntries(row.cells.map((c) => [c.key, c.read()])))
      .filter((value) => Object.values(value).some((v) => v !== null)),
    write: (values) => {
      rows.splice(0).forEach((row) => row.element.remove());
      for (const value of values || []) addRow(value);
      if (!rows.length) addRow();
    },
  });
  result.rowError = (index) => rows[index]?.error;
  return result;
}

/** The field a problem's {@code path} names: "name", "members[1].actor" (the members field, row 1)… */
function target(fields, path) {
  const exact = fields.find((candidate) => candidate.name === path);
  if (exact) return { field: exact, line: exact.error };
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path || '');
  if (!match) return null;
  const f = fields.find((candidate) => candidate.name === match[1]);
  if (!f) return null;
  const row = match[2] !== undefined && f.rowError ? f.rowError(Number(match[2])) : null;
  return { field: f, line: row || f.error };
}

function clearErrors(form, fields) {
  for (const f of fields) {
    f.element.classList.remove('invalid');
    f.element.querySelectorAll('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
  }
  const general = $('.form-error', form);
  general.hidden = true;
  general.replaceChildren();
}

/** Shows each of the problem's errors beside its field, the others (and the detail) at the top of the form. */
function showErrors(form, fields, problem, fallback) {
  const general = $('.form-error', form);
  const loose = [];
  let first = null;
  for (const error of problem?.errors || []) {
    const found = target(fields, error.path);
    if (!found) {
      loose.push(error.message);
      continue;
    }
    found.field.element.classList.add('invalid');
    found.line.hidden = false;
    found.line.textContent = found.line.textContent ? `${found.line.textContent} ${error.message}` : error.message;
    first = first || found.field;
  }
  if (!problem?.errors?.length) loose.push(problem?.detail || fallback);
  if (loose.length) {
    general.hidden = false;
    general.replaceChildren(...loose.map((message) => h('p', { text: message })));
  }
  (first ? first.focus() : general.focus());
}

/**
 * Opens the dialog's form for one entity of {@code resource} ("actors"…).
 * @param spec     {resource, keyField, title, fields, entity (null to create), defaults, onSaved, onDeleted};
 *                 {@code write(values)} replaces the usual PUT of the whole entity (a territory's needs)
 */
export function openEntityForm(spec) {
  const dialog = $('#edit-dialog');
  const { resource, keyField, fields } = spec;
  let entity = spec.entity;
  const editing = Boolean(entity);
  const general = h('div', { class: 'form-error', role: 'alert', tabindex: '-1', 'data-testid': 'form-error', hidden: true });
  const save = h('button', { type: 'submit', class: 'button primary', 'data-testid': spec.saveTestid || 'entity-save', text: t('edit.save') });
  const remove = editing && !spec.write ? h('button', { type: 'button', class: 'button danger', 'data-testid': 'entity-delete', text: t('edit.delete') }) : null;
  const form = h('form', { class: 'entity-form', novalidate: true, 'data-resource': resource },
    h('div', { class: 'dialog-head' },
      h('h2', { id: 'edit-title', text: spec.title }),
      h('button', { type: 'button', class: 'icon-button close', 'aria-label': t('panel.close'), title: t('panel.close'), text: '×', onclick: () => dialog.close() })),
    general,
    h('div', { class: 'form-fields' }, fields.map((f) => f.element)),
    h('div', { class: 'form-actions' },
      remove,
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'button', text: t('edit.cancel'), onclick: () => dialog.close() }),
      save));

  const keyEntry = fields.find((f) => f.name === keyField);
  const fill = (content) => {
    for (const f of fields) f.write(content?.[f.name]);
    if (keyEntry) keyEntry.element.querySelector('input').readOnly = editing;
  };
  fill(entity || spec.defaults || {});

  const reload = async () => {
    entity = await getJson(`${resource}/${encodeURIComponent(entity[keyField])}`);
    clearErrors(form, fields);
    fill(entity);
  };

  const refused = (error) => {
    const problem = error instanceof ApiError ? error.problem : null;
    const stale = error instanceof ApiError && (error.status === 412 || (error.status === 409 && problem?.currentVersion != null));
    if (stale && editing) {
      showConflict({ resource, key: entity[keyField], since: entity.version, onReload: reload });
      return;
    }
    if (error instanceof ApiError && error.status === 409 && !editing && keyEntry) {
      showErrors(form, fields, { errors: [{ path: keyField, message: problem?.detail }] });
      return;
    }
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      // a lost session and a refused CSRF token are both mended by signing in again
      const signedOut = error.status === 401 || /CSRF/.test(problem?.detail || '');
      showErrors(form, fields, { detail: t(signedOut ? 'edit.signedOut' : 'edit.forbidden') });
      return;
    }
    showErrors(form, fields, problem, error instanceof ApiError ? error.message : t('error.serviceDown'));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form, fields);
    const values = Object.fromEntries(fields.map((f) => [f.name, f.read()]));
    save.disabled = true;
    let answer;
    try {
      if (spec.write) {
        answer = await spec.write(values);
      } else if (editing) {
        // the stored content with the form's changes: what the form does not show is kept as it is
        const body = { ...entity, ...values };
        delete body.version;
        answer = await sendJson('PUT', `${resource}/${encodeURIComponent(entity[keyField])}`, { body, ifMatch: entity.version });
      } else {
        answer = await sendJson('POST', resource, { body: { ...(spec.defaults || {}), ...values } });
      }
    } catch (error) {
      refused(error);
      return;
    } finally {
      save.disabled = false;
    }
    // what follows a write is not the write's: a failure there is the page's, not shown in the closed form
    dialog.close();
    await spec.onSaved?.(answer);
  });

  remove?.addEventListener('click', async () => {
    // a second click confirms: nothing is deleted by a slip of the mouse
    if (!remove.dataset.confirm) {
      remove.dataset.confirm = 'true';
      remove.textContent = t('edit.deleteConfirm');
      return;
    }
    clearErrors(form, fields);
    try {
      await sendJson('DELETE', `${resource}/${encodeURIComponent(entity[keyField])}`, { ifMatch: entity.version });
    } catch (error) {
      refused(error);
      return;
    }
    dialog.close();
    await spec.onDeleted?.(entity);
  });

  dialog.replaceChildren(form);
  dialog.dataset.resource = resource;
  if (!dialog.open) dialog.showModal();
  (editing ? fields.find((f) => f.name !== keyField) : fields[0])?.focus();
}
