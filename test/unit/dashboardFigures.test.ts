// The Dashboard's aggregations on a five-listing workspace whose every figure is worked out by hand below,
// and the summary cells that feed them kept right as listings are scored, corrected, moved and deleted.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  caseFunnel,
  dashboardOptions,
  findingsByRule,
  headlineFigures,
  listingsOverTime,
  priceVsMsrp,
  riskHistogram,
  sellerLocations,
  takedownsOverTime,
  topSellerClusters,
} from '../../electron/core/dashboard/dashboardFigures';
import { renderDashboardReport } from '../../electron/core/dashboard/dashboardReport';
import { weekOf } from '../../electron/core/db/dashboardRepository';
import { countListingsAround, deferListingInsertCount, type CountedListing } from '../../electron/core/db/dashboardCells';
import { createImport } from '../../electron/core/db/importsRepository';
import { saveExchangeRates } from '../../electron/core/db/importsRepository';
import { changedScoreWriter, iterateScoringListings, scoreWriter, type ScoredListing } from '../../electron/core/db/scoringRepository';
import { sellerInserter } from '../../electron/core/db/seedRepository';
import type { Finding } from '../../electron/core/compare/rules/finding';
import { findingsFromCells, findingsFromScratch, listingsFromCells, listingsFromScratch } from '../support/dashboardCounts';
import { insertListings, listing, newWorkspace, tempDir } from '../support/tempWorkspace';

const finding = (rule: string): Finding => ({ rule, severity: 'medium', expected: null, observed: null, weight: 10, message: rule });
const scored = (listingId: number, productId: number | null, riskScore: number, rules: string[] = []): ScoredListing => ({
  listingId,
  productId,
  score: 0.9,
  candidates: [],
  corrected: false,
  riskScore,
  inputHash: 'x',
  findings: rules.map(finding),
});

/**
 * Listings (first seen → week):            seller (location)         units × price = sales  risk  product
 *   L1 ebay   Mon 2025-01-06 → 2025-01-06   alpha (Shenzhen, China)   10 × 100 = 1000        80    P1 BAG-1 (MSRP 1000 USD)
 *   L2 ebay   Sun 2025-01-12 → 2025-01-06   gamma (Paris, France)      5 × 40  = 200         65    P2 WAL-1 (MSRP 200 EUR = 220 USD)
 *   L3 amazon Mon 2025-01-13 → 2025-01-13   beta  (Shenzhen, China)    2 × 900 = 1800        20    P1
 *   L4 amazon Mon 2025-01-20 → 2025-01-20   beta                       ? × 30  = –           95    P3 X-1 (other brand, MSRP 50 USD)
 *   L5 ebay   Tue 2025-01-21 → 2025-01-20   gamma                      3 × ?   = –           not scored
 * alpha and beta share a phone number: one cluster. Cases: C1 submitted (L1 taken down 3 Feb, L2 rejected 5 Feb),
 * C2 resolved as taken down (L4 taken down 10 Feb), C3 draft (L3, no outcome).
 */
