// The actors' names on the graph: the leading ones keep a readable size whatever the zoom, and a name that
// would run into a better-ranked one is left out.

/** The font size (in model units) of the labels that stay readable at any zoom; see ActorLabels.scheduleSize. */
export const labelSize = { value: 13 };

export class ActorLabels {
  /** {@code cyOf()} is the Cytoscape instance at the time the work runs (the view may have made a new one). */
  constructor(cyOf) {
    this.cyOf = cyOf;
  }


  /** Labels of the leading actors keep a readable size on screen whatever the zoom. */
  scheduleSize() {
    if (this.labelTimer) return;
    this.labelTimer = requestAnimationFrame(() => {
      this.labelTimer = null;
      const cy = this.cyOf();
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
  declutter() {
    clearTimeout(this.declutterTimer);
    this.declutterTimer = setTimeout(() => {
      const cy = this.cyOf();
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
}
