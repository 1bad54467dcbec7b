// Hash routes: "#/listings", "#/listings/123" for a selected listing, and one per page of the navigation.
// Parsing and formatting are pure; navigate() and useHash() tie them to the address bar.
import { useSyncExternalStore } from 'react';

export const PAGES = ['dashboard', 'listings', 'sellers', 'products', 'cases', 'seizures', 'imports', 'settings'] as const;
export type PageName = (typeof PAGES)[number];

export type Route = { page: PageName; listingId: number | null; caseId?: number } | { page: 'not-found'; path: string };

export const DEFAULT_ROUTE = '/listings';

export function parseRoute(hash: string): Route {
  // A query after the path (#/dashboard?marketplace=ebay) is the page's own state, read by that page.
  const path = hash.replace(/^#/, '').split('?')[0] || DEFAULT_ROUTE;
  const parts = path.split('/').filter(Boolean);
  const page = (parts[0] ?? 'listings') as PageName;
  if (!PAGES.includes(page)) return { page: 'not-found', path };
  if (parts.length === 1) return { page, listingId: null };
  if (page === 'listings' && parts.length === 2 && /^[1-9]\d{0,15}$/.test(parts[1] ?? '')) return { page, listingId: Number(parts[1]) };
  if (page === 'cases' && parts.length === 2 && /^[1-9]\d{0,15}$/.test(parts[1] ?? '')) return { page, listingId: null, caseId: Number(parts[1]) };
  return { page: 'not-found', path };
}

export function routeHref(page: PageName, listingId: number | null = null): string {
  return listingId === null ? `#/${page}` : `#/${page}/${listingId}`;
}

/** "#/cases/12": one case's view. */
export const caseHref = (caseId: number): string => `#/cases/${caseId}`;

const subscribers = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  subscribers.add(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    subscribers.delete(onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

const currentHash = () => window.location.hash;

/** The current hash; components re-render when it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash);
}

/**
 * Goes to a hash. With replace, the history entry is overwritten (used while arrowing through rows,
 * so Back leaves the page rather than stepping through every row looked at).
 */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (window.location.hash === href) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', href);
    for (const notify of [...subscribers]) notify();
  } else {
    window.location.hash = href;
  }
}
