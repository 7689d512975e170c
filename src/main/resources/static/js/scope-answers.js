// The analysis answers of a view (gaps, articulations, suggested alliances), asked once per scope and date and
// shared by the marks on the graph and the analysis panels.

import { api } from './api.js';
import { scopeKey } from './view-state.js';

/** The suggested alliances asked for: the dashed edges of the graph and the list of the gaps panel. */
export const SUGGESTIONS = 30;

/** The views whose answers are kept, most recently used last. */
const KEPT = 12;
const kept = new Map();

/** Forgets every answer kept: after a write from the page, the analyses are asked again. */
export function forgetScopeAnswers() {
  kept.clear();
}

/** The view's answers, each a promise asked on first use; a failed one is asked again next time. */
export function scopeAnswers(view) {
  const key = `${scopeKey(view)}|${view.at || ''}`;
  let entry = kept.get(key);
  if (entry) kept.delete(key);
  else entry = new Map();
  kept.set(key, entry);
  for (const old of [...kept.keys()].slice(0, Math.max(0, kept.size - KEPT))) kept.delete(old);
  const once = (name, ask) => {
    if (!entry.has(name)) {
      entry.set(name, ask().catch((error) => {
        entry.delete(name);
        throw error;
      }));
    }
    return entry.get(name);
  };
  return {
    gaps: () => once('gaps', () => api.gaps(view)),
    articulations: () => once('articulations', () => api.articulations(view)),
    suggestions: () => once('suggestions', () => api.suggestions(view, SUGGESTIONS)),
  };
}
