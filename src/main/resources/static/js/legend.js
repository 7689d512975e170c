// The legend drawn over the graph, and the same legend painted onto exported PNG images.

import { h } from './dom.js';
import { t, label } from './i18n.js';
import { sectorColour, communityColour, MARK_COLOUR, SUGGESTION_COLOUR } from './palette.js';

/** What the legend shows: [{colour, text}] for colours, and which marks are on. */
export function legendModel({ reference, sectorCounts, colourBy, communities, communityNames, marks, suggestions, isolatedCount }) {
  let colours;
  if (colourBy === 'community') {
    // named after their best-ranked actor; the actors alone or in pairs keep their colour without a line each
    colours = communities.slice(0, 8).filter((c) => c.actors.length > 2)
      .map((c, i) => ({ colour: communityColour(i), text: t('gaps.communityLegend', { name: communityNames[i], count: c.actors.length }) }));
  } else {
    colours = [...reference.sectors.values()]
      .filter((entry) => sectorCounts.get(entry.code))
      .map((entry) => ({ colour: sectorColour(entry.code), text: label(entry) }));
  }
  const items = [];
  if (marks) {
    items.push({ kind: 'articulation', text: t('legend.articulation') });
    items.push({ kind: 'bridge', text: t('legend.bridge') });
  }
  if (isolatedCount) items.push({ kind: 'isolated', text: t('legend.isolated') });
  if (suggestions) items.push({ kind: 'suggestion', text: t('legend.suggestion') });
  // on screen the sector list of the filters is the colour legend; exported images paint it in full
  return { title: colourBy === 'community' ? t('legend.byCommunity') : t('legend.bySectorScreen'), colours, items, screenColours: colourBy === 'community' };
}

export function renderLegend(container, model) {
  container.replaceChildren(...[
    model.screenColours ? h('p', { class: 'legend-caption', text: model.title }) : null,
    model.screenColours ? h('ul', { class: 'legend-colours' }, model.colours.map((c) => h('li', {}, h('span', { class: 'swatch', style: { background: c.colour }, 'aria-hidden': 'true' }), c.text))) : null,
    h('ul', { class: 'legend-marks' },
      h('li', {}, h('span', { class: 'size-icon', 'aria-hidden': 'true' }, h('i'), h('i'), h('i')), t('legend.size')),
      model.items.map((item) => h('li', {}, h('span', { class: `mark-icon ${item.kind}`, 'aria-hidden': 'true' }), item.text))),
  ].filter(Boolean));
}

/** Paints the legend on a 2D canvas context at (x, y) with the given scale; returns its height. */
export function paintLegend(ctx, model, x, y, scale, maxWidth) {
  const line = 20 * scale;
  const font = `${13 * scale}px "Segoe UI", system-ui, Arial, sans-serif`;
  ctx.font = font;
  ctx.textBaseline = 'middle';
  let cx = x;
  let cy = y + line / 2;
  const entries = [
    ...model.colours.map((c) => ({ draw: (px, py) => { ctx.fillStyle = c.colour; ctx.beginPath(); ctx.arc(px + 6 * scale, py, 6 * scale, 0, 2 * Math.PI); ctx.fill(); }, text: c.text })),
    ...model.items.map((item) => ({ draw: (px, py) => paintMark(ctx, item.kind, px, py, scale), text: item.text })),
  ];
  for (const entry of entries) {
    const width = 20 * scale + ctx.measureText(entry.text).width + 18 * scale;
    if (cx + width > x + maxWidth && cx > x) {
      cx = x;
      cy += line;
    }
    entry.draw(cx, cy);
    ctx.fillStyle = '#1f2633';
    ctx.fillText(entry.text, cx + 18 * scale, cy);
    cx += width;
  }
  return cy + line / 2 - y;
}

function paintMark(ctx, kind, x, y, s) {
  ctx.save();
  if (kind === 'articulation') {
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = MARK_COLOUR;
    ctx.lineWidth = 2.5 * s;
    ctx.beginPath();
    ctx.moveTo(x + 6 * s, y - 7 * s);
    ctx.lineTo(x + 13 * s, y);
    ctx.lineTo(x + 6 * s, y + 7 * s);
    ctx.lineTo(x - 1 * s, y);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  } else if (kind === 'bridge' || kind === 'suggestion') {
    ctx.strokeStyle = kind === 'bridge' ? MARK_COLOUR : SUGGESTION_COLOUR;
    ctx.lineWidth = (kind === 'bridge' ? 4 : 2.5) * s;
    if (kind === 'suggestion') ctx.setLineDash([5 * s, 3 * s]);
    ctx.beginPath();
    ctx.moveTo(x - 1 * s, y);
    ctx.lineTo(x + 14 * s, y);
    ctx.stroke();
  } else if (kind === 'isolated') {
    ctx.strokeStyle = '#4a5363';
    ctx.lineWidth = 2 * s;
    ctx.setLineDash([3 * s, 2 * s]);
    ctx.beginPath();
    ctx.arc(x + 6 * s, y, 6 * s, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.restore();
}
