// How the listings grid asks for pages: keyset after a cached page, offset for a far jump, never past
// the end; a bounded LRU cache; and answers to an older filter or sort thrown away.
import { describe, expect, it } from 'vitest';
import type { ListingFilter, ListingPage, ListingPageInput, ListingRow, ListingSort } from '../../electron/api/contract';
import { MAX_CACHED_PAGES, PAGE_SIZE, PageCache, pagesForRows, planPageRequest } from '../../renderer/src/listings/listingPageCache';
import { ListingRowSource } from '../../renderer/src/listings/listingRowSource';

const filter: ListingFilter = { query: '', marketplaces: [], statuses: [] };
const sort: ListingSort = { column: 'last_seen', direction: 'desc' };

function row(id: number): ListingRow {
  return {
    id,
    marketplace: 'ebay',
    listingId: `L${id}`,
    url: `https://www.ebay.com/itm/${id}`,
    title: `Listing ${id}`,
    price: 10,
    priceMax: null,
    currency: 'USD',
    priceNormalised: 10,
    sellerName: 's',
    sellerLocation: 'x',
    status: 'new',
    lastSeen: '2024-01-01',
    riskScore: null,
  };
}

function page(first: number, last = true): ListingPage {
  const rows = Array.from({ length: PAGE_SIZE }, (_, i) => row(first + i));
  return { rows, next: last ? null : { value: '2024-01-01', id: first + PAGE_SIZE - 1 } };
}

describe('planPageRequest', () => {
  it('asks for page 0 with neither a cursor nor an offset', () => {
    const plan = planPageRequest(0, new PageCache(MAX_CACHED_PAGES), filter, sort);
    expect(plan).toEqual({ kind: 'keyset', input: { filter, sort, limit: 200 } });
  });

  it('continues after the cached previous page by its next cursor (keyset)', () => {
    const cache = new PageCache<ListingPage>(MAX_CACHED_PAGES);
    cache.set(4, page(800, false));
    const plan = planPageRequest(5, cache, filter, sort);
    expect(plan).toEqual({ kind: 'keyset', input: { filter, sort, limit: 200, after: { value: '2024-01-01', id: 999 } } });
  });

  it('jumps by offset = page × 200 when the previous page is not cached', () => {
    const cache = new PageCache<ListingPage>(MAX_CACHED_PAGES);
    cache.set(4, page(800, false));
    const plan = planPageRequest(2_500, cache, filter, sort);
    expect(plan).toEqual({ kind: 'jump', input: { filter, sort, limit: 200, offset: 500_000 } });
  });

  it('asks for nothing after a page whose next cursor is null', () => {
    const cache = new PageCache<ListingPage>(MAX_CACHED_PAGES);
    cache.set(0, page(0, true));
    expect(planPageRequest(1, cache, filter, sort)).toEqual({ kind: 'past-end' });
  });
});

describe('PageCache', () => {
  it('holds at most its capacity, evicting the least recently used page', () => {
    const cache = new PageCache<string>(3);
    cache.set(1, 'a');
    cache.set(2, 'b');
    cache.set(3, 'c');
    cache.get(1);
    cache.set(4, 'd');
    expect(cache.size).toBe(3);
    expect(cache.has(2)).toBe(false);
    expect(cache.has(1)).toBe(true);
    expect(cache.has(4)).toBe(true);
  });
});

describe('pagesForRows', () => {
  it('lists every page touched by a row range', () => {
    expect(pagesForRows(190, 230)).toEqual([0, 1]);
    expect(pagesForRows(200, 400)).toEqual([1]);
    expect(pagesForRows(10, 10)).toEqual([]);
  });
});

/** A fetcher whose answers the test releases by hand, recording every input it was sent. */
function manualFetcher() {
  const sent: { input: ListingPageInput; resolve: (p: ListingPage) => void; reject: (e: unknown) => void }[] = [];
  const fetchPage = (input: ListingPageInput) =>
    new Promise<ListingPage>((resolve, reject) => {
      sent.push({ input, resolve, reject });
    });
  return { sent, fetchPage };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ListingRowSource', () => {
  it('reads sequential pages by keyset and a far jump by offset', async () => {
    const { sent, fetchPage } = manualFetcher();
    const source = new ListingRowSource(fetchPage);
    source.setQuery(filter, sort);

    source.ensureRows(0, 40, false);
    expect(sent.map((s) => s.input)).toEqual([{ filter, sort, limit: 200 }]);
    sent[0]!.resolve(page(0, false));
    await settle();
    expect(source.row(5)?.id).toBe(5);

    source.ensureRows(190, 230, false);
    expect(sent[1]!.input).toEqual({ filter, sort, limit: 200, after: { value: '2024-01-01', id: 199 } });

    source.ensureRows(600_000, 600_030, false);
    expect(sent).toHaveLength(2);
    source.ensureRows(600_000, 600_030, true);
    expect(sent[2]!.input).toEqual({ filter, sort, limit: 200, offset: 600_000 });
  });

  it('does not ask twice for a page already on its way', () => {
    const { sent, fetchPage } = manualFetcher();
    const source = new ListingRowSource(fetchPage);
    source.setQuery(filter, sort);
    source.ensureRows(0, 40, true);
    source.ensureRows(10, 50, true);
    expect(sent).toHaveLength(1);
  });

  it('ignores a page that arrives after the filter changed, and asks again for the new filter', async () => {
    const { sent, fetchPage } = manualFetcher();
    const source = new ListingRowSource(fetchPage);
    source.setQuery(filter, sort);
    source.ensureRows(0, 40, false);

    const narrowed: ListingFilter = { ...filter, marketplaces: ['ebay'] };
    source.setQuery(narrowed, sort);
    sent[0]!.resolve(page(0));
    await settle();
    expect(source.row(0)).toBeUndefined();

    source.ensureRows(0, 40, false);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.input.filter).toEqual(narrowed);
  });

  it('drops cached pages when the sort changes', async () => {
    const { sent, fetchPage } = manualFetcher();
    const source = new ListingRowSource(fetchPage);
    source.setQuery(filter, sort);
    source.ensureRows(0, 40, false);
    sent[0]!.resolve(page(0));
    await settle();
    expect(source.row(0)).toBeDefined();
    source.setQuery(filter, { column: 'price', direction: 'asc' });
    expect(source.row(0)).toBeUndefined();
  });

  it('keeps the error message of a failed page and stops asking until retried', async () => {
    const { sent, fetchPage } = manualFetcher();
    const source = new ListingRowSource(fetchPage);
    source.setQuery(filter, sort);
    source.ensureRows(0, 40, false);
    sent[0]!.reject(new Error('disk gone'));
    await settle();
    expect(source.error).toContain('disk gone');
    source.ensureRows(0, 40, true);
    expect(sent).toHaveLength(1);
    source.retry();
    source.ensureRows(0, 40, true);
    expect(sent).toHaveLength(2);
  });
});
