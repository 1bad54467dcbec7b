// Hash routes of the app: a page per navigation item, #/listings/123 for a selected listing, and
// anything else reported as not found rather than silently shown as another page.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../renderer/src/routing/hashRoute';

describe('parseRoute', () => {
  it('opens Listings for an empty hash', () => {
    expect(parseRoute('')).toEqual({ page: 'listings', listingId: null });
  });

  it('reads a selected listing from #/listings/123', () => {
    expect(parseRoute('#/listings/123')).toEqual({ page: 'listings', listingId: 123 });
  });

  it('reads each navigation page', () => {
    expect(parseRoute('#/settings')).toEqual({ page: 'settings', listingId: null });
  });

  it('reports unknown pages and malformed ids as not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ page: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/listings/abc')).toEqual({ page: 'not-found', path: '/listings/abc' });
    expect(parseRoute('#/listings/0')).toEqual({ page: 'not-found', path: '/listings/0' });
  });

  it('formats the hash it parses', () => {
    expect(parseRoute(routeHref('listings', 42))).toEqual({ page: 'listings', listingId: 42 });
  });
});
