// The positions of the last drawings, kept in the browser per scope, so that a scope drawn before is drawn
// again the same way (and without the cost of its layout).

const POSITION_CACHE_PREFIX = 'alliance-explorer:positions:';
const POSITION_CACHE_KEYS = 'alliance-explorer:position-keys';
const POSITION_CACHE_SIZE = 12;

/** Whether positions are kept for this scope (checked before fetching another date's ties for a layout). */
export function hasCachedPositions(key) {
  try {
    return window.localStorage.getItem(POSITION_CACHE_PREFIX + key) !== null;
  } catch {
    return false;
  }
}

export function readPositionCache(key) {
  try {
    const text = window.localStorage.getItem(POSITION_CACHE_PREFIX + key);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export function writePositionCache(key, positions) {
  try {
    const keys = JSON.parse(window.localStorage.getItem(POSITION_CACHE_KEYS) || '[]').filter((k) => k !== key);
    keys.unshift(key);
    for (const old of keys.splice(POSITION_CACHE_SIZE)) window.localStorage.removeItem(POSITION_CACHE_PREFIX + old);
    window.localStorage.setItem(POSITION_CACHE_KEYS, JSON.stringify(keys));
    window.localStorage.setItem(POSITION_CACHE_PREFIX + key, JSON.stringify(positions));
  } catch {
    // storage full or disabled: positions are only a convenience
  }
}