function fixture() {
  const ws = newWorkspace();
  const { db } = ws;
  db.prepare("INSERT INTO brand (id, name, owner_name, created_at) VALUES (1, 'Corvanne', 'Corvanne SA', '2025-01-01'), (2, 'Other', 'Other Ltd', '2025-01-01')").run();
  db.prepare(`INSERT INTO product (id, brand_id, sku, name, msrp, currency) VALUES
    (1, 1, 'BAG-1', 'Bag', 1000, 'USD'), (2, 1, 'WAL-1', 'Wallet', 200, 'EUR'), (3, 2, 'X-1', 'Thing', 50, 'USD')`).run();
  saveExchangeRates(db, [{ currency: 'EUR', usdPerUnit: 1.1, asOf: '2025-01-01' }]);
  const seller = sellerInserter(db);
  const phone = [{ kind: 'phone', value: '+86 1', normalised: '861' }];
  const alpha = seller({ marketplace: 'ebay', sellerRef: 'alpha', name: 'alpha', location: 'Shenzhen, China', storeUrl: '', contacts: phone });
  const beta = seller({ marketplace: 'amazon', sellerRef: 'beta', name: 'beta', location: 'Shenzhen, China', storeUrl: '', contacts: phone });
  const gamma = seller({ marketplace: 'ebay', sellerRef: 'gamma', name: 'gamma', location: 'Paris, France', storeUrl: '', contacts: [] });
  const at = (d: string) => ({ first_seen: `${d}T10:00:00Z`, last_seen: `${d}T10:00:00Z` });
  const ids = insertListings(ws, [
    listing({ listing_id: 'L1', marketplace: 'ebay', ...at('2025-01-06'), seller_id: alpha, seller_location: 'Shenzhen, China', units_sold: 10, price: 100, price_normalised: 100 }),
    listing({ listing_id: 'L2', marketplace: 'ebay', ...at('2025-01-12'), seller_id: gamma, seller_location: 'Paris, France', units_sold: 5, price: 40, price_normalised: 40 }),
    listing({ listing_id: 'L3', marketplace: 'amazon', ...at('2025-01-13'), seller_id: beta, seller_location: 'Shenzhen, China', units_sold: 2, price: 900, price_normalised: 900 }),
    listing({ listing_id: 'L4', marketplace: 'amazon', ...at('2025-01-20'), seller_id: beta, seller_location: 'Shenzhen, China', units_sold: null, price: 30, price_normalised: 30 }),
    listing({ listing_id: 'L5', marketplace: 'ebay', ...at('2025-01-21'), seller_id: gamma, seller_location: 'Paris, France', units_sold: 3, price: null, price_normalised: null }),
  ]);
  const [l1, l2, l3, l4] = ids as [number, number, number, number, number];
  const write = scoreWriter(db, '2025-03-01T00:00:00Z');
  db.transaction(() => {
    write(scored(l1, 1, 80, ['price.below_msrp_share', 'vocabulary.counterfeit_term']));
    write(scored(l2, 2, 65, ['price.below_msrp_share']));
    write(scored(l3, 1, 20));
    write(scored(l4, 3, 95, ['seller.unauthorised']));
  })();
  const kase = db.prepare('INSERT INTO "case" (brand_id, name, status, outcome, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)');
  const caseListing = db.prepare('INSERT INTO case_listing (case_id, listing_id, reason, outcome, added_at, outcome_at) VALUES (?, ?, ?, ?, ?, ?)');
  const c1 = Number(kase.run('C1', 'submitted', null, '2025-01-25', '2025-02-05').lastInsertRowid);
  const c2 = Number(kase.run('C2', 'resolved', 'taken_down', '2025-01-25', '2025-02-10').lastInsertRowid);
  const c3 = Number(kase.run('C3', 'draft', null, '2025-01-25', '2025-01-25').lastInsertRowid);
  caseListing.run(c1, l1, 'fake', 'taken_down', '2025-01-25', '2025-02-03T09:00:00Z');
  caseListing.run(c1, l2, 'fake', 'rejected', '2025-01-25', '2025-02-05T09:00:00Z');
  caseListing.run(c2, l4, 'fake', 'taken_down', '2025-01-25', '2025-02-10T09:00:00Z');
  caseListing.run(c3, l3, 'fake', null, '2025-01-25', null);
  return { ws, db, ids };
}

