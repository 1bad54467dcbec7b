// The Listings filter's dashboard fields (risk range, finding rule, seller location, matched product, first-seen
// days) against a hand-counted fixture in a real SQLite workspace: count, keyset pages, an offset jump and the
// bulk decision's own read of the filter all select the same listings.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LISTING_SORT_COLUMNS, listingFilterSchema, type ListingFilter, type ListingRow } from '../../electron/api/contract';
import { countListings, listingsPage } from '../../electron/core/db/listingsRepository';
import { filteredListingStatuses } from '../../electron/core/db/reviewRepository';
import { insertListings, listing, newWorkspace } from '../support/tempWorkspace';

// One row per listing: risk score, seller location, first seen, matched product (SKU), finding rules.
const FIXTURE: [risk: number | null, location: string, firstSeen: string, product: string | null, rules: string[]][] = [
  /* L1  */ [5, 'Guangzhou', '2026-01-04T23:59:59Z', null, ['price.below_msrp_share']],
  /* L2  */ [59, 'Guangzhou', '2026-01-05T00:00:00Z', 'CV-AC-5001', []],
  /* L3  */ [60, 'Shenzhen', '2026-01-07T12:00:00Z', 'CV-AC-5001', ['price.below_msrp_share', 'price.below_msrp_share', 'text.replica_terms']],
  /* L4  */ [65, '', '2026-01-11T23:59:59Z', 'CV-AC-5001', ['text.replica_terms']],
  /* L5  */ [69, 'Guangzhou', '2026-01-12T00:00:00Z', 'CV-BG-2002', ['price.below_msrp_share']],
  /* L6  */ [70, 'Guangzhou ', '2026-01-20T08:00:00Z', null, []],
  /* L7  */ [null, 'Guangzhou', '2026-01-06T00:00:00Z', null, []],
  /* L8  */ [100, 'Istanbul', '2026-02-01T00:00:00Z', 'CV-BG-2002', ['image.reused']],
  /* L9  */ [61, 'Guangzhou', '2025-12-31T00:00:00Z', 'CV-AC-5001', ['text.replica_terms']],
  /* L10 */ [0, 'Shenzhen', '2026-01-08T00:00:00Z', null, []],
];

function fixtureWorkspace() {
  const ws = newWorkspace();
  const ids = insertListings(
    ws,
    FIXTURE.map(([, location, firstSeen], i) =>
      listing({ listing_id: `L${i + 1}`, marketplace: i % 2 ? 'ebay' : 'amazon', seller_location: location, first_seen: firstSeen, last_seen: `2026-03-${String(10 + i)}T00:00:00Z` }),
    ),
  );
  const db = ws.db;
  db.prepare("INSERT INTO brand (id, name, owner_name, created_at) VALUES (1, 'Corvanne', 'Corvanne SA', '2025-01-01')").run();
  db.prepare("INSERT INTO product (id, brand_id, sku, name) VALUES (1, 1, 'CV-AC-5001', 'Cardholder'), (2, 1, 'CV-BG-2002', 'Bag'), (3, 1, 'CV-XX-0000', 'Unmatched')").run();
  const match = db.prepare("INSERT INTO listing_match (listing_id, product_id, score, input_hash, scored_at) VALUES (?, ?, 0.9, 'h', '2026-03-01')");
  const finding = db.prepare("INSERT INTO finding (listing_id, rule, severity, weight, message) VALUES (?, ?, 'high', 1, 'found')");
  const setRisk = db.prepare('UPDATE listing SET risk_score = ? WHERE id = ?');
  FIXTURE.forEach(([risk, , , sku, rules], i) => {
    const id = ids[i]!;
    setRisk.run(risk, id);
    // L7 and L10 are matched to no product (a match row with a NULL product), the others without a row at all.
    if (sku) match.run(id, sku === 'CV-AC-5001' ? 1 : 2);
    else if (i === 6 || i === 9) match.run(id, null);
    for (const rule of rules) finding.run(id, rule);
  });
  return { ws, ids };
}

