// The form of a territory's need indicators (the figures the gaps analysis sets against the projects' coverage),
// written all at once by PUT /territories/{code}/indicators.

import { sendJson } from './api.js';
import { t, label, formatNumber } from './i18n.js';
import { openEntityForm, numberField } from './entity-form.js';

/** Opens the needs form of {@code territory} (as the API answers it) with the {@code indicators} vocabulary. */
export function openTerritoryNeedsForm({ territory, indicators, onSaved }) {
  const fields = indicators.map((indicator) => numberField(`indicators.${indicator.code}`, label(indicator),
    { testid: `needs-form-${indicator.code}`, hint: indicator.attributes?.reference == null ? null : t('edit.needsReference', { value: formatNumber(indicator.attributes.reference) }) }));
  openEntityForm({
    resource: 'territories',
    keyField: 'code',
    title: t('edit.needsTitle', { name: territory.name }),
    saveTestid: 'needs-save',
    entity: Object.fromEntries([...Object.entries(territory.indicators || {}).map(([code, value]) => [`indicators.${code}`, value]), ['code', territory.code], ['version', territory.version]]),
    fields,
    write: (values) => {
      const body = {};
      for (const [name, value] of Object.entries(values)) if (value !== null) body[name.slice('indicators.'.length)] = value;
      return sendJson('PUT', `territories/${encodeURIComponent(territory.code)}/indicators`, { body });
    },
    onSaved,
  });
}
