// The drawing: Cytoscape.js with the fCoSE layout. Nodes are the actors of the scope, coloured by sector
// (or community) and sized by catalyst score; edges are the ties of the actor graph at the chosen date.
// Articulation points, bridges, isolated actors and suggested alliances are classes on the elements (graph-marks.js).

import { sectorColour, communityColour, NO_COMMUNITY } from './palette.js';
import { stylesheet, nodeSize } from './graph-style.js';
import { ActorLabels } from './graph-labels.js';
import { TerritoryLabels } from './territory-labels.js';
import { registerFcose, runLayout, placeNewcomers, egoLayout } from './graph-layout.js';
import { readPositionCache, writePositionCache } from './position-cache.js';
import { useWebgl } from './renderer-choice.js';

/** Above this many nodes the WebGL renderer, a draft-quality layout and lighter styles are used. */
export const LARGE_GRAPH = 800;

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
    this.actorLabels = new ActorLabels(() => this.cy);
    this.territoryLabels = new TerritoryLabels(container, {
      cyOf: () => this.cy,
      egoShown: () => Boolean(this.savedPositions),
    });
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
    this.cy.on('zoom', () => this.actorLabels.scheduleSize());
    this.cy.on('viewport', () => this.actorLabels.declutter());
    this.cy.on('viewport resize', () => this.territoryLabels.draw());
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
      placeNewcomers(cy, cy.nodes().filter((n) => !known[n.id()]));
      this.fit();
    } else {
      const start = performance.now();
      await runLayout(cy, this.large, layoutElements);
      layoutMs = performance.now() - start;
    }
    this.userMoved = false;
    this.fit();
    this.layoutKey = key;
    this.savePositions();
    this.territoryLabels.compute();
    this.actorLabels.declutter();
    const t2 = performance.now();
    await nextFrame();
    return { draw: t1 - t0, layout: layoutMs, frame: performance.now() - t2, total: performance.now() - t0 };
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
    if (added.nonempty()) placeNewcomers(cy, added);
    cy.endBatch();
    this.savePositions();
    this.territoryLabels.compute();
    this.actorLabels.declutter();
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
    this.actorLabels.declutter();
    return node.nonempty();
  }

  /**
   * Marks a simulated departure: the actor who leaves and its ties, and the actors it would cut off from the
   * largest component; {@code null} takes the marks away.
   */
  markDeparture(departure) {
    const cy = this.cy;
    if (!cy) return;
    cy.startBatch();
    cy.elements().removeClass('departed cut-off');
    if (departure) {
      const leaving = cy.getElementById(departure.id);
      leaving.addClass('departed');
      leaving.connectedEdges().addClass('departed');
      for (const actor of departure.cutOff) cy.getElementById(actor.id).addClass('cut-off');
    }
    cy.endBatch();
  }

  /**
   * Shows a suggested alliance: its two actors and their common partners stand out, with the ties between them,
   * and the rest fades; {@code null} takes it away. Returns the ids of the common partners.
   */
  markPair(pair) {
    const cy = this.cy;
    if (!cy) return [];
    cy.startBatch();
    cy.elements().removeClass('faded neighbour pair-end');
    let shown = cy.collection();
    let partners = cy.collection();
    if (pair) {
      const ends = cy.getElementById(pair.a).union(cy.getElementById(pair.b));
      const partnersOf = (node) => node.connectedEdges().not('.suggestion').connectedNodes().difference(node);
      partners = partnersOf(ends[0] || cy.collection()).intersection(partnersOf(ends[1] || cy.collection()));
      shown = ends.union(partners);
      shown = shown.union(ends.edgesWith(shown));
      ends.addClass('pair-end');
      shown.addClass('neighbour');
      cy.elements().difference(shown).addClass('faded');
    }
    cy.endBatch();
    if (shown.nonempty()) {
      this.userMoved = true;
      this.focused = null;
      cy.stop(true, false);
      cy.animate({ fit: { eles: shown.nodes(), padding: 80 } }, { duration: 350, easing: 'ease-in-out-cubic' });
    }
    this.actorLabels.declutter();
    return partners.map((node) => node.id());
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
    await egoLayout(centre, nodes, hops);
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
    await runLayout(this.cy, this.large, null, { randomize: true, animate: !this.large, seeded: false });
    this.savePositions();
    this.territoryLabels.compute();
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

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
