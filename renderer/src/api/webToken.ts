// The per-launch token of `assay serve`: taken from the opening link's #token=…, kept for reloads,
// and removed from the address bar so it is not left in history or shared with a screenshot.

const STORAGE_KEY = 'assay.token';
const TOKEN_IN_HASH = /(^#|[#&?])token=([^&]*)/;

/**
 * Reads the token from the hash if present, stores it in sessionStorage, and replaces the hash with
 * the route that was alongside it (or the given default). Returns the token to use, or null.
 */
export function takeTokenFromLocation(defaultRoute: string): string | null {
  const hash = window.location.hash;
  const match = TOKEN_IN_HASH.exec(hash);
  if (match) {
    const token = decodeURIComponent(match[2] ?? '');
    if (token) window.sessionStorage.setItem(STORAGE_KEY, token);
    const rest = hash.replace(TOKEN_IN_HASH, '$1').replace(/^#[&?]/, '#').replace(/[&?]$/, '');
    const route = rest.startsWith('#/') ? rest : `#${defaultRoute}`;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${route}`);
  }
  return window.sessionStorage.getItem(STORAGE_KEY);
}
