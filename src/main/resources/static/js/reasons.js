// What the analyses give as reasons, said in the page's language: a catalyst's explanation and a suggested
// alliance's reasons come with their structured form (why: [{code, values}]), so the English page does not show
// the French sentences of the API's explanation and reasons fields. The French page shows those fields as they are.

import { t, lang, label, formatNumber, formatPercent } from './i18n.js';

/** The reasons of {@code item} ({@code kind}: 'catalyst' or 'suggestion') in the page's language, each a clause. */
export function reasonClauses(kind, item, reference) {
  if (lang() === 'fr' || !Array.isArray(item?.why)) {
    return kind === 'catalyst' ? [item?.explanation].filter(Boolean) : item?.reasons || [];
  }
  return item.why.map((reason) => clause(kind, reason, reference));
}

/** A catalyst's explanation as one sentence (the French one is the API's, already one). */
export function catalystExplanation(catalyst, reference) {
  return reasonClauses('catalyst', catalyst, reference).join('; ');
}

function clause(kind, { code, values = {} }, reference) {
  const params = { ...values };
  if (code === 'PATHS_THROUGH') {
    params.share = values.share < 0.005 ? t('why.lessThanOnePercent') : formatPercent(values.share);
    return t(values.estimated ? 'why.catalyst.PATHS_THROUGH_ESTIMATED' : 'why.catalyst.PATHS_THROUGH', params);
  }
  if (code === 'NON_REDUNDANT_PARTNERS') {
    params.count = values.effectiveSize;
    params.effectiveSize = formatNumber(values.effectiveSize, { maximumFractionDigits: 1 });
  }
  if (code === 'COMPLEMENTARY_SECTORS') {
    const [a, b] = (values.sectors || []).map((s) => label(reference?.sectors?.get(s)) || s);
    params.a = a;
    params.b = b;
  }
  if (code === 'SHARED_DOMAINS') {
    params.count = (values.domains || []).length;
    params.domains = (values.domains || []).map((d) => label(reference?.domains?.get(d)) || d).join(', ');
  }
  if (code === 'SECTORS_AND_TERRITORIES') {
    params.sectors = t('why.sectors', { count: values.sectors });
    params.territories = t('why.territories', { count: values.territories });
  }
  return t(`why.${kind}.${code}`, params);
}
