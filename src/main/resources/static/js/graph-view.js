// The drawing: Cytoscape.js with the fCoSE layout. Nodes are the actors of the scope, coloured by sector
// (or community) and sized by catalyst score; edges are the ties of the actor graph at the chosen date.
// Articulation points, bridges, isolated actors and suggested alliances are classes on the elements.

import { sectorColour, communityColour, NO_COMMUNITY, MARK_COLOUR, SUGGESTION_COLOUR } from './palette.js';

/** Above this many nodes the WebGL renderer, a draft-quality layout and lighter styles are used. */
export const LARGE_GRAPH = 800;
/** Above this many nodes fCoSE stops at its spectral draft. */
export const DRAFT_LAYOUT = 350;
/** Above this many nodes the actors are laid out by territory (see groupedLayout). */
export const GROUPED_LAYOUT = 350;
const POSITION_CACHE_PREFIX = 'alliance-explorer:positions:';
const POSITION_CACHE_KEYS = 'alliance-explorer:position-keys';
const POSITION_CACHE_SIZE = 12;
const FONT = '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';

let fcoseRegistered = false;

function registerFcose() {
  if (fcoseRegistered) return;
  if (typeof window.cytoscape !== 'function' || typeof window.cytoscapeFcose !== 'function') {
    throw new Error('Cytoscape.js or cytoscape-fcose did not load (webjars)');
  }
  window.cytoscape.use(window.cytoscapeFcose);
  fcoseRegistered = true;
}

/** Node diameter in pixels: area grows with the catalyst score (0..1). */
export function nodeSize(score, large) {
  const s = Math.max(0, Math.min(1, Number(score) || 0));
  return large ? 6 + 26 * Math.sqrt(s) : 14 + 46 * Math.sqrt(s);
}

/** The font size (in model units) of the labels that stay readable at any zoom; see scheduleLabelSize. */
const labelSize = { value: 13 };

