// Colours. A sector's colour is the one the API serves with it (GET /api/v1/reference/sectors, attribute
// colour), the same the report draws it in; sectors without one get the extra colours in order.

/** The sectors in the order of DOMAIN.md, the order of the legend. */
const SECTOR_ORDER = ['LOCAL_AUTHORITY', 'STATE', 'COMPANY', 'SOCIAL_ECONOMY', 'ASSOCIATION', 'FOUNDATION',
  'EDUCATION_RESEARCH', 'CITIZEN_INITIATIVE', 'NETWORK', 'MEDIA'];

/** The colours of the sector vocabulary, by code; set once the page has read it. */
let sectorColours = {};

/** Takes the sectors' colours from the vocabulary the page read (GET /api/v1/reference/sectors). */
export function useSectorColours(sectors) {
  sectorColours = Object.fromEntries(sectors.filter((s) => s.attributes?.colour).map((s) => [s.code, s.attributes.colour]));
}

const EXTRA = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];

const COMMUNITY_COLOURS = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#7f7f7f', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd',
];

// The official colours of the 17 UN Sustainable Development Goals.
const SDG_COLOURS = [
  '#e5243b', '#dda63a', '#4c9f38', '#c5192d', '#ff3a21', '#26bde2', '#fcc30b', '#a21942', '#fd6925',
  '#dd1367', '#fd9d24', '#bf8b2e', '#3f7e44', '#0a97d9', '#56c02b', '#00689d', '#19486a',
];

/** Known sectors in the order of DOMAIN.md (the order of the legend), then the others as they come. */
export function sectorOrder(codes) {
  const known = SECTOR_ORDER;
  return [...codes].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib);
  });
}

export const NO_COMMUNITY = '#c5cad3';
export const MARK_COLOUR = '#1f2633';
export const SUGGESTION_COLOUR = '#7b2cbf';
/** The actors a simulated departure would cut off. */
export const CUT_OFF_COLOUR = '#c1121f';

const assigned = new Map();

export function sectorColour(code) {
  if (sectorColours[code]) return sectorColours[code];
  if (!assigned.has(code)) assigned.set(code, EXTRA[assigned.size % EXTRA.length]);
  return assigned.get(code);
}

export function communityColour(index) {
  return COMMUNITY_COLOURS[index % COMMUNITY_COLOURS.length];
}

export function sdgColour(code) {
  return SDG_COLOURS[(Number(code) - 1) % SDG_COLOURS.length] || '#666666';
}

/** Black or white, whichever reads better on {@code hex} (WCAG relative luminance). */
export function textOn(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#111111' : '#ffffff';
}
