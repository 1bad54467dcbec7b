import { describe, expect, it } from 'vitest';
import { LISTING_SORT_COLUMNS, type ListingFilter, type ListingPageInput, type ListingRow } from '../../electron/api/contract';
import { countListings, getListing, listingFacets, listingsPage } from '../../electron/core/db/listingsRepository';
import { AssayError } from '../../electron/core/errors';
import { insertListings, listing, newWorkspace } from '../support/tempWorkspace';

const marketplaces = ['ebay', 'amazon', 'taobao', 'aliexpress'];
const statuses = ['new', 'suspect', 'infringing'] as const;

function seededWorkspace(n: number) {
  const ws = newWorkspace();
  const rows = Array.from({ length: n }, (_, i) =>
    listing({
      listing_id: String(1000 + i),
      marketplace: marketplaces[i % 4]!,
      status: statuses[i % 3]!,
      // Repeated titles and prices, and some unknown prices, so ties and NULLs are exercised.
      title: `Item ${String.fromCharCode(65 + (i % 7))} ${i % 5}`,
      price_normalised: i % 6 === 0 ? null : (i * 37) % 50,
      seller_name: `Seller ${i % 9}`,
      last_seen: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`,
    }),
  );
  insertListings(ws, rows);
  // Risk scores with ties, and unscored listings (NULL), as after a partial scoring.
  ws.db.prepare('UPDATE listing SET risk_score = (id * 7) % 40 WHERE id % 5 <> 0').run();
  return ws;
}

const noFilter: ListingFilter = { query: '', marketplaces: [], statuses: [] };

function readAll(ws: ReturnType<typeof newWorkspace>, base: Omit<ListingPageInput, 'limit'>, limit: number): ListingRow[] {
  const rows: ListingRow[] = [];
  let page = listingsPage(ws.db, { ...base, limit });
  rows.push(...page.rows);
  while (page.next) {
    page = listingsPage(ws.db, { ...base, after: page.next, limit });
    rows.push(...page.rows);
  }
  return rows;
}

const key = { title: 'title', price: 'priceNormalised', marketplace: 'marketplace', seller_name: 'sellerName', last_seen: 'lastSeen', status: 'status', risk: 'riskScore' } as const;

function referenceOrder(rows: ListingRow[], column: keyof typeof key, desc: boolean): number[] {
  const field = key[column];
  const cmp = (a: ListingRow, b: ListingRow) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return a.id - b.id;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  };
  const sorted = [...rows].sort(cmp);
  return (desc ? sorted.reverse() : sorted).map((r) => r.id);
}

describe('listing pages', () => {
  const ws = seededWorkspace(503);
  const all = readAll(ws, { filter: noFilter, sort: { column: 'title', direction: 'asc' } }, 1000);

  for (const column of LISTING_SORT_COLUMNS) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`walks every row exactly once by keyset pages sorted by ${column} ${direction}`, () => {
        const walked = readAll(ws, { filter: noFilter, sort: { column, direction } }, 37).map((r) => r.id);
        expect(walked).toHaveLength(503);
        expect(new Set(walked).size).toBe(503);
        expect(walked).toEqual(referenceOrder(all, column, direction === 'desc'));
      });
    }
  }

  it('jumps to an offset and continues from there in the same order', () => {
    const sort = { column: 'price', direction: 'asc' } as const;
    const order = referenceOrder(all, 'price', false);
    const jumped = listingsPage(ws.db, { filter: noFilter, sort, offset: 250, limit: 20 });
    expect(jumped.rows.map((r) => r.id)).toEqual(order.slice(250, 270));
    const next = listingsPage(ws.db, { filter: noFilter, sort, after: jumped.next!, limit: 20 });
    expect(next.rows.map((r) => r.id)).toEqual(order.slice(270, 290));
  });

  it('returns an empty page past the end', () => {
    expect(listingsPage(ws.db, { filter: noFilter, sort: { column: 'title', direction: 'asc' }, offset: 503, limit: 20 })).toEqual({ rows: [], next: null });
  });

  it('filters by marketplace and status, and counts the same rows it pages', () => {
    const filter: ListingFilter = { query: '', marketplaces: ['ebay', 'taobao'], statuses: ['suspect'] };
    const rows = readAll(ws, { filter, sort: { column: 'title', direction: 'asc' } }, 10);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => ['ebay', 'taobao'].includes(r.marketplace) && r.status === 'suspect')).toBe(true);
    expect(countListings(ws.db, filter)).toBe(rows.length);
    expect(rows.length).toBe(all.filter((r) => ['ebay', 'taobao'].includes(r.marketplace) && r.status === 'suspect').length);
  });

  it('counts facets by marketplace and status', () => {
    const facets = listingFacets(ws.db);
    expect(facets.marketplaces.reduce((n, f) => n + f.count, 0)).toBe(503);
    expect(facets.statuses.find((f) => f.value === 'new')?.count).toBe(all.filter((r) => r.status === 'new').length);
  });
});

describe('full-text search over listings', () => {
  const ws = newWorkspace();
  insertListings(ws, [
    listing({ listing_id: '1', title: 'Réplica bolsa de couro', language: 'es' }),
    listing({ listing_id: '2', title: '高仿手表 男士 机械表', language: 'zh' }),
    listing({ listing_id: '3', title: 'Genuine leather tote', seller_name: 'Harbour Goods' }),
    listing({ listing_id: '4', title: 'ＡＡＡ quality watch 1:1' }),
  ]);
  const search = (query: string) =>
    listingsPage(ws.db, { filter: { ...noFilter, query }, sort: { column: 'title', direction: 'asc' }, limit: 10 }).rows.map((r) => r.listingId).sort();

  it('matches regardless of accents', () => expect(search('replica')).toEqual(['1']));
  it('matches a Chinese term inside a longer run of characters', () => expect(search('高仿')).toEqual(['2']));
  it('matches full-width text typed in plain letters', () => expect(search('aaa')).toEqual(['4']));
  it('matches word prefixes and the seller name', () => expect(search('harb')).toEqual(['3']));
  it('requires every word', () => expect(search('leather watch')).toEqual([]));
  it('treats search syntax characters literally instead of failing', () => expect(search('"quality* NEAR(')).toEqual([]));
});

describe('listing detail', () => {
  it('says which listing does not exist', () => {
    const ws = newWorkspace();
    expect(() => getListing(ws.db, 42)).toThrow(AssayError);
    expect(() => getListing(ws.db, 42)).toThrow(/Listing 42 does not exist/);
  });

  it('returns the original row and the fields', () => {
    const ws = newWorkspace();
    const [id] = insertListings(ws, [listing({ listing_id: '9', raw: { 'Item ID': '9', Price: 'US $12.99' }, image_urls: ['https://img.example/1.jpg'] })]);
    const detail = getListing(ws.db, id!);
    expect(detail.raw).toEqual({ 'Item ID': '9', Price: 'US $12.99' });
    expect(detail.imageUrls).toEqual(['https://img.example/1.jpg']);
    expect(detail.seller).toBeNull();
    expect(detail.cases).toEqual([]);
  });
});
