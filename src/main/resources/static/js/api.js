// Calls to the public API of alliance-graph (API.md); nothing here is specific to the page.

const BASE = new URL('api/v1/', document.baseURI);

/** An answer of the API that is not 2xx, with its problem details when there are some. */
export class ApiError extends Error {
  constructor(status, problem, url) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.url = url;
  }
}

/** The service could not be reached at all (stopped, network down). */
export class ServiceDownError extends Error {
  constructor(cause) {
    super('service unreachable');
    this.cause = cause;
  }
}

/** Builds an API URL; arrays become repeated parameters, empty values are left out. */
export function apiUrl(path, params = {}) {
  const url = new URL(path, BASE);
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.append(key, v);
    }
  }
  return url;
}

export async function getJson(path, params = {}, { signal } = {}) {
  return (await getAnswer(path, params, { signal })).body;
}

/**
 * A 2xx answer with its status and headers: a long computation answers 202 with its progress and, in
 * Retry-After, when to ask again.
 */
export async function getAnswer(path, params = {}, { signal } = {}) {
  const url = apiUrl(path, params);
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ServiceDownError(error);
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // not a JSON body: keep the status alone
    }
    if (response.status === 502 || response.status === 503 || response.status === 504) {
      throw new ServiceDownError(new ApiError(response.status, problem, url));
    }
    throw new ApiError(response.status, problem, url);
  }
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/**
 * The CSRF token of the browser's session: the XSRF-TOKEN cookie the service writes, sent back in a header
 * (or the sign-in form's field) so that another site cannot write with the session.
 */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/**
 * A write with the browser's session: {@code body} as JSON, the CSRF token, and {@code If-Match} with the
 * version read when given, so that a change made meanwhile by someone else is refused (412) instead of lost.
 * Resolves with the answer's JSON (null when it has none); throws ApiError with the problem details otherwise.
 */
export async function sendJson(method, path, { body, params = {}, ifMatch } = {}) {
  const url = apiUrl(path, params);
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(), 'X-Requested-With': 'XMLHttpRequest' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ServiceDownError(error);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not a JSON body: keep the status alone
  }
  if (!response.ok) throw new ApiError(response.status, json, url);
  return json;
}

/** Every element of a paged list (API.md page shape), page after page, up to {@code max} elements. */
export async function getAll(path, params = {}, { signal, max = 5000, size = 500 } = {}) {
  const items = [];
  for (let page = 0; ; page++) {
    const answer = await getJson(path, { ...params, page, size }, { signal });
    items.push(...answer.content);
    const totalPages = answer.page?.totalPages ?? 0;
    if (page + 1 >= totalPages || items.length >= max || answer.content.length === 0) return items;
  }
}

/** The filters that the analyses and exports understand: territory, at, sector[], domain[]. */
export function scopeParams(view) {
  return {
    territory: view.territory || undefined,
    at: view.at || undefined,
    sector: view.sectors,
    domain: view.domains,
  };
}

export const api = {
  reference: (vocabulary) => getJson(`reference/${vocabulary}`),
  territory: (code, opts) => getJson(`territories/${encodeURIComponent(code)}`, {}, opts),
  territories: (params, opts) => getJson('territories', params, opts),
  actor: (id, opts) => getJson(`actors/${encodeURIComponent(id)}`, {}, opts),
  actors: (params, opts) => getJson('actors', params, opts),
  project: (id, opts) => getJson(`projects/${encodeURIComponent(id)}`, {}, opts),
  graph: (view, opts) => getJson('exports', { format: 'cytoscape', ...scopeParams(view) }, opts),
  catalysts: (view, limit, opts) => getJson('analysis/catalysts', { ...scopeParams(view), limit }, opts),
  articulations: (view, opts) => getJson('analysis/articulations', scopeParams(view), opts),
  gaps: (view, opts) => getJson('analysis/gaps', scopeParams(view), opts),
  suggestions: (view, limit, opts) => getJson('analysis/suggestions', { ...scopeParams(view), limit }, opts),
  trajectory: (view, from, to, opts) => getJson('analysis/trajectory', {
    territory: view.territory || undefined, sector: view.sectors, domain: view.domains, from, to, step: 'P1Y',
  }, opts),
  session: () => getJson('session'),
  history: (resource, key, params) => getJson(`${resource}/${encodeURIComponent(key)}/history`, params),
  scenario: (view, changes, opts) => getJson('analysis/scenario', { ...scopeParams(view), ...changes }, opts),
  highlight: (view, sdgs, types, opts) => getJson('analysis/highlight', {
    ...scopeParams(view), at: view.atEffective, sdg: sdgs, type: types,
  }, opts),
  exportUrl: (view, format) => apiUrl('exports', { format, ...scopeParams(view) }).toString(),
  /** The peers' benchmark: 200 with it, or 202 with the progress of its computation. */
  benchmark: (params, opts) => getAnswer('analysis/benchmark', params, opts),
  diagnosticUrl: (code, format, params) => apiUrl(`territories/${encodeURIComponent(code)}/diagnostic.${format}`, params).toString(),
};
