// The names of the territories over a large graph laid out by territory (see groupedLayout in graph-layout.js).

import { GROUPED_LAYOUT, territoryGroups } from './graph-layout.js';

export class TerritoryLabels {
  /**
   * {@code cyOf()} is the Cytoscape instance when the work runs; {@code egoShown()} is true while an ego
   * network is shown, which hides the names (its layout is not the territories').
   */
  constructor(container, { cyOf, egoShown }) {
    this.container = container;
    this.cyOf = cyOf;
    this.egoShown = egoShown;
  }

  /** For a large graph laid out by territory: where each territory's name goes (above its actors). */
  compute() {
    const cy = this.cyOf();
    this.labels = [];
    if (!cy || cy.nodes().length <= GROUPED_LAYOUT) {
      this.draw();
      return;
    }
    for (const [key, members] of territoryGroups(cy)) {
      if (members.length < 3) continue;
      const xs = members.map((n) => n.position('x'));
      const ys = members.map((n) => n.position('y'));
      const x = xs.reduce((a, b) => a + b, 0) / xs.length;
      this.labels.push({ name: members[0].data('territoryName') || key, x, y: Math.min(...ys) - 10, members });
    }
    this.draw();
  }

  /** Territory names over their discs (a canvas over the graph: names are not actors, they are not nodes). */
  draw() {
    if (!this.canvas) {
      this.canvas = document.createElement('canvas');
      this.canvas.className = 'group-labels';
      this.canvas.setAttribute('aria-hidden', 'true');
      this.container.parentElement.insertBefore(this.canvas, this.container.nextSibling);
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const canvas = this.canvas;
      const cy = this.cyOf();
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
      const labels = this.labels || [];
      if (!cy || !labels.length || this.egoShown()) return;
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
}
