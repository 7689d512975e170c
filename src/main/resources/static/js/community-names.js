// A community of the gaps answer named after its best-ranked catalyst (the drawn graph's rank) and its most
// frequent sector, rather than a number.

import { t, label } from './i18n.js';

/** {title: "Autour de …", detail: "12 acteurs · surtout Association"}; {@code sectors} the sector vocabulary by code. */
export function communityName(community, cy, sectors) {
  const members = community.actors.map((id) => cy?.getElementById(id)).filter((node) => node?.nonempty());
  const best = members.reduce((top, node) => (!top || (node.data('rank') || Infinity) < (top.data('rank') || Infinity) ? node : top), null);
  const counts = new Map();
  for (const node of members) counts.set(node.data('sector'), (counts.get(node.data('sector')) || 0) + 1);
  const [sector] = [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))[0] || [];
  return {
    title: best ? t('gaps.communityAround', { name: best.data('label') }) : t('gaps.communityNumber', { number: community.id }),
    detail: sector ? t('gaps.communityDetail', { count: community.actors.length, sector: label(sectors.get(sector)) || sector }) : t('gaps.communitySize', { count: community.actors.length }),
  };
}
