// Where the actors go: fCoSE on the actor graph (by territory for large scopes), the ego network around one
// actor, and places for the actors that join a drawing already laid out.

/** Above this many nodes fCoSE stops at its spectral draft. */
export const DRAFT_LAYOUT = 350;
/** Above this many nodes the actors are laid out by territory (see groupedLayout). */
export const GROUPED_LAYOUT = 350;

let fcoseRegistered = false;

export function registerFcose() {
  if (fcoseRegistered) return;
  if (typeof window.cytoscape !== 'function' || typeof window.cytoscapeFcose !== 'function') {
    throw new Error('Cytoscape.js or cytoscape-fcose did not load (webjars)');
  }
  window.cytoscape.use(window.cytoscapeFcose);
  fcoseRegistered = true;
}

/** The actors by the territory that groups them (the export's {@code territory}, else their seat). */
export function territoryGroups(cy) {
  const groups = new Map();
  cy.nodes().forEach((node) => {
    const key = node.data('territory') || node.data('seat') || '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(node);
  });
  return groups;
}

/**
 * Runs {@code run} with Math.random drawing from a generator of fixed seed (mulberry32), then puts Math.random
 * back: fCoSE draws its samples and starting vectors from Math.random, so without it the same graph would be laid
 * out differently in each browser, and a shared link would show another drawing wherever the positions kept in
 * localStorage are missing. fCoSE computes the positions inside {@code run} (an animation only moves the nodes to
 * them afterwards). Unless {@code seeded} is false: a new drawing asked for on purpose.
 */
export function withFixedSeed(seeded, run) {
  if (!seeded) return run();
  const random = Math.random;
  let state = 0x2545f491;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return run();
  } finally {
    Math.random = random;
  }
}

/**
 * Runs fCoSE on the drawn graph (plus, temporarily, the extra ties of {@code layoutElements}); the same graph gets
 * the same drawing unless {@code seeded} is false (see withFixedSeed).
 */
export async function runLayout(cy, large, layoutElements = null, { randomize = true, animate = false, seeded = true } = {}) {
  if (randomize && cy.nodes().length > GROUPED_LAYOUT) {
    groupedLayout(cy, layoutElements, seeded);
    return;
  }

  let extra = cy.collection();
  if (layoutElements?.edges) {
    const present = new Set(cy.edges().map((e) => `${e.data('source')}|${e.data('target')}`));
    const extraEdges = layoutElements.edges
      .filter((e) => cy.getElementById(e.data.source).nonempty() && cy.getElementById(e.data.target).nonempty())
      .filter((e) => !present.has(`${e.data.source}|${e.data.target}`) && !present.has(`${e.data.target}|${e.data.source}`))
      .map((e, i) => ({ group: 'edges', data: { id: `layout-only-${i}`, source: e.data.source, target: e.data.target, weight: 1 } }));
    extra = cy.add(extraEdges);
  }
  const n = cy.nodes().length;
  const layoutSet = cy.nodes().union(cy.edges().filter((e) => !e.hasClass('suggestion')));
  const options = {
    name: 'fcose',
    // fCoSE's refinement is quadratic in practice: past a few hundred actors only its spectral draft runs
    // (when the territories do not group them, see groupedLayout)
    quality: n > DRAFT_LAYOUT ? 'draft' : 'default',
    randomize,
    animate,
    animationDuration: 600,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => (large ? 4500 : 16000),
    idealEdgeLength: () => (large ? 40 : 110),
    edgeElasticity: () => 0.45,
    nestingFactor: 0.1,
    gravity: 0.3,
    gravityRange: 3.8,
    numIter: n > 800 ? 1200 : 2500,
    tile: true,
    tilingPaddingVertical: 14,
    tilingPaddingHorizontal: 14,
    samplingType: true,
    sampleSize: 25,
    nodeSeparation: 75,
  };
  // the other date's ties count for the layout only: removed as soon as it stops
  const done = new Promise((resolve) => {
    const layout = layoutSet.union(extra).layout(options);
    layout.one('layoutstop', resolve);
    withFixedSeed(seeded, () => layout.run());
  });
  await done;
  cy.remove(extra);
  if (randomize) stretchToBox(cy);
}

/**
 * The layout of large scopes, in time linear in the number of actors: the actors of one territory (the
 * export's {@code territory}, the EPCI or sub-territory that groups them) form a disc, the highest catalyst
 * scores at its centre (a sunflower spiral); the discs are laid out by fCoSE as a graph of territories
 * joined by their cross-territory ties. Territories are what a catalyst reads a large map by.
 */
