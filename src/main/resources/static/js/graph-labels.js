// The actors' names on the graph: the leading ones keep a readable size whatever the zoom, and a name that
// would run into a better-ranked one is left out.

/** The font size (in model units) of the labels that stay readable at any zoom; see ActorLabels.scheduleSize. */
export const labelSize = { value: 13 };

export const LABEL_FONT = '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';

let measuring = null;

/**
 * The size on screen of a label as Cytoscape draws it: on one line cut at {@code maxWidth}, or wrapped at spaces
 * into lines of at most {@code maxWidth}; measured with the label's font, as a guess from the number of letters
 * misjudged long names in bold and the lines their wrapping adds.
 */
function labelExtent(text, fontPx, weight, maxWidth, wrap) {
  measuring ??= document.createElement('canvas').getContext('2d');
  measuring.font = `${weight} ${fontPx}px ${LABEL_FONT}`;
  if (!wrap) return { width: Math.min(measuring.measureText(text).width, maxWidth), lines: 1 };
  let lines = 0;
  let width = 0;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measuring.measureText(candidate).width > maxWidth) {
      width = Math.max(width, measuring.measureText(line).width);
      lines++;
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) {
    width = Math.max(width, measuring.measureText(line).width);
    lines++;
  }
  return { width: Math.min(width, maxWidth), lines: Math.max(1, lines) };
}

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
        const selected = node.selected();
        const top = node.hasClass('top');
        const scale = selected ? 1.1 : top ? 1 : 0.85;
        const fontPx = labelSize.value * zoom * scale;
        const maxWidth = labelSize.value * (selected ? 14 : 12) * zoom;
        const p = node.renderedPosition();
        const { width, lines } = labelExtent(String(node.data('label') || ''), fontPx, selected ? 700 : top ? 600 : 400, maxWidth, selected || top);
        const y = p.y + (node.data('size') * zoom) / 2 + 2;
        const box = { x1: p.x - width / 2 - 5, x2: p.x + width / 2 + 5, y1: y - 2, y2: y + lines * fontPx * 1.3 + 4 };
        const clash = accepted.some((b) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2);
        if (clash) node.addClass('quiet');
        else accepted.push(box);
      });
      cy.endBatch();
    }, 120);
  }
}
