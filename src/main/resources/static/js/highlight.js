// Which actors and ties the SDG and partnership-type filters keep highlighted, from the API's lists.

import { getAll } from './api.js';

/** The lists read for the filters, by path and parameters (the promise, so that a list is read once). */
const highlightCache = new Map();

/**
 * SDG and partnership-type filters, applied in the page: the analyses take neither. An actor stays
 * highlighted when it contributes (at the date) to a project aiming at one of the SDGs, or is a member of an
 * active partnership of one of the types; a tie stays when such a project or partnership joins its two ends.
 */
export async function computeHighlight(state, view) {
  const at = view.atEffective;
  const territory = state.territory || undefined;
  const sets = [];
  if (state.types.length) {
    const partnerships = (await Promise.all(state.types.map((type) => cachedList('partnerships', { territory, type, active: at }))))
      .flat()
      .filter((p) => state.types.includes(p.type));
    sets.push(pairs(partnerships.map((p) => (p.members || []).map((m) => m.actor))));
  }
  if (state.sdgs.length) {
    const projects = (await Promise.all(state.sdgs.map((sdg) => cachedList('projects', { territory, sdg }))))
      .flat()
      .filter((p) => (p.sdgs || []).some((s) => state.sdgs.includes(String(s))))
      .filter((p) => active(p, at));
    sets.push(pairs(projects.map((p) => (p.contributors || []).filter((c) => active(c, at)).map((c) => c.actor))));
  }
  const nodes = sets.reduce((acc, s) => (acc ? new Set([...acc].filter((id) => s.nodes.has(id))) : s.nodes), null);
  const edges = sets.reduce((acc, s) => (acc ? new Set([...acc].filter((k) => s.edges.has(k))) : s.edges), null);
  return { nodes, edges, count: 0 };
}

function active(item, at) {
  const start = item.start || item.since;
  const end = item.end || item.until;
  return (!start || start <= at) && (!end || end >= at);
}

function pairs(groups) {
  const nodes = new Set();
  const edges = new Set();
  for (const members of groups) {
    for (let i = 0; i < members.length; i++) {
      nodes.add(members[i]);
      for (let j = i + 1; j < members.length; j++) edges.add(`${members[i]}|${members[j]}`);
    }
  }
  return { nodes, edges };
}

function cachedList(path, params) {
  const key = `${path}?${JSON.stringify(params)}`;
  if (!highlightCache.has(key)) {
    highlightCache.set(key, getAll(path, params, { max: 5000 }).catch((error) => {
      highlightCache.delete(key);
      throw error;
    }));
  }
  return highlightCache.get(key);
}
