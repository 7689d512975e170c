// The form of an actor: create one, correct it or delete it.

import { t, label } from './i18n.js';
import { openEntityForm, textField, textareaField, selectField, territoryField } from './entity-form.js';

const SIZES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

/** Opens the actor form: {@code actor} as the API answers it (with its version), or null to create one. */
export function openActorForm({ actor = null, defaults = {}, reference, onSaved, onDeleted }) {
  const sectors = [...reference.sectors.values()].map((s) => ({ value: s.code, text: label(s) }));
  openEntityForm({
    resource: 'actors',
    keyField: 'id',
    title: actor ? t('edit.actorTitle', { name: actor.name }) : t('edit.actorNew'),
    saveTestid: 'actor-save',
    entity: actor,
    defaults,
    fields: [
      textField('id', t('edit.actor.id'), { testid: 'actor-form-id', required: true, maxLength: 100, hint: actor ? null : t('edit.actor.idHint') }),
      textField('name', t('edit.actor.name'), { testid: 'actor-form-name', required: true }),
      selectField('sector', t('edit.actor.sector'), sectors, { testid: 'actor-form-sector', required: true }),
      territoryField('locatedIn', t('edit.actor.locatedIn'), { testid: 'actor-form-locatedIn' }),
      selectField('size', t('edit.actor.size'), SIZES.map((s) => ({ value: s, text: t(`size.${s}`) })), { testid: 'actor-form-size' }),
      textField('siren', 'SIREN', { testid: 'actor-form-siren', maxLength: 9 }),
      textField('rna', 'RNA', { testid: 'actor-form-rna', maxLength: 10 }),
      textField('website', t('edit.actor.website'), { testid: 'actor-form-website' }),
      textareaField('description', t('edit.actor.description'), { testid: 'actor-form-description' }),
    ],
    onSaved,
    onDeleted,
  });
}
