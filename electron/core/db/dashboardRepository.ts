// All SQL behind the Dashboard: reads of the summary cells (migration 9) and of the small case and seizure tables,
// each under the same filter (brand, product, marketplace, whole weeks first seen).
import type Database from 'better-sqlite3';
import type { DashboardFilter } from '../../api/dashboardContract';

type Params = Record<string, string | number>;

/** The Monday on or before a YYYY-MM-DD day: cells are counted by the week a listing was first seen. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Condition = [sql: string, param: string, value: string | number | undefined];

function collect(conditions: Condition[]): { parts: string[]; params: Params } {
  const present = conditions.filter((c): c is [string, string, string | number] => c[2] !== undefined && c[2] !== '');
  return { parts: present.map((c) => c[0]), params: Object.fromEntries(present.map((c) => [c[1], c[2]])) };
}

/** WHERE clauses over a summary cell table (columns week, marketplace, product_id). */
function cellWhere(f: DashboardFilter, alias = ''): { sql: string; params: Params } {
  const a = alias ? `${alias}.` : '';
  const { parts, params } = collect([
    [`${a}week >= @fromWeek`, 'fromWeek', f.from && weekOf(f.from)],
    [`${a}week <= @toWeek`, 'toWeek', f.to && weekOf(f.to)],
    [`${a}marketplace = @marketplace`, 'marketplace', f.marketplace],
    [`${a}product_id = @productId`, 'productId', f.productId],
    [`${a}product_id IN (SELECT id FROM product WHERE brand_id = @brandId)`, 'brandId', f.brandId],
  ]);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Conditions over a listing l and its match m (LEFT JOINed by the caller), with the same meaning as cellWhere. */
function listingConditions(f: DashboardFilter): { parts: string[]; params: Params } {
  return collect([
    ['l.first_seen >= @fromDay', 'fromDay', f.from && weekOf(f.from)],
    ['l.first_seen < @toDay', 'toDay', f.to && addDays(weekOf(f.to), 7)],
    ['l.marketplace = @marketplace', 'marketplace', f.marketplace],
    ['m.product_id = @productId', 'productId', f.productId],
    ['m.product_id IN (SELECT id FROM product WHERE brand_id = @brandId)', 'brandId', f.brandId],
  ]);
}

const isFiltered = (f: DashboardFilter) => Boolean(f.from || f.to || f.marketplace || f.productId || f.brandId);

export function filterChoices(db: Database.Database) {
  const brands = db.prepare('SELECT id, name FROM brand ORDER BY name').all() as { id: number; name: string }[];
  const products = db.prepare('SELECT id, brand_id AS brandId, sku, name FROM product ORDER BY sku').all() as { id: number; brandId: number; sku: string; name: string }[];
  const marketplaces = (db.prepare('SELECT DISTINCT marketplace FROM dashboard_listing_cell WHERE listings > 0 ORDER BY marketplace').all() as { marketplace: string }[]).map((r) => r.marketplace);
  const weeks = db.prepare('SELECT min(week) AS first, max(week) AS last FROM dashboard_listing_cell WHERE listings > 0').get() as { first: string | null; last: string | null };
  return { brands, products, marketplaces, firstWeek: weeks.first, lastWeek: weeks.last };
}

/** Listings, scored listings, and listings, units and sales at or above a risk bucket. */
export function listingTotals(db: Database.Database, f: DashboardFilter, highBucket: number) {
  const w = cellWhere(f);
  return db
    .prepare(`SELECT coalesce(sum(listings), 0) AS listings,
        coalesce(sum(CASE WHEN risk_bucket >= 0 THEN listings ELSE 0 END), 0) AS scored,
        coalesce(sum(CASE WHEN risk_bucket >= @highBucket THEN listings ELSE 0 END), 0) AS highRisk,
        coalesce(sum(CASE WHEN risk_bucket >= @highBucket THEN units ELSE 0 END), 0) AS highUnits,
        coalesce(sum(CASE WHEN risk_bucket >= @highBucket THEN sales ELSE 0 END), 0) AS highSales
      FROM dashboard_listing_cell ${w.sql}`)
    .get({ ...w.params, highBucket }) as { listings: number; scored: number; highRisk: number; highUnits: number; highSales: number };
}

export function weeklyListingCounts(db: Database.Database, f: DashboardFilter, highBucket: number) {
  const w = cellWhere(f);
  return db
    .prepare(`SELECT week, marketplace, sum(listings) AS listings, sum(CASE WHEN risk_bucket >= @highBucket THEN listings ELSE 0 END) AS highRisk
      FROM dashboard_listing_cell ${w.sql} GROUP BY week, marketplace HAVING sum(listings) > 0 ORDER BY week, marketplace`)
    .all({ ...w.params, highBucket }) as { week: string; marketplace: string; listings: number; highRisk: number }[];
}

export function riskBucketCounts(db: Database.Database, f: DashboardFilter) {
  const w = cellWhere(f);
  return db.prepare(`SELECT risk_bucket AS bucket, sum(listings) AS listings FROM dashboard_listing_cell ${w.sql} GROUP BY risk_bucket ORDER BY risk_bucket`).all(w.params) as {
    bucket: number;
    listings: number;
  }[];
}

/** Listings and estimated sales per seller and location (seller 0: listings without a seller), through the covering index. */
export function sellerLocationSales(db: Database.Database, f: DashboardFilter) {
  const w = cellWhere(f);
  return db
    .prepare(`SELECT g.sellerId, g.location, g.listings, g.sales, s.name, s.marketplace
      FROM (SELECT seller_id AS sellerId, location, sum(listings) AS listings, sum(sales) AS sales
            FROM dashboard_seller_cell ${w.sql} GROUP BY seller_id, location HAVING sum(listings) > 0) g
      LEFT JOIN seller s ON s.id = g.sellerId`)
    .all(w.params) as { sellerId: number; location: string; listings: number; sales: number; name: string | null; marketplace: string | null }[];
}

export function ruleCounts(db: Database.Database, f: DashboardFilter) {
  const w = cellWhere(f);
  return db.prepare(`SELECT rule, sum(findings) AS findings FROM dashboard_finding_cell ${w.sql} GROUP BY rule HAVING sum(findings) > 0 ORDER BY findings DESC, rule`).all(w.params) as {
    rule: string;
    findings: number;
  }[];
}

export function productsWithMsrp(db: Database.Database, f: DashboardFilter) {
  const { parts, params } = collect([
    ['id = @productId', 'productId', f.productId],
    ['brand_id = @brandId', 'brandId', f.brandId],
  ]);
  parts.push('msrp IS NOT NULL', 'msrp > 0');
  return db.prepare(`SELECT id, sku, name, msrp, currency FROM product WHERE ${parts.join(' AND ')} ORDER BY sku`).all(params) as { id: number; sku: string; name: string; msrp: number; currency: string | null }[];
}

/** A sample of one product's matched listings with a normalised price (the first by id, through the product index). */
export function productPriceSample(db: Database.Database, productId: number, f: DashboardFilter, limit: number) {
  const c = listingConditions({ ...f, productId: undefined, brandId: undefined });
  return db
    .prepare(`SELECT l.id AS listingId, l.price_normalised AS price, l.risk_score AS riskScore
      FROM listing_match m JOIN listing l ON l.id = m.listing_id
      WHERE m.product_id = @product AND l.price_normalised IS NOT NULL ${c.parts.map((p) => `AND ${p}`).join(' ')}
      ORDER BY m.product_id, m.listing_id LIMIT @limit`)
    .all({ ...c.params, product: productId, limit }) as { listingId: number; price: number; riskScore: number | null }[];
}

/** The cases with at least one listing under the filter (every case when nothing is filtered). */
function caseScope(f: DashboardFilter): { sql: string; params: Params } {
  if (!isFiltered(f)) return { sql: '', params: {} };
  const c = listingConditions(f);
  return {
    sql: `WHERE EXISTS (SELECT 1 FROM case_listing cl JOIN listing l ON l.id = cl.listing_id LEFT JOIN listing_match m ON m.listing_id = l.id
      WHERE cl.case_id = c.id AND ${c.parts.join(' AND ')})`,
    params: c.params,
  };
}

export function caseCounts(db: Database.Database, f: DashboardFilter) {
  const s = caseScope(f);
  return db.prepare(`SELECT c.status, c.outcome, count(*) AS cases FROM "case" c ${s.sql} GROUP BY c.status, c.outcome`).all(s.params) as { status: string; outcome: string | null; cases: number }[];
}

/** Listing outcomes recorded in cases, by the week they were recorded (the day added when no date was kept). */
export function listingOutcomes(db: Database.Database, f: DashboardFilter) {
  const c = listingConditions(f);
  return db
    .prepare(`SELECT date(coalesce(cl.outcome_at, cl.added_at), 'weekday 0', '-6 days') AS week, cl.outcome, count(*) AS listings
      FROM case_listing cl JOIN listing l ON l.id = cl.listing_id LEFT JOIN listing_match m ON m.listing_id = l.id
      WHERE cl.outcome IS NOT NULL AND cl.outcome <> '' ${c.parts.map((p) => `AND ${p}`).join(' ')}
      GROUP BY 1, 2 ORDER BY 1, 2`)
    .all(c.params) as { week: string; outcome: string; listings: number }[];
}

/** Seizures with a deadline, when the seizure table exists in this workspace (its migration may not be registered yet). */
export function seizureDeadlines(db: Database.Database): { available: boolean; rows: { id: number; reference: string; authority: string; deadline: string }[] } {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'seizure'").get();
  if (!exists) return { available: false, rows: [] };
  const rows = db.prepare('SELECT id, reference, authority, deadline_on AS deadline FROM seizure WHERE deadline_on IS NOT NULL ORDER BY deadline_on, id').all() as {
    id: number;
    reference: string;
    authority: string;
    deadline: string;
  }[];
  return { available: true, rows };
}
