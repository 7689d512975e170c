// PNG export of the current view: the drawing as on screen, with a title line and the legend under it,
// so that the picture can go into a slide for elected officials as it is.

import { paintLegend } from './legend.js';

export async function exportPng(cy, { title, subtitle, legend, filename, credit }) {
  const scale = 2;
  const dataUrl = cy.png({ full: false, scale, bg: '#ffffff', output: 'base64uri' });
  const image = await loadImage(dataUrl);
  const width = image.width;
  const margin = 24 * scale;
  const headHeight = 64 * scale;
  // measure the legend on a scratch canvas first
  const scratch = document.createElement('canvas').getContext('2d');
  const legendHeight = paintLegend(scratch, legend, margin, 0, scale, width - 2 * margin);
  const footHeight = legendHeight + 44 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = headHeight + image.height + footHeight;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111827';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 ${22 * scale}px "Segoe UI", system-ui, Arial, sans-serif`;
  ctx.fillText(title, margin, 32 * scale);
  ctx.fillStyle = '#4a5363';
  ctx.font = `${14 * scale}px "Segoe UI", system-ui, Arial, sans-serif`;
  ctx.fillText(subtitle, margin, 54 * scale);
  ctx.drawImage(image, 0, headHeight);
  ctx.strokeStyle = '#d8dde5';
  ctx.lineWidth = scale;
  ctx.strokeRect(0.5, headHeight, width - 1, image.height);
  paintLegend(ctx, legend, margin, headHeight + image.height + 12 * scale, scale, width - 2 * margin);
  ctx.fillStyle = '#6b7280';
  ctx.font = `${11 * scale}px "Segoe UI", system-ui, Arial, sans-serif`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(credit, margin, canvas.height - 12 * scale);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return blob.size;
}

function loadImage(src) {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = reject;
    image.src = src;
  });
}
