// The page's state lives in its URL, so that a view can be shared as a link.
//
//   ?territory=07&sector=ASSOCIATION&sector=COMPANY&domain=FOOD&sdg=2&type=GRANT
//    &at=2022-06-30&actor=net-alliances-drome-ardeche&hops=1&suggestions=1&communities=1&marks=0&labels=1&lang=en
//    &analysis=gaps
//
// Absent means default: whole graph, every sector, no domain/SDG/type filter, today, no actor selected, the
// analysis panels closed (analysis: the open one, see analysis-panels.js).

const LISTS = { sectors: 'sector', domains: 'domain', sdgs: 'sdg', types: 'type' };
const FLAGS = { suggestions: false, communities: false, marks: true, labels: false };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ANALYSES = ['gaps', 'catalysts', 'territories', 'benchmark', 'report'];

export function defaultState() {
  return {
    territory: '', sectors: [], domains: [], sdgs: [], types: [], at: '', actor: '', hops: 0,
    suggestions: false, communities: false, marks: true, labels: false, lang: 'fr', analysis: '',
  };
}

export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = defaultState();
  state.territory = (params.get('territory') || '').trim();
  for (const [key, name] of Object.entries(LISTS)) {
    state[key] = [...new Set(params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  }
  const at = params.get('at') || '';
  state.at = ISO_DATE.test(at) ? at : '';
  state.actor = params.get('actor') || '';
  const hops = Number(params.get('hops'));
  state.hops = state.actor && (hops === 1 || hops === 2) ? hops : 0;
  for (const [flag, fallback] of Object.entries(FLAGS)) {
    const value = params.get(flag);
    state[flag] = value === null ? fallback : value === '1' || value === 'true';
  }
  state.lang = params.get('lang') === 'en' ? 'en' : 'fr';
  state.analysis = ANALYSES.includes(params.get('analysis')) ? params.get('analysis') : '';
  return state;
}

export function stateToSearch(state) {
  const params = new URLSearchParams();
  if (state.territory) params.set('territory', state.territory);
  for (const [key, name] of Object.entries(LISTS)) {
    for (const value of state[key]) params.append(name, value);
  }
  if (state.at) params.set('at', state.at);
  if (state.actor) params.set('actor', state.actor);
  if (state.actor && state.hops) params.set('hops', String(state.hops));
  for (const [flag, fallback] of Object.entries(FLAGS)) {
    if (state[flag] !== fallback) params.set(flag, state[flag] ? '1' : '0');
  }
  if (state.lang !== 'fr') params.set('lang', state.lang);
  if (state.analysis) params.set('analysis', state.analysis);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Writes the state into the address bar: a new history entry for big moves, in place for small ones. */
export function writeState(state, { push = false } = {}) {
  const search = stateToSearch(state);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