describe('dashboard figures on a hand-computed fixture', () => {
  let db: Database.Database;
  let ids: number[];
  beforeAll(() => ({ db, ids } = fixture()));

  it('counts weeks from Monday, whatever the day first seen', () => {
    expect(weekOf('2025-01-06')).toBe('2025-01-06');
    expect(weekOf('2025-01-12')).toBe('2025-01-06');
    expect(weekOf('2025-01-21')).toBe('2025-01-20');
  });

  it('offers the brands, products, marketplaces and weeks to filter by', () => {
    const o = dashboardOptions(db);
    expect(o.brands.map((b) => b.name)).toEqual(['Corvanne', 'Other']);
    expect(o.products.map((p) => p.sku)).toEqual(['BAG-1', 'WAL-1', 'X-1']);
    expect(o.marketplaces).toEqual(['amazon', 'ebay']);
    expect([o.firstWeek, o.lastWeek]).toEqual(['2025-01-06', '2025-01-20']);
  });

  it('gives the headline figures of the whole workspace', () => {
    const h = headlineFigures(db, {}, new Date('2025-03-01T00:00:00Z'));
    expect(h).toMatchObject({ listings: 5, scored: 4, highRisk: 3, counterfeitSales: 1200, counterfeitUnits: 15, openCases: 2 });
    expect(h.takedowns).toEqual({ succeeded: 2, decided: 3, rate: 2 / 3 });
  });

  it('applies a marketplace filter to every headline figure, cases and takedowns included', () => {
    const h = headlineFigures(db, { marketplace: 'ebay' });
    expect(h).toMatchObject({ listings: 3, scored: 2, highRisk: 2, counterfeitSales: 1200, openCases: 1 });
    expect(h.takedowns).toEqual({ succeeded: 1, decided: 2, rate: 0.5 });
  });

  it('filters by product, by brand and by whole weeks first seen', () => {
    expect(headlineFigures(db, { productId: 1 })).toMatchObject({ listings: 2, highRisk: 1, counterfeitSales: 1000 });
    expect(headlineFigures(db, { brandId: 1 })).toMatchObject({ listings: 3, highRisk: 2 });
    expect(headlineFigures(db, { brandId: 2 })).toMatchObject({ listings: 1, highRisk: 1, counterfeitSales: 0, openCases: 0 });
    expect(headlineFigures(db, { from: '2025-01-14', to: '2025-01-19' })).toMatchObject({ listings: 1, highRisk: 0 });
    expect(headlineFigures(db, { from: '2025-01-08' })).toMatchObject({ listings: 5 });
    expect(headlineFigures(db, { to: '2025-01-12' })).toMatchObject({ listings: 2, highRisk: 2 });
  });

  it('charts listings and high-risk listings per week and marketplace', () => {
    expect(listingsOverTime(db, {})).toEqual({
      marketplaces: ['amazon', 'ebay'],
      weeks: [
        { week: '2025-01-06', byMarketplace: { ebay: 2 }, listings: 2, highRisk: 2 },
        { week: '2025-01-13', byMarketplace: { amazon: 1 }, listings: 1, highRisk: 0 },
        { week: '2025-01-20', byMarketplace: { amazon: 1, ebay: 1 }, listings: 2, highRisk: 1 },
      ],
    });
  });

  it('bins risk scores by ten points and counts the unscored apart', () => {
    const h = riskHistogram(db, {});
    expect(h.unscored).toBe(1);
    expect(h.bins.map((b) => b.listings)).toEqual([0, 0, 1, 0, 0, 0, 1, 0, 1, 1]);
    expect(h.bins.filter((b) => b.high).map((b) => b.from)).toEqual([60, 70, 80, 90]);
    expect(h.bins[9]).toMatchObject({ from: 90, to: 100 });
  });

  it('plots listing prices against their product MSRP in the normalised currency, with the price rule threshold', () => {
    const p = priceVsMsrp(db, {});
    expect(p.threshold).toBe(0.4);
    expect(p.points.map((x) => [x.sku, x.msrp, x.price])).toEqual([
      ['BAG-1', 1000, 100],
      ['BAG-1', 1000, 900],
      ['WAL-1', 220, 40],
      ['X-1', 50, 30],
    ]);
    expect(priceVsMsrp(db, { brandId: 1, marketplace: 'amazon' }).points.map((x) => x.listingId)).toEqual([ids[2]]);
  });

  it('ranks seller clusters (shared contacts) and lone sellers by estimated sales', () => {
    expect(topSellerClusters(db, {}).map((c) => [c.label, c.sellers, c.listings, c.estimatedSales, c.marketplaces])).toEqual([
      ['beta +1', 2, 3, 2800, ['amazon', 'ebay']],
      ['gamma', 1, 2, 200, ['ebay']],
    ]);
    expect(topSellerClusters(db, { marketplace: 'ebay' }).map((c) => [c.label, c.estimatedSales])).toEqual([
      ['alpha', 1000],
      ['gamma', 200],
    ]);
  });

  it('counts findings by rule, most first', () => {
    expect(findingsByRule(db, {})).toEqual([
      { rule: 'price.below_msrp_share', findings: 2 },
      { rule: 'seller.unauthorised', findings: 1 },
      { rule: 'vocabulary.counterfeit_term', findings: 1 },
    ]);
    expect(findingsByRule(db, { productId: 2 })).toEqual([{ rule: 'price.below_msrp_share', findings: 1 }]);
  });

  it('draws the case funnel: cases at each stage now, cases that reached it, and outcomes', () => {
    const f = caseFunnel(db, {});
    expect(f.stages).toEqual([
      { status: 'draft', now: 1, reached: 3 },
      { status: 'in_review', now: 0, reached: 2 },
      { status: 'ready', now: 0, reached: 2 },
      { status: 'submitted', now: 1, reached: 2 },
      { status: 'resolved', now: 1, reached: 1 },
    ]);
    expect(f.outcomes).toEqual([{ outcome: 'taken_down', cases: 1 }]);
  });

  it('charts takedown outcomes per week with their shares', () => {
    expect(takedownsOverTime(db, {})).toEqual([
      { week: '2025-02-03', takenDown: 1, rejected: 1, relisted: 0, other: 0, takenDownShare: 0.5, rejectedShare: 0.5, relistedShare: 0 },
      { week: '2025-02-10', takenDown: 1, rejected: 0, relisted: 0, other: 0, takenDownShare: 1, rejectedShare: 0, relistedShare: 0 },
    ]);
  });

  it('counts listings by seller location', () => {
    expect(sellerLocations(db, {})).toEqual([
      { location: 'Shenzhen, China', listings: 3 },
      { location: 'Paris, France', listings: 2 },
    ]);
  });

  it('says honestly whether seizures are known, and counts deadlines within 30 days', () => {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'seizure'").get() !== undefined;
    const h = headlineFigures(db, {}, new Date('2025-03-01T00:00:00Z'));
    expect(h.seizures.available).toBe(hasTable);
    if (!hasTable) return;
    const insert = db.prepare("INSERT INTO seizure (authority, reference, deadline_on, created_at, updated_at) VALUES ('CBP', ?, ?, '2025-02-01', '2025-02-01')");
    insert.run('S-1', '2025-03-10');
    insert.run('S-2', '2025-05-01');
    insert.run('S-3', '2025-02-20');
    const after = headlineFigures(db, {}, new Date('2025-03-01T00:00:00Z'));
    expect(after.seizures.upcoming.map((s) => [s.reference, s.daysLeft])).toEqual([['S-1', 9]]);
    expect(after.seizures.overdue).toBe(1);
  });

  it('prints a one-page PDF report with the date and the filters', async () => {
    const pdf = await renderDashboardReport(db, { marketplace: 'ebay', from: '2025-01-06' }, new Date('2025-03-01T12:00:00Z'), 'Assay test');
    const file = path.join(tempDir(), 'report.pdf');
    fs.writeFileSync(file, pdf);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('2025-03-01');
    expect(text).toContain('marketplace ebay');
    expect(text).toContain('first seen 2025-01-06');
    expect(text).toContain('USD 1,200');
  });
});

