// Which actors and ties the SDG and partnership-type filters keep highlighted: the API's answer for the scope and date.

import { api } from './api.js';

/** The answers read, by scope, date and filters (the promise, so that each is asked once). */
const highlightCache = new Map();

/**
 * SDG and partnership-type filters (GET /analysis/highlight): an actor stays highlighted when it contributes (at
 * the date) to a project aiming at one of the SDGs, or is a member of an active partnership of one of the types;
 * a tie stays when such a project or partnership joins its two ends; with both filters, what both keep.
 */
export async function computeHighlight(state, view) {
  const key = JSON.stringify([view.territory, view.atEffective, view.sectors, view.domains, state.sdgs, state.types]);
  if (!highlightCache.has(key)) {
    highlightCache.set(key, api.highlight(view, state.sdgs, state.types).catch((error) => {
      highlightCache.delete(key);
      throw error;
    }));
  }
  const answer = await highlightCache.get(key);
  return { nodes: new Set(answer.actors), edges: new Set(answer.ties.map(([a, b]) => `${a}|${b}`)), count: 0 };
}
