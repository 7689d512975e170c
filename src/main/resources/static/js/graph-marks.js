// What the analyses and the page's filters mark on a drawn graph: articulation points, bridges, isolated
// actors, suggested alliances, every name on, and the actors and ties the SDG and type filters keep.
// Each takes the Cytoscape instance, or null before the first drawing.

export function setMarks(cy, { articulationIds = [], bridges = [], isolatedIds = [] }, visible) {
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

export function setSuggestions(cy, suggestions, visible) {
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

export function setAllLabels(cy, on) {
  cy?.nodes().toggleClass('all-labels', on);
}

/**
 * Client-side filters (SDG, partnership type): actors outside {@code nodeIds} are dimmed, ties outside
 * {@code edgeKeys} ("a|b" pairs) are dimmed. Null means no filter.
 */
export function setHighlight(cy, nodeIds, edgeKeys) {
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

export function countHighlighted(cy) {
  return cy ? cy.nodes().not('.dimmed').length : 0;
}
