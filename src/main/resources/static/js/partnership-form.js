// The form of a partnership: its type, dates, intensity and members (picked by searching the actors).

import { t, label } from './i18n.js';
import { openEntityForm, textField, textareaField, selectField, dateField, rowsField } from './entity-form.js';

const ROLES = ['LEAD', 'PARTNER', 'FUNDER'];

/** Opens the partnership form: {@code partnership} as the API answers it, or null to create one (with {@code defaults}). */
export function openPartnershipForm({ partnership = null, defaults = {}, reference, onSaved, onDeleted }) {
  openEntityForm({
    resource: 'partnerships',
    keyField: 'id',
    title: partnership ? t('edit.partnershipTitle', { id: partnership.id }) : t('edit.partnershipNew'),
    saveTestid: 'partnership-save',
    entity: partnership,
    defaults,
    fields: [
      textField('id', t('edit.partnership.id'), { testid: 'partnership-form-id', required: true, maxLength: 100 }),
      selectField('type', t('edit.partnership.type'), [...reference.types.values()].map((p) => ({ value: p.code, text: label(p) })), { testid: 'partnership-form-type', required: true }),
      dateField('start', t('edit.start'), { testid: 'partnership-form-start' }),
      dateField('end', t('edit.end'), { testid: 'partnership-form-end' }),
      selectField('intensity', t('edit.partnership.intensity'), [1, 2, 3].map((i) => ({ value: String(i), text: t(`edit.intensity.${i}`) })), { testid: 'partnership-form-intensity', numeric: true }),
      textareaField('description', t('edit.partnership.description'), { testid: 'partnership-form-description' }),
      rowsField('members', t('edit.partnership.members'), [
        { key: 'actor', label: t('edit.actorColumn'), kind: 'actor' },
        { key: 'role', label: t('edit.roleColumn'), kind: 'select', options: ROLES.map((r) => ({ value: r, text: t(`role.${r}`) })) },
      ], reference, { testid: 'partnership-form-members', addLabel: t('edit.partnership.addMember') }),
    ],
    onSaved,
    onDeleted,
  });
}
