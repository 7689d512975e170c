// Where the drawn graph comes from: the Cytoscape.js export of the API (GET /api/v1/exports?format=cytoscape),
// the actor graph of the scope at the date. A service without that endpoint (404) still gets a drawing:
// nodes from the catalyst analysis (every actor of the scope, up to the API's limit of 1,000) and ties
// rebuilt from the partnerships and projects active at the date, by the rule of DOMAIN.md (two actors are
// linked when they share an active partnership or project; weight = sum of the partnerships' intensities
// plus the number of shared projects). With a domain filter that rebuild keeps only the partnerships and
// projects of those domains.

import { api, getAll, ApiError } from './api.js';

let exportMissing = false;

/** False once the service answered 404 for the export endpoint. */
export function exportAvailable() {
  return !exportMissing;
}

export async function fetchGraph(view) {
  if (!exportMissing) {
    try {
      const answer = await api.graph(view);
      return answer.elements || { nodes: [], edges: [] };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404 || error.problem?.key) throw error;
      exportMissing = true;
    }
  }
  return rebuild(view);
}

async function rebuild(view) {
  const at = view.at || new Date().toISOString().slice(0, 10);
  // partnerships and projects are read without a territory filter: a tie counts when both ends are in scope,
  // whatever the territories the partnership or project names
  const [catalysts, partnerships, projects] = await Promise.all([
    api.catalysts(view, 1000),
    getAll('partnerships', { active: at }, { max: 20000 }),
    getAll('projects', {}, { max: 20000 }),
  ]);
  const nodes = catalysts.catalysts.map((c) => ({
    data: { id: c.id, label: c.name, sector: c.sector, score: c.score, rank: c.rank },
  }));
  const inScope = new Set(nodes.map((n) => n.data.id));
  const domains = view.domains || [];
  const inDomains = (item) => !domains.length || (item.domains || []).some((d) => domains.includes(d));
  const active = (start, end) => (!start || start <= at) && (!end || end >= at);
  const weights = new Map();
  const link = (members, weight) => {
    const ids = [...new Set(members)].filter((id) => inScope.has(id)).sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        weights.set(key, (weights.get(key) || 0) + weight);
      }
    }
  };
  for (const p of partnerships) {
    if (active(p.start, p.end) && inDomains(p)) link((p.members || []).map((m) => m.actor), p.intensity || 1);
  }
  for (const p of projects) {
    if (active(p.start, p.end) && inDomains(p)) {
      link((p.contributors || []).filter((c) => active(c.since, c.until)).map((c) => c.actor), 1);
    }
  }
  const edges = [...weights].map(([key, weight], i) => {
    const [source, target] = key.split('|');
    return { data: { id: `tie-${i}`, source, target, weight } };
  });
  return { nodes, edges };
}