const base: ListingFilter = { query: '', marketplaces: [], statuses: [] };

/** Records every query read on this connection from now on (its SQL and its parameters), to explain it later. */
function recordQueries(db: Database.Database): { sql: string; params: unknown[] }[] {
  const seen: { sql: string; params: unknown[] }[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get'] as const) {
      const read = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      Object.assign(statement, { [method]: (...params: unknown[]) => (seen.push({ sql, params }), read(...params)) });
    }
    return statement;
  }) as typeof db.prepare;
  return seen;
}

describe('the Listings filter fields for dashboard click-through', () => {
  const { ws, ids } = fixtureWorkspace();
  const names = (rows: { id: number }[]) => rows.map((r) => `L${ids.indexOf(r.id) + 1}`).sort();

  /** Reads the filter every way the app does and checks each agrees with the hand-counted listings. */
  function expectSelects(extra: Partial<ListingFilter>, expected: string[]) {
    const filter = listingFilterSchema.parse({ ...base, ...extra });
    expect(countListings(ws.db, filter)).toBe(expected.length);
    expect(names(filteredListingStatuses(ws.db, filter))).toEqual([...expected].sort());
    for (const column of LISTING_SORT_COLUMNS) {
      const rows: ListingRow[] = [];
      let page = listingsPage(ws.db, { filter, sort: { column, direction: 'desc' }, limit: 2 });
      rows.push(...page.rows);
      while (page.next) {
        page = listingsPage(ws.db, { filter, sort: { column, direction: 'desc' }, after: page.next, limit: 2 });
        rows.push(...page.rows);
      }
      expect(names(rows), column).toEqual([...expected].sort());
      if (rows.length > 1) {
        const jumped = listingsPage(ws.db, { filter, sort: { column, direction: 'desc' }, offset: 1, limit: 100 });
        expect(jumped.rows.map((r) => r.id), `${column} offset`).toEqual(rows.slice(1).map((r) => r.id));
      }
    }
  }

  it('selects a risk range, both ends included, never an unscored listing', () => {
    expectSelects({ riskMin: 60, riskMax: 69 }, ['L3', 'L4', 'L5', 'L9']);
    expectSelects({ riskMin: 90, riskMax: 100 }, ['L8']);
    expectSelects({ riskMin: 0, riskMax: 9 }, ['L1', 'L10']);
    expectSelects({ riskMin: 60 }, ['L3', 'L4', 'L5', 'L6', 'L8', 'L9']);
    expectSelects({ riskMax: 59 }, ['L1', 'L2', 'L10']);
  });

  it('selects listings with a finding of a rule, once each however many findings they have', () => {
    expectSelects({ rule: 'price.below_msrp_share' }, ['L1', 'L3', 'L5']);
    expectSelects({ rule: 'text.replica_terms' }, ['L3', 'L4', 'L9']);
    expectSelects({ rule: 'no.such_rule' }, []);
  });

  it('reads the listings of a rule or a product once, not again for each listing, whatever the statistics say', () => {
    // A plan check, not a timing. Searched per listing, a rule with findings on most of 3,000 listings took 1.1 s;
    // with the statistics of a 200,000-listing workspace, the rule's list drove a skip-scan of a sort index (12 s).
    const { ws: analysed } = fixtureWorkspace();
    const { db } = analysed;
    db.exec('ANALYZE');
    // What ANALYZE wrote for the listing table's indexes on that workspace.
    const stats: Record<string, string> = {
      listing_by_title: '200000 2 1 1 1',
      listing_by_status: '200000 1001 1 1',
      listing_by_seller_name: '200000 334 1 1 1',
      listing_by_seller: '200000 1001',
      listing_by_risk: '200000 1001 1 1 1',
      listing_by_price: '200000 3 1 1 1',
      listing_by_marketplace_status: '200000 1001 1001',
      listing_by_marketplace: '200000 1001 1 1',
      listing_by_last_seen: '200000 1 1 1 1',
      listing_by_import: '200000 1001',
      listing_by_first_import: '200000 1001',
      sqlite_autoindex_listing_1: '200000 1001 1',
    };
    const putStat = db.prepare("INSERT OR REPLACE INTO sqlite_stat1 (tbl, idx, stat) VALUES ('listing', ?, ?)");
    for (const [index, stat] of Object.entries(stats)) putStat.run(index, stat);
    db.exec('ANALYZE sqlite_schema');
    const explain = db.prepare.bind(db);
    const queries = recordQueries(db);

    const planned = (extra: Partial<ListingFilter>, list: string) => {
      const filter = listingFilterSchema.parse({ ...base, marketplaces: ['ebay'], riskMin: 50, ...extra });
      queries.length = 0;
      // The queries the grid, its scroll-bar jump and the bulk decision make, as they make them.
      countListings(db, filter);
      filteredListingStatuses(db, filter);
      for (const column of LISTING_SORT_COLUMNS) listingsPage(db, { filter, sort: { column, direction: 'desc' }, offset: 1, limit: 100 });
      expect(queries.length).toBe(2 + 2 * LISTING_SORT_COLUMNS.length);
      for (const { sql, params } of queries) {
        const steps = (explain(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
        expect(steps, sql).toContain('LIST SUBQUERY 1');
        expect(steps.filter((d) => d.startsWith('SEARCH') && !/^SEARCH listing\b/.test(d)), sql).toEqual([list]);
        expect(steps.filter((d) => /\blisting\b.*\b(id|rowid)=\?/.test(d)), sql).toEqual([]);
      }
    };
    planned({ rule: 'text.replica_terms' }, 'SEARCH finding USING COVERING INDEX finding_by_rule (rule=?)');
    planned({ productId: 1 }, 'SEARCH listing_match USING COVERING INDEX listing_match_by_product (product_id=?)');
    analysed.close();
  });

  it('selects a seller location ignoring surrounding spaces, and listings without one by the empty location', () => {
    expectSelects({ sellerLocation: 'Guangzhou' }, ['L1', 'L2', 'L5', 'L6', 'L7', 'L9']);
    expectSelects({ sellerLocation: 'Shenzhen' }, ['L3', 'L10']);
    expectSelects({ sellerLocation: '' }, ['L4']);
  });

  it('selects the listings matched to a product', () => {
    expectSelects({ productId: 1 }, ['L2', 'L3', 'L4', 'L9']);
    expectSelects({ productId: 2 }, ['L5', 'L8']);
    expectSelects({ productId: 3 }, []);
  });

  it('selects a first-seen week by whole days, Monday 00:00 to Sunday 23:59:59', () => {
    expectSelects({ firstSeenFrom: '2026-01-05', firstSeenTo: '2026-01-11' }, ['L2', 'L3', 'L4', 'L7', 'L10']);
    expectSelects({ firstSeenFrom: '2026-01-12' }, ['L5', 'L6', 'L8']);
    expectSelects({ firstSeenTo: '2026-01-04' }, ['L1', 'L9']);
  });

  it('combines the new fields with each other and with marketplace', () => {
    expectSelects({ marketplaces: ['amazon'], riskMin: 60, riskMax: 69 }, ['L3', 'L5', 'L9']);
    expectSelects({ productId: 1, rule: 'text.replica_terms', firstSeenFrom: '2026-01-05', firstSeenTo: '2026-01-11' }, ['L3', 'L4']);
  });

  it('leaves an existing filter without the fields as it was', () => {
    expect(listingFilterSchema.parse({})).toEqual(base);
    expectSelects({}, FIXTURE.map((_, i) => `L${i + 1}`));
  });

  it('refuses a risk outside 0–100 and a date not written YYYY-MM-DD', () => {
    expect(listingFilterSchema.safeParse({ riskMin: -1 }).success).toBe(false);
    expect(listingFilterSchema.safeParse({ riskMax: 101 }).success).toBe(false);
    expect(listingFilterSchema.safeParse({ firstSeenFrom: '5 Jan 2026' }).success).toBe(false);
  });
});