function groupedLayout(cy, layoutElements, seeded) {
  const groups = territoryGroups(cy);
  const groupOf = new Map();
  const spacing = 15;
  const discs = [];
  for (const [key, members] of groups) {
    members.sort((a, b) => (b.data('score') || 0) - (a.data('score') || 0));
    members.forEach((node) => groupOf.set(node.id(), key));
    const radius = spacing * Math.sqrt(members.length) + 20;
    discs.push({ group: 'nodes', data: { id: `g:${key}`, d: 2 * radius } });
  }
  const between = new Map();
  const count = (source, target) => {
    const a = groupOf.get(source);
    const b = groupOf.get(target);
    if (a === undefined || b === undefined || a === b) return;
    const pair = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    between.set(pair, (between.get(pair) || 0) + 1);
  };
  cy.edges().not('.suggestion').forEach((e) => count(e.data('source'), e.data('target')));
  for (const e of layoutElements?.edges || []) count(e.data.source, e.data.target);
  const links = [...between].map(([pair, weight], i) => {
    const [a, b] = pair.split('\u0000');
    return { group: 'edges', data: { id: `l${i}`, source: `g:${a}`, target: `g:${b}`, weight } };
  });
  const territories = window.cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(d)', height: 'data(d)', shape: 'ellipse' } }],
    elements: [...discs, ...links],
  });
  const territoryLayout = territories.layout({
    name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false, packComponents: true,
    nodeRepulsion: () => 12000, idealEdgeLength: (e) => 30 + 60 / Math.sqrt(e.data('weight')), nodeSeparation: 25,
    tile: true, numIter: 2500,
  });
  withFixedSeed(seeded, () => territoryLayout.run());
  const golden = Math.PI * (3 - Math.sqrt(5));
  const centres = new Map(territories.nodes().map((n) => [n.id().slice(2), { ...n.position() }]));
  territories.destroy();
  // spread the discs to the shape of the box (the discs themselves stay round)
  const xs = [...centres.values()].map((p) => p.x);
  const ys = [...centres.values()].map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  if (w > 0 && h > 0) {
    const factor = Math.max(0.5, Math.min(2, (cy.width() / Math.max(1, cy.height())) / (w / h)));
    for (const p of centres.values()) {
      if (factor > 1) p.x *= factor;
      else p.y /= factor;
    }
  }
  const positions = new Map();
  for (const [key, members] of groups) {
    const centre = centres.get(key);
    members.forEach((node, k) => {
      const r = spacing * Math.sqrt(k + 0.5);
      positions.set(node.id(), { x: centre.x + r * Math.cos(k * golden), y: centre.y + r * Math.sin(k * golden) });
    });
  }
  cy.nodes().positions((node) => positions.get(node.id()));
}

/** A force layout comes out about round; widen (or heighten) it towards the shape of the box. */
function stretchToBox(cy) {
  const box = cy.nodes().boundingBox({ includeLabels: false });
  if (!box.w || !box.h) return;
  const ratio = (cy.width() / Math.max(1, cy.height())) / (box.w / box.h);
  const factor = Math.max(1 / 2, Math.min(2, ratio));
  if (Math.abs(factor - 1) < 0.05) return;
  const cx = (box.x1 + box.x2) / 2;
  const cyy = (box.y1 + box.y2) / 2;
  cy.nodes().positions((n) => {
    const p = n.position();
    return factor > 1 ? { x: cx + (p.x - cx) * factor, y: p.y } : { x: p.x, y: cyy + (p.y - cyy) / factor };
  });
}

/** Puts nodes without a position next to their placed neighbours (or around the drawing). */
export function placeNewcomers(cy, newcomers) {
  const box = cy.nodes().difference(newcomers).boundingBox();
  newcomers.forEach((node, i) => {
    const placed = node.neighborhood('node').difference(newcomers);
    if (placed.nonempty()) {
      const sum = placed.reduce((acc, m) => ({ x: acc.x + m.position('x'), y: acc.y + m.position('y') }), { x: 0, y: 0 });
      node.position({ x: sum.x / placed.length + (Math.random() - 0.5) * 40, y: sum.y / placed.length + (Math.random() - 0.5) * 40 });
    } else {
      const angle = (2 * Math.PI * i) / Math.max(1, newcomers.length);
      const r = Math.max(box.w, box.h) / 2 + 60;
      node.position({ x: (box.x1 + box.x2) / 2 + r * Math.cos(angle), y: (box.y1 + box.y2) / 2 + r * Math.sin(angle) });
    }
  });
}

/** Lays out {@code nodes}, the actor {@code centre} and its neighbours up to {@code hops} ties away, in rings around it. */
export function egoLayout(centre, nodes, hops) {
  const depth = new Map([[centre.id(), 0]]);
  let frontier = centre;
  for (let d = 1; d <= hops; d++) {
    frontier = frontier.neighborhood('node').filter((n) => !depth.has(n.id()));
    frontier.forEach((n) => depth.set(n.id(), d));
  }
  return new Promise((resolve) => {
    const layout = nodes.union(nodes.edgesWith(nodes)).layout({
      name: 'concentric',
      concentric: (n) => hops + 1 - (depth.get(n.id()) ?? hops),
      levelWidth: () => 1,
      minNodeSpacing: 22,
      animate: false,
      fit: false,
    });
    layout.one('layoutstop', resolve);
    layout.run();
  });
}
