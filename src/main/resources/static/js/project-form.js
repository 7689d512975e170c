// The form of a project: its phase, dates, domains, contributors and fundings.

import { t, label } from './i18n.js';
import { openEntityForm, textField, textareaField, selectField, dateField, checksField, rowsField, codesField } from './entity-form.js';

const PHASES = ['EMERGENCE', 'EXPERIMENTATION', 'DEPLOYMENT', 'CAPITALISATION'];
const ROLES = ['LEAD', 'PARTNER', 'FUNDER'];

/** Opens the project form: {@code project} as the API answers it, or null to create one (with {@code defaults}). */
export function openProjectForm({ project = null, defaults = {}, reference, instruments = [], onSaved, onDeleted }) {
  const roles = ROLES.map((r) => ({ value: r, text: t(`role.${r}`) }));
  openEntityForm({
    resource: 'projects',
    keyField: 'id',
    title: project ? t('edit.projectTitle', { name: project.name }) : t('edit.projectNew'),
    saveTestid: 'project-save',
    entity: project,
    defaults,
    fields: [
      textField('id', t('edit.project.id'), { testid: 'project-form-id', required: true, maxLength: 100 }),
      textField('name', t('edit.project.name'), { testid: 'project-form-name', required: true }),
      selectField('phase', t('edit.project.phase'), PHASES.map((p) => ({ value: p, text: t(`phase.${p}`) })), { testid: 'project-form-phase', required: true }),
      dateField('start', t('edit.start'), { testid: 'project-form-start' }),
      dateField('end', t('edit.end'), { testid: 'project-form-end' }),
      codesField('targets', t('edit.project.targets'), { testid: 'project-form-targets', hint: t('edit.project.targetsHint') }),
      textareaField('description', t('edit.project.description'), { testid: 'project-form-description' }),
      checksField('domains', t('edit.domains'), [...reference.domains.values()].map((d) => ({ value: d.code, text: label(d) }))),
      rowsField('contributors', t('edit.project.contributors'), [
        { key: 'actor', label: t('edit.actorColumn'), kind: 'actor' },
        { key: 'role', label: t('edit.roleColumn'), kind: 'select', options: roles },
        { key: 'since', label: t('edit.sinceColumn'), kind: 'date' },
        { key: 'until', label: t('edit.untilColumn'), kind: 'date' },
      ], reference, { testid: 'project-form-contributors', addLabel: t('edit.project.addContributor') }),
      rowsField('funders', t('edit.project.funders'), [
        { key: 'actor', label: t('edit.actorColumn'), kind: 'actor' },
        { key: 'amountEur', label: t('edit.amountColumn'), kind: 'number', step: '1' },
        { key: 'year', label: t('edit.yearColumn'), kind: 'number', step: '1' },
        { key: 'instrument', label: t('edit.instrumentColumn'), kind: 'select', options: instruments.map((i) => ({ value: i.code, text: label(i) })) },
      ], reference, { testid: 'project-form-funders', addLabel: t('edit.project.addFunder') }),
    ],
    onSaved,
    onDeleted,
  });
}