function stylesheet(large) {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': large ? 0 : 1.5,
        'border-color': '#ffffff',
        // a large graph names only the actors in view (leaders, selection, highlighted): measuring 2,000
        // labels would cost more than drawing the nodes
        label: large ? '' : 'data(label)',
        'font-family': FONT,
        'font-size': 10,
        color: '#1f2633',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.95,
        'text-wrap': 'ellipsis',
        'text-max-width': 160,
        'min-zoomed-font-size': large ? 14 : 11,
      },
    },
    { selector: 'node.top, node.lit, node.neighbour, node:selected', style: { label: 'data(label)' } },
    { selector: 'node.top', style: { 'font-size': () => labelSize.value, 'font-weight': 600, 'min-zoomed-font-size': 0, 'z-index': 10, 'text-wrap': 'wrap', 'text-max-width': () => labelSize.value * 12,
        'text-outline-width': 0, 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'text-background-shape': 'roundrectangle' } },
    { selector: 'node.all-labels', style: { label: 'data(label)', 'min-zoomed-font-size': 0 } },
    // isolated actors are hollow: a dashed ring in their sector's colour
    { selector: 'node.isolated', style: { 'background-color': '#ffffff', 'border-width': 3, 'border-style': 'dashed', 'border-color': 'data(colour)' } },
    {
      selector: 'node.articulation',
      style: {
        shape: 'diamond',
        width: (n) => n.data('size') * 1.3,
        height: (n) => n.data('size') * 1.3,
        'border-width': 3,
        'border-color': MARK_COLOUR,
        'border-style': 'solid',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 8, 1, 5)',
        'line-color': '#9aa5b4',
        opacity: large ? 0.45 : 0.7,
        'curve-style': 'haystack',
        'haystack-radius': 0,
      },
    },
    { selector: 'edge.bridge', style: { 'line-color': MARK_COLOUR, width: 4.5, opacity: 1, 'z-index': 5 } },
    {
      selector: 'edge.suggestion',
      style: {
        'curve-style': 'straight',
        'line-style': 'dashed',
        'line-dash-pattern': [7, 5],
        'line-color': SUGGESTION_COLOUR,
        width: 2.5,
        opacity: 0.95,
        'z-index': 6,
      },
    },
    { selector: 'node.dimmed', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'edge.dimmed', style: { opacity: 0.06 } },
    { selector: 'node.faded', style: { opacity: 0.16, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    { selector: 'node.lit', style: { 'min-zoomed-font-size': 0, 'font-size': () => labelSize.value * 0.85, 'text-max-width': () => labelSize.value * 12 } },
    { selector: 'node.neighbour', style: { 'min-zoomed-font-size': 0, 'z-index': 20, 'font-size': () => labelSize.value * 0.85, 'text-max-width': () => labelSize.value * 12 } },
    { selector: 'edge.neighbour', style: { opacity: 0.95, 'line-color': '#5b6475', 'z-index': 15 } },
    { selector: 'edge.suggestion.neighbour', style: { 'line-color': SUGGESTION_COLOUR } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 5,
        'border-color': '#111827',
        'border-style': 'solid',
        'font-size': () => labelSize.value * 1.1,
        'text-max-width': () => labelSize.value * 14,
        'text-wrap': 'wrap',
        'font-weight': 700,
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
    // a label that would run into a better-ranked one (see declutterLabels); hovering shows it anyway
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.quiet.hover', style: { label: 'data(label)' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}

function readPositionCache(key) {
  try {
    const text = window.localStorage.getItem(POSITION_CACHE_PREFIX + key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function writePositionCache(key, positions) {
  try {
    const keys = JSON.parse(window.localStorage.getItem(POSITION_CACHE_KEYS) || '[]').filter((k) => k !== key);
    keys.unshift(key);
    for (const old of keys.splice(POSITION_CACHE_SIZE)) window.localStorage.removeItem(POSITION_CACHE_PREFIX + old);
    window.localStorage.setItem(POSITION_CACHE_KEYS, JSON.stringify(keys));
    window.localStorage.setItem(POSITION_CACHE_PREFIX + key, JSON.stringify(positions));
  } catch {
    // storage full or disabled: positions are only a convenience
  }
}

export class GraphView {
  constructor(container, { onSelect, onBackground }) {
    registerFcose();
    this.container = container;
    this.onSelect = onSelect;
    this.onBackground = onBackground;
    this.cy = null;
    this.large = false;
    this.layoutKey = '';
    this.colourBy = 'sector';
    this.communityOf = new Map();
    this.savedPositions = null;
    // until the user zooms or pans, the drawing follows the size of its box
    this.userMoved = false;
    this.focused = null;
    for (const type of ['wheel', 'mousedown', 'touchstart']) {
      container.addEventListener(type, () => {
        this.userMoved = true;
        this.focused = null;
      }, { passive: true });
    }
    new ResizeObserver(() => {
      if (!this.cy) return;
      this.cy.resize();
      if (this.focused) this.focusOn(this.focused, { animate: false });
      else if (!this.userMoved) this.fit();
    }).observe(container);
  }

  /** Creates the Cytoscape instance; the renderer depends on the size of the graph. */
  create(large) {
    if (this.cy && this.large === large) return;
    if (this.cy) this.cy.destroy();
    this.large = large;
    this.webgl = large && useWebgl();
    this.cy = window.cytoscape({
      container: this.container,
      style: stylesheet(large),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      renderer: this.webgl ? { name: 'canvas', webgl: true, webglTexSize: 4096, webglTexRows: 24, webglBatchSize: 2048 } : { name: 'canvas' },
    });
    this.cy.on('tap', 'node', (event) => this.onSelect(event.target.id()));
    this.cy.on('zoom', () => this.scheduleLabelSize());
    this.cy.on('viewport', () => this.declutterLabels());
    this.cy.on('viewport resize', () => this.drawGroupLabels());
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) this.onBackground();
    });
    this.cy.on('mouseover', 'node', (event) => {
      event.target.addClass('neighbour hover');
      this.container.style.cursor = 'pointer';
    });
    this.cy.on('mouseout', 'node', (event) => {
      event.target.removeClass('hover');
      if (!event.target.selected() && !this.isNeighbourOfSelection(event.target)) event.target.removeClass('neighbour');
      this.container.style.cursor = '';
    });
  }

  /** Labels of the leading actors keep a readable size on screen whatever the zoom. */
  scheduleLabelSize() {
    if (this.labelTimer) return;
    this.labelTimer = requestAnimationFrame(() => {
      this.labelTimer = null;
      const cy = this.cy;
      if (!cy) return;
      const size = Math.max(12, Math.min(44, 13 / cy.zoom()));
      if (Math.abs(size - labelSize.value) < 0.5) return;
      labelSize.value = size;
      cy.nodes('.top, .neighbour, .lit, :selected').updateStyle();
    });
  }

  /**
   * Names the leading actors (by catalyst rank) whose labels do not run into the label of a better-ranked one:
   * a few readable names rather than a pile. Runs after every drawing and when the zoom or pan settles.
   */
  declutterLabels() {
    clearTimeout(this.declutterTimer);
    this.declutterTimer = setTimeout(() => {
      const cy = this.cy;
      if (!cy) return;
      const zoom = cy.zoom();
      const accepted = [];
      // the selected actor first, then by catalyst rank
      const order = (n) => (n.selected() ? -1 : n.data('rank') || 1e9);
      const candidates = cy.nodes('.top, .neighbour, .lit, :selected').filter((n) => n.visible())
        .sort((a, b) => order(a) - order(b));
      cy.startBatch();
      cy.nodes('.quiet').removeClass('quiet');
      candidates.forEach((node) => {
        const scale = node.selected() ? 1.1 : node.hasClass('top') ? 1 : 0.85;
        const fontPx = labelSize.value * zoom * scale;
        const maxWidth = labelSize.value * 12 * zoom;
        const p = node.renderedPosition();
        const natural = String(node.data('label') || '').length * fontPx * 0.55;
        const width = Math.min(natural, maxWidth);
        const lines = Math.ceil(natural / Math.max(1, maxWidth));
        const top = p.y + (node.data('size') * zoom) / 2 + 2;
        const box = { x1: p.x - width / 2 - 4, x2: p.x + width / 2 + 4, y1: top, y2: top + lines * fontPx * 1.25 };
        const clash = accepted.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2);
        if (clash) node.addClass('quiet');
        else accepted.push(box);
      });
      cy.endBatch();
    }, 120);
  }

  nodeData(node, topRanks) {
    const data = node.data;
    return {
      ...data,
      label: data.label || data.id,
      size: nodeSize(data.score, this.large),
      colour: this.colourFor(data),
      top: data.rank && data.rank <= topRanks,
    };
  }

  colourFor(data) {
    if (this.colourBy === 'community') {
      const community = this.communityOf.get(data.id);
      return community === undefined ? NO_COMMUNITY : communityColour(community);
    }
    return sectorColour(data.sector);
  }

  /**
   * Draws a new graph. Known positions (same scope key, from an earlier visit or from the graph on screen)
   * are kept; otherwise fCoSE lays it out, on {@code layoutElements} when given (the same actors with the
   * ties of another date too, so that the picture stays put while the date moves).
   * Resolves with {draw, layout} durations in milliseconds.
   */
  async show(elements, { key, layoutElements = null, keepFrom = null }) {
    const nodes = elements.nodes || [];
    const edges = elements.edges || [];
    const large = nodes.length > LARGE_GRAPH;
    // positions on screen are kept when most of the drawing stays (a sector or domain ticked on or off)
    const onScreen = this.cy ? this.cy.nodes().length : 0;
    const previous = keepFrom && onScreen && nodes.length >= onScreen * 0.5 ? this.positions() : null;
    this.create(large);
    const cy = this.cy;
    const t0 = performance.now();
    const topRanks = large ? 25 : 14;
    cy.startBatch();
    cy.elements().remove();
    cy.add(nodes.map((n) => ({ group: 'nodes', data: this.nodeData(n, topRanks), classes: n.data.rank && n.data.rank <= topRanks ? 'top' : '' })));
    cy.add(edges.map((e) => ({ group: 'edges', data: { ...e.data, weight: e.data.weight || 1 } })));
    cy.endBatch();
    const t1 = performance.now();

    const cached = readPositionCache(key) || {};
    const known = { ...(previous || {}), ...cached };
    const placed = nodes.filter((n) => known[n.data.id]).length;
    let layoutMs = 0;
    if (nodes.length === 0) {
      // nothing to lay out
    } else if (placed === nodes.length) {
      cy.nodes().positions((n) => ({ x: known[n.id()][0], y: known[n.id()][1] }));
      this.fit();
    } else if (placed >= nodes.length * 0.6) {
      cy.nodes().positions((n) => (known[n.id()] ? { x: known[n.id()][0], y: known[n.id()][1] } : { x: 0, y: 0 }));
      this.placeNewcomers(cy.nodes().filter((n) => !known[n.id()]));
      this.fit();
    } else {
      const start = performance.now();
      await this.runLayout(layoutElements);
      layoutMs = performance.now() - start;
    }
    this.userMoved = false;
    this.fit();
    this.layoutKey = key;
    this.savePositions();
    this.computeGroupLabels();
    this.declutterLabels();
    const t2 = performance.now();
    await nextFrame();
    return { draw: t1 - t0, layout: layoutMs, frame: performance.now() - t2, total: performance.now() - t0 };
  }

  /** Runs fCoSE on the drawn graph (plus, temporarily, the extra ties of {@code layoutElements}). */
  async runLayout(layoutElements = null, { randomize = true, animate = false } = {}) {
    const cy = this.cy;
    if (randomize && cy.nodes().length > GROUPED_LAYOUT) {
      this.groupedLayout(layoutElements);
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
      nodeRepulsion: () => (this.large ? 4500 : 16000),
      idealEdgeLength: () => (this.large ? 40 : 110),
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
      layout.run();
    });
    await done;
    cy.remove(extra);
    if (randomize) this.stretchToBox();
  }

  /**
   * The layout of large scopes, in time linear in the number of actors: the actors of one territory (the
   * export's {@code territory}, the EPCI or sub-territory that groups them) form a disc, the highest catalyst
   * scores at its centre (a sunflower spiral); the discs are laid out by fCoSE as a graph of territories
   * joined by their cross-territory ties. Territories are what a catalyst reads a large map by.
   */
  groupedLayout(layoutElements) {
    const cy = this.cy;
    const groups = new Map();
    cy.nodes().forEach((node) => {
      const key = node.data('territory') || node.data('seat') || '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(node);
    });
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
    territories.layout({
      name: 'fcose', quality: 'default', randomize: true, animate: false, fit: false, packComponents: true,
      nodeRepulsion: () => 12000, idealEdgeLength: (e) => 30 + 60 / Math.sqrt(e.data('weight')), nodeSeparation: 25,
      tile: true, numIter: 2500,
    }).run();
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

  /** For a large graph laid out by territory: where each territory's name goes (above its actors). */
  computeGroupLabels() {
    const cy = this.cy;
    this.groupLabels = [];
    if (!cy || cy.nodes().length <= GROUPED_LAYOUT) {
      this.drawGroupLabels();
      return;
    }
    const groups = new Map();
    cy.nodes().forEach((node) => {
      const key = node.data('territory') || node.data('seat') || '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(node);
    });
    for (const [key, members] of groups) {
      if (members.length < 3) continue;
      const xs = members.map((n) => n.position('x'));
      const ys = members.map((n) => n.position('y'));
      const x = xs.reduce((a, b) => a + b, 0) / xs.length;
      this.groupLabels.push({ name: members[0].data('territoryName') || key, x, y: Math.min(...ys) - 10, members });
    }
    this.drawGroupLabels();
  }

  /** Territory names over their discs (a canvas over the graph: names are not actors, they are not nodes). */
  drawGroupLabels() {
    if (!this.labelCanvas) {
      this.labelCanvas = document.createElement('canvas');
      this.labelCanvas.className = 'group-labels';
      this.labelCanvas.setAttribute('aria-hidden', 'true');
      this.container.parentElement.insertBefore(this.labelCanvas, this.container.nextSibling);
    }
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = null;
      const canvas = this.labelCanvas;
      const cy = this.cy;
      const ratio = window.devicePixelRatio || 1;
      const width = this.container.clientWidth;
      const height = this.container.clientHeight;
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
      }
      const ctx = canvas.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      const labels = this.groupLabels || [];
      if (!cy || !labels.length || this.savedPositions) return;
      const zoom = cy.zoom();
      const pan = cy.pan();
      ctx.font = '600 12px "Segoe UI", system-ui, Arial, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.lineJoin = 'round';
      for (const label of labels) {
        if (label.members.every((n) => n.hasClass('hidden'))) continue;
        const x = label.x * zoom + pan.x;
        const y = label.y * zoom + pan.y;
        if (x < -100 || x > width + 100 || y < -20 || y > height + 20) continue;
        ctx.lineWidth = 4;
        ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
        ctx.strokeText(label.name, x, y);
        ctx.fillStyle = '#4a5363';
        ctx.fillText(label.name, x, y);
      }
    });
  }

  /** A force layout comes out about round; widen (or heighten) it towards the shape of the box. */
  stretchToBox() {
    const cy = this.cy;
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
  placeNewcomers(newcomers) {
    const box = this.cy.nodes().difference(newcomers).boundingBox();
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

  positions() {
    const out = {};
    this.cy?.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = [Math.round(p.x), Math.round(p.y)];
    });
    return out;
  }

  /** Keeps the drawing for this scope (rounded to the pixel, as stored, so that a reload draws the same). */
  savePositions() {
    if (this.layoutKey && this.cy && this.cy.nodes().length && !this.savedPositions) {
      const positions = this.positions();
      this.cy.nodes().positions((n) => ({ x: positions[n.id()][0], y: positions[n.id()][1] }));
      writePositionCache(this.layoutKey, positions);
    }
  }

  /** Replaces the ties (and any new or gone actor) after a date change, keeping every position. */
  update(elements) {
    const cy = this.cy;
    const wanted = new Map((elements.nodes || []).map((n) => [n.data.id, n]));
    const topRanks = this.large ? 25 : 14;
    cy.startBatch();
    cy.nodes().filter((n) => !wanted.has(n.id())).remove();
    const newcomers = [];
    for (const [id, n] of wanted) {
      const node = cy.getElementById(id);
      const data = this.nodeData(n, topRanks);
      if (node.nonempty()) {
        node.data(data);
        node.toggleClass('top', Boolean(data.top));
      } else {
        newcomers.push({ group: 'nodes', data, classes: data.top ? 'top' : '' });
      }
    }
    const added = cy.add(newcomers);
    cy.edges().not('.suggestion').remove();
    cy.add((elements.edges || []).map((e) => ({ group: 'edges', data: { ...e.data, weight: e.data.weight || 1 } })));
    if (added.nonempty()) this.placeNewcomers(added);
    cy.endBatch();
    this.savePositions();
    this.computeGroupLabels();
    this.declutterLabels();
  }

  // --- decorations -------------------------------------------------------------------------------

  setMarks({ articulationIds = [], bridges = [], isolatedIds = [] }, visible) {
    const cy = this.cy;
    if (!cy) return;
    cy.startBatch();
    cy.nodes().removeClass('articulation isolated');
    cy.edges().removeClass('bridge');
    for (const id of isolatedIds) cy.getElementById(id).addClass('isolated');
    if (visible) {
      for (const id of articulationIds) cy.getElementById(id).addClass('articulation');
      for (const { source, target } of bridges) {
        cy.getElementById(source).edgesWith(cy.getElementById(target)).not('.suggestion').addClass('bridge');
      }
    }
    cy.endBatch();
  }

  setSuggestions(suggestions, visible) {
    const cy = this.cy;
    if (!cy) return;
    cy.startBatch();
    cy.edges('.suggestion').remove();
    if (visible) {
      cy.add(suggestions
        .filter((s) => cy.getElementById(s.a).nonempty() && cy.getElementById(s.b).nonempty())
        .map((s, i) => ({ group: 'edges', data: { id: `suggestion-${i}`, source: s.a, target: s.b, weight: 1, score: s.score }, classes: 'suggestion' })));
    }
    cy.endBatch();
  }

  setColouring(mode, communities = []) {
    this.colourBy = mode;
    this.communityOf = new Map();
    communities.forEach((c, index) => c.actors.forEach((id) => this.communityOf.set(id, index)));
    if (!this.cy) return;
    this.cy.startBatch();
    this.cy.nodes().forEach((n) => n.data('colour', this.colourFor(n.data())));
    this.cy.endBatch();
  }

  setAllLabels(on) {
    this.cy?.nodes().toggleClass('all-labels', on);
  }

  /**
   * Client-side filters (SDG, partnership type): actors outside {@code nodeIds} are dimmed, ties outside
   * {@code edgeKeys} ("a|b" pairs) are dimmed. Null means no filter.
   */
  setHighlight(nodeIds, edgeKeys) {
    const cy = this.cy;
    if (!cy) return;
    cy.startBatch();
    cy.elements().removeClass('dimmed lit');
    if (nodeIds) {
      cy.nodes().filter((n) => !nodeIds.has(n.id())).addClass('dimmed');
      // when few actors stay highlighted, their names are shown
      const lit = cy.nodes().not('.dimmed');
      if (lit.length <= 30) lit.addClass('lit');
    }
    if (edgeKeys) {
      cy.edges().not('.suggestion').filter((e) => !edgeKeys.has(`${e.data('source')}|${e.data('target')}`) && !edgeKeys.has(`${e.data('target')}|${e.data('source')}`)).addClass('dimmed');
    }
    cy.endBatch();
  }

  countHighlighted() {
    return this.cy ? this.cy.nodes().not('.dimmed').length : 0;
  }

  isNeighbourOfSelection(node) {
    return node.neighborhood('node').some((n) => n.selected());
  }

  select(id) {
    const cy = this.cy;
    if (!cy) return false;
    cy.startBatch();
    cy.elements().removeClass('faded neighbour');
    cy.elements().unselect();
    const node = id ? cy.getElementById(id) : cy.collection();
    if (node.nonempty()) {
      node.select();
      const hood = node.closedNeighborhood();
      hood.addClass('neighbour');
      cy.elements().difference(hood).addClass('faded');
    }
    cy.endBatch();
    this.declutterLabels();
    return node.nonempty();
  }

  /** Shows only the actor and its neighbours up to {@code hops} ties away, laid out around it. */
  async ego(id, hops) {
    const cy = this.cy;
    const centre = cy?.getElementById(id);
    if (!centre || centre.empty()) return 0;
    if (!this.savedPositions) this.savedPositions = this.positions();
    let hood = centre;
    for (let i = 0; i < hops; i++) hood = hood.closedNeighborhood();
    const nodes = hood.nodes();
    cy.startBatch();
    cy.elements().removeClass('hidden');
    cy.elements().difference(nodes.union(nodes.edgesWith(nodes))).addClass('hidden');
    cy.endBatch();
    const depth = new Map([[id, 0]]);
    let frontier = centre;
    for (let d = 1; d <= hops; d++) {
      frontier = frontier.neighborhood('node').filter((n) => !depth.has(n.id()));
      frontier.forEach((n) => depth.set(n.id(), d));
    }
    await new Promise((resolve) => {
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
    this.fit(60, 84);
    return nodes.length;
  }

  async exitEgo() {
    const cy = this.cy;
    if (!cy) return;
    cy.elements().removeClass('hidden');
    if (this.savedPositions) {
      const saved = this.savedPositions;
      this.savedPositions = null;
      cy.nodes().positions((n) => (saved[n.id()] ? { x: saved[n.id()][0], y: saved[n.id()][1] } : n.position()));
    }
    this.fit();
  }

  async relayout() {
    if (!this.cy) return;
    await this.exitEgo();
    await this.runLayout(null, { randomize: true, animate: !this.large });
    this.savePositions();
    this.computeGroupLabels();
  }

  zoom(factor) {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Fits the visible nodes, labels left out (they keep their size on screen, so they would shrink the fit). */
  fit(padding = 40, top = padding / 2) {
    const cy = this.cy;
    this.focused = null;
    const nodes = cy?.nodes(':visible');
    if (!nodes || nodes.empty()) return;
    const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    // below each node hangs its label: leave it room at the bottom
    const bottom = padding / 2 + 24;
    const w = Math.max(1, cy.width() - 2 * padding);
    const h = Math.max(1, cy.height() - top - bottom);
    const zoom = Math.max(cy.minZoom(), Math.min(1.6, w / Math.max(box.w, 1), h / Math.max(box.h, 1)));
    cy.viewport({
      zoom,
      pan: { x: cy.width() / 2 - zoom * (box.x1 + box.x2) / 2, y: top + h / 2 - zoom * (box.y1 + box.y2) / 2 },
    });
  }

  /** Brings an actor and its partners into view, zoomed enough for their names to be read. */
  focusOn(id, { animate = true } = {}) {
    const cy = this.cy;
    const node = cy?.getElementById(id);
    if (!node || node.empty()) return;
    const hood = node.closedNeighborhood('node');
    const box = hood.boundingBox({ includeLabels: false });
    const padding = 70;
    const zoom = Math.max(cy.minZoom(), Math.min(1.15, (cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1)));
    const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.x2) / 2, y: cy.height() / 2 - zoom * (box.y1 + box.y2) / 2 };
    this.userMoved = true;
    this.focused = id;
    cy.stop(true, false);
    if (animate) cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
    else cy.viewport({ zoom, pan });
  }

  sectorsShown() {
    const counts = new Map();
    this.cy?.nodes().forEach((n) => counts.set(n.data('sector'), (counts.get(n.data('sector')) || 0) + 1));
    return counts;
  }
}

let webglVerdict = null;

/**
 * The WebGL renderer pays off with a graphics card; on a software rasteriser (SwiftShader, llvmpipe: virtual
 * machines, headless browsers) it is many times slower than the 2D canvas, so it is used only with hardware.
 * {@code ?renderer=canvas|webgl} overrides the choice.
 */
export function useWebgl() {
  const forced = new URLSearchParams(window.location.search).get('renderer');
  if (forced === 'canvas' || forced === 'webgl') return forced === 'webgl';
  if (webglVerdict === null) {
    webglVerdict = false;
    try {
      const gl = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
      if (gl) {
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
        webglVerdict = !/swiftshader|llvmpipe|software|basic render/i.test(name);
        gl.getExtension('WEBGL_lose_context')?.loseContext();
      }
    } catch {
      webglVerdict = false;
    }
  }
  return webglVerdict;
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