describe('the summary cells stay equal to a count from scratch', () => {
  it('after re-scoring, a corrected match, a moved listing and deletions', () => {
    const { db, ids } = fixture();
    const [l1, l2, l3, , l5] = ids as [number, number, number, number, number];
    expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
    db.transaction(() => scoreWriter(db, '2025-03-02T00:00:00Z')(scored(l2, 2, 10, ['vocabulary.counterfeit_term', 'seller.unauthorised'])))();
    expect(headlineFigures(db, {}).highRisk).toBe(2);
    db.prepare('UPDATE listing_match SET product_id = 2, corrected = 1 WHERE listing_id = ?').run(l3);
    expect(headlineFigures(db, { productId: 2 }).listings).toBe(2);
    db.prepare("UPDATE listing SET first_seen = '2025-02-01T00:00:00Z', marketplace = 'amazon', units_sold = 7 WHERE id = ?").run(l5);
    expect(listingsOverTime(db, {}).weeks.at(-1)).toMatchObject({ week: '2025-01-27', byMarketplace: { amazon: 1 } });
    db.prepare('DELETE FROM listing_match WHERE listing_id = ?').run(l2);
    db.prepare('DELETE FROM listing WHERE id = ?').run(l1);
    expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
    expect(findingsFromCells(db)).toEqual(findingsFromScratch(db));
    expect(headlineFigures(db, {})).toMatchObject({ listings: 4, highRisk: 1 });
    expect(findingsByRule(db, {}).reduce((n, r) => n + r.findings, 0)).toBe(db.prepare('SELECT count(*) AS n FROM finding').pluck().get());
  });

  it('after a bulk import that put the insert trigger aside and counted its rows at the end, one added then changed', () => {
    const { db } = fixture();
    const importId = createImport(db, { kind: 'listings', fileName: 'b.csv', filePath: '/b.csv', sha256: 'b', size: 1, format: 'csv', options: {}, mapping: {}, marketplace: null, startedAt: '2025-03-01T00:00:00Z' });
    const insert = db.prepare(
      "INSERT INTO listing (marketplace, listing_id, title, first_seen, last_seen, units_sold, price_normalised, seller_location, first_import_id, import_id) VALUES (?, ?, 'x', ?, ?, ?, 9.5, 'Guangzhou', ?, ?)",
    );
    const earlier = listingsFromCells(db);
    db.transaction(() => {
      const count = deferListingInsertCount(db, importId);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'dashboard_listing_inserted'").pluck().get()).toBe(0);
      expect(listingsFromCells(db)).toEqual(earlier);
      for (let i = 0; i < 50; i += 1) {
        const marketplace = i % 2 ? 'ebay' : 'dhgate';
        // Days across several weeks, Sundays and Mondays among them, some with no units sold.
        const firstSeen = `2025-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`;
        const units = i % 5 ? 3 : null;
        insert.run(marketplace, `bulk-${i}`, firstSeen, '2025-03-01T00:00:00Z', units, importId, importId);
      }
      // The same file names a listing twice: the later row changes it, through the update trigger, which the count is told of.
      const before = db.prepare("SELECT first_seen, marketplace, seller_id, seller_location, units_sold, price_normalised FROM listing WHERE listing_id = 'bulk-3'").get() as CountedListing;
      db.prepare("UPDATE listing SET units_sold = 40, seller_location = 'Yiwu' WHERE listing_id = 'bulk-3'").run();
      count.changedAgain(db.prepare("SELECT id FROM listing WHERE listing_id = 'bulk-3'").pluck().get() as number, before, { ...before, units_sold: 40, seller_location: 'Yiwu' });
      count.finish();
    })();
    expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
    expect(listingsFromCells(db)).not.toEqual(earlier);
    const sellersFromScratch = db
      .prepare(`SELECT date(first_seen, 'weekday 0', '-6 days') AS week, marketplace, seller_location AS location, count(*) AS n FROM listing GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)
      .all();
    const sellersFromCells = db
      .prepare('SELECT week, marketplace, location, sum(listings) AS n FROM dashboard_seller_cell GROUP BY 1, 2, 3 HAVING sum(listings) <> 0 ORDER BY 1, 2, 3')
      .all();
    expect(sellersFromCells).toEqual(sellersFromScratch);
    const unitsFromScratch = db.prepare(`SELECT sum(CASE WHEN units_sold IS NOT NULL AND price_normalised IS NOT NULL THEN units_sold ELSE 0 END) FROM listing`).pluck().get();
    expect(db.prepare('SELECT sum(units) FROM dashboard_listing_cell').pluck().get()).toBe(unitsFromScratch);
    // The trigger is back: a later single insert is counted as before.
    insert.run('amazon', 'after', '2025-02-03T00:00:00Z', '2025-03-01T00:00:00Z', 2, null, null);
    expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
  });

  it('after scoring batches large enough to count their listings out and back in, and one small enough for the triggers', () => {
    const { ws, db } = fixture();
    const many = insertListings(
      ws,
      Array.from({ length: 300 }, (_, i) =>
        listing({ listing_id: `S${i}`, marketplace: i % 3 ? 'ebay' : 'shopee', first_seen: `2025-01-${String((i % 27) + 1).padStart(2, '0')}T08:00:00Z`, units_sold: i % 4 ? i : null, price_normalised: i % 5 ? 12.5 : null }),
      ),
    );
    const triggers = () => db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'dashboard_%' ORDER BY name").pluck().all();
    const before = triggers();
    const rescore = (at: string, result: (id: number, i: number) => ScoredListing, only?: Set<number>) => {
      const previous = [...iterateScoringListings(db)].filter((l) => (only ? only.has(l.id) : many.includes(l.id)));
      return db.transaction(() => changedScoreWriter(db, at)(previous.map((p, i) => ({ scored: result(p.id, i), previous: p }))))();
    };
    const rules = ['price.below_msrp_share', 'vocabulary.counterfeit_term', 'seller.unauthorised'];
    // First scoring: every listing written, most matched, risk in every band, none to three findings.
    expect(rescore('2025-03-03T00:00:00Z', (id, i) => scored(id, i % 4 ? (i % 3) + 1 : null, (i * 7) % 101, rules.slice(0, i % 4)))).toBe(300);
    expect(triggers()).toEqual(before);
    expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
    expect(findingsFromCells(db)).toEqual(findingsFromScratch(db));
    // Again with other products, risks and findings for two listings in three; the rest unchanged.
    expect(rescore('2025-03-04T00:00:00Z', (id, i) => (i % 3 ? scored(id, (i % 2) + 2, (i * 13) % 101, rules.slice(i % 3)) : scored(id, i % 4 ? (i % 3) + 1 : null, (i * 7) % 101, rules.slice(0, i % 4))))).toBe(200);
    expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
    expect(findingsFromCells(db)).toEqual(findingsFromScratch(db));
    // A handful, under the bulk size, through the triggers.
    expect(rescore('2025-03-05T00:00:00Z', (id) => scored(id, null, 99, ['seller.unauthorised']), new Set(many.slice(0, 5)))).toBe(5);
    expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
    expect(findingsFromCells(db)).toEqual(findingsFromScratch(db));
    const sellersFromScratch = db
      .prepare(`SELECT date(l.first_seen, 'weekday 0', '-6 days') AS week, l.marketplace, coalesce(m.product_id, 0) AS product, l.seller_location AS location, count(*) AS n
        FROM listing l LEFT JOIN listing_match m ON m.listing_id = l.id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`)
      .all();
    const sellersFromCells = db
      .prepare('SELECT week, marketplace, product_id AS product, location, sum(listings) AS n FROM dashboard_seller_cell GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0 ORDER BY 1, 2, 3, 4')
      .all();
    expect(sellersFromCells).toEqual(sellersFromScratch);
    const bucketsFromScratch = db
      .prepare('SELECT CASE WHEN risk_score IS NULL THEN -1 WHEN risk_score >= 100 THEN 9 ELSE risk_score / 10 END AS bucket, count(*) AS n FROM listing GROUP BY 1 ORDER BY 1')
      .all();
    expect(db.prepare('SELECT risk_bucket AS bucket, sum(listings) AS n FROM dashboard_listing_cell GROUP BY 1 HAVING sum(listings) <> 0 ORDER BY 1').all()).toEqual(bucketsFromScratch);
  });

  it('puts the triggers back, and the cells as they were, when a bulk scoring write fails', () => {
    const { ws, db } = fixture();
    const many = insertListings(ws, Array.from({ length: 250 }, (_, i) => listing({ listing_id: `F${i}` })));
    const cells = listingsFromCells(db);
    const triggers = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'dashboard_%'").pluck();
    const count = triggers.get();
    const previous = [...iterateScoringListings(db)].filter((l) => many.includes(l.id));
    // A finding the table refuses (no rule) half-way through the batch.
    const batch = previous.map((p, i) => ({ scored: scored(p.id, 1, 70, i === 120 ? [null as unknown as string] : ['price.below_msrp_share']), previous: p }));
    expect(() => db.transaction(() => changedScoreWriter(db, '2025-03-03T00:00:00Z')(batch))()).toThrow();
    expect(triggers.get()).toBe(count);
    expect(listingsFromCells(db)).toEqual(cells);
    expect(db.prepare('SELECT count(*) FROM listing_match WHERE listing_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(many))).toBe(0);
    expect(() => countListingsAround(db, many, () => 0)).toThrow(/inside a transaction/);
  });
});
