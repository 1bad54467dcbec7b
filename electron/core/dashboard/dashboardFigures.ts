// The Dashboard's figures and chart series, shaped from the repository's rows: the same functions feed the
// page (one contract operation each) and the one-page PDF report, so both always show the same numbers.
import type Database from 'better-sqlite3';
import type {
  CaseFunnel,
  ClusterSales,
  DashboardFilter,
  DashboardHeadline,
  DashboardOptions,
  LocationCount,
  PriceVsMsrp,
  RiskBin,
  RuleCount,
  WeeklyListings,
  WeeklyTakedowns,
} from '../../api/dashboardContract';
import { CASE_STATUSES, HIGH_RISK_FROM } from '../../api/vocabulary';
import { metaValue, sellerContactKeys } from '../db/catalogRepository';
import {
  caseCounts,
  filterChoices,
  listingOutcomes,
  listingTotals,
  productPriceSample,
  productsWithMsrp,
  riskBucketCounts,
  ruleCounts,
  seizureDeadlines,
  sellerLocationSales,
  weeklyListingCounts,
} from '../db/dashboardRepository';
import { exchangeRateMap } from '../db/importsRepository';
import { normalisePrice } from '../imports/values/exchangeRates';
import { clusterSellers } from '../sellers/clusterSellers';

/** Risk is counted in bins of ten points; the high band starts at a bin edge (HIGH_RISK_FROM is 60). */
const HIGH_BUCKET = Math.floor(HIGH_RISK_FROM / 10);

/**
 * The share of the MSRP below which the price rule flags a listing: the value scoreWorkspace gives the rule
 * (compare/scoreWorkspace.ts, `msrpShareThreshold: 0.4`, not exported there).
 */
export const MSRP_SHARE_THRESHOLD = 0.4;

/** Scatter points drawn per product: a sample, since a million dots say no more than a few hundred. */
export const PRICE_POINTS_PER_PRODUCT = 40;

/** Seizure deadlines within this many days count as coming up. */
export const SEIZURE_HORIZON_DAYS = 30;

const round2 = (n: number) => Math.round(n * 100) / 100;
const todayOf = (now: Date) => now.toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export function dashboardOptions(db: Database.Database): DashboardOptions {
  return { ...filterChoices(db), normalisedCurrency: metaValue(db, 'normalised_currency') ?? 'USD' };
}

export function headlineFigures(db: Database.Database, f: DashboardFilter, now = new Date()): DashboardHeadline {
  const totals = listingTotals(db, f, HIGH_BUCKET);
  const cases = caseCounts(db, f);
  const outcomes = listingOutcomes(db, f);
  const decided = outcomes.reduce((n, o) => n + o.listings, 0);
  const succeeded = outcomes.filter((o) => o.outcome === 'taken_down').reduce((n, o) => n + o.listings, 0);
  const seizures = seizureDeadlines(db);
  const today = todayOf(now);
  const upcoming = seizures.rows
    .map((s) => ({ ...s, daysLeft: daysBetween(today, s.deadline.slice(0, 10)) }))
    .filter((s) => s.daysLeft >= 0 && s.daysLeft <= SEIZURE_HORIZON_DAYS);
  return {
    listings: totals.listings,
    highRisk: totals.highRisk,
    scored: totals.scored,
    counterfeitSales: round2(totals.highSales),
    counterfeitUnits: totals.highUnits,
    openCases: cases.filter((c) => c.status !== 'resolved').reduce((n, c) => n + c.cases, 0),
    takedowns: { succeeded, decided, rate: decided > 0 ? succeeded / decided : null },
    seizures: { available: seizures.available, upcoming, overdue: seizures.rows.filter((s) => s.deadline.slice(0, 10) < today).length },
  };
}

export function listingsOverTime(db: Database.Database, f: DashboardFilter): { marketplaces: string[]; weeks: WeeklyListings[] } {
  const rows = weeklyListingCounts(db, f, HIGH_BUCKET);
  const weeks = new Map<string, WeeklyListings>();
  for (const r of rows) {
    const w = weeks.get(r.week) ?? { week: r.week, byMarketplace: {}, listings: 0, highRisk: 0 };
    w.byMarketplace[r.marketplace] = r.listings;
    w.listings += r.listings;
    w.highRisk += r.highRisk;
    weeks.set(r.week, w);
  }
  return { marketplaces: [...new Set(rows.map((r) => r.marketplace))].sort(), weeks: [...weeks.values()] };
}

export function riskHistogram(db: Database.Database, f: DashboardFilter): { bins: RiskBin[]; unscored: number } {
  const counts = new Map(riskBucketCounts(db, f).map((r) => [r.bucket, r.listings]));
  const bins = Array.from({ length: 10 }, (_, b) => ({ from: b * 10, to: b === 9 ? 100 : b * 10 + 9, listings: counts.get(b) ?? 0, high: b >= HIGH_BUCKET }));
  return { bins, unscored: counts.get(-1) ?? 0 };
}

export function priceVsMsrp(db: Database.Database, f: DashboardFilter): PriceVsMsrp {
  const rates = exchangeRateMap(db);
  const target = metaValue(db, 'normalised_currency') ?? 'USD';
  const products = productsWithMsrp(db, f)
    .map((p) => ({ ...p, msrpNormalised: normalisePrice(p.msrp, p.currency, rates, target) }))
    .filter((p): p is typeof p & { msrpNormalised: number } => p.msrpNormalised !== null);
  const points: PriceVsMsrp['points'] = [];
  const shown: PriceVsMsrp['products'] = [];
  for (const p of products) {
    const sample = productPriceSample(db, p.id, f, PRICE_POINTS_PER_PRODUCT);
    for (const s of sample) points.push({ listingId: s.listingId, productId: p.id, sku: p.sku, msrp: p.msrpNormalised, price: s.price, riskScore: s.riskScore });
    if (sample.length > 0) shown.push({ id: p.id, sku: p.sku, name: p.name, msrp: p.msrpNormalised, listings: sample.length });
  }
  return { points, threshold: MSRP_SHARE_THRESHOLD, perProduct: PRICE_POINTS_PER_PRODUCT, products: shown };
}

/** Seller clusters (sellers linked by shared contacts, see sellers/clusterSellers) and lone sellers, by estimated sales. */
export function topSellerClusters(db: Database.Database, f: DashboardFilter, limit = 10): ClusterSales[] {
  const stats = new Map<number, { name: string; marketplace: string; listings: number; sales: number }>();
  for (const r of sellerLocationSales(db, f)) {
    if (r.sellerId === 0 || r.name === null || r.marketplace === null) continue;
    const s = stats.get(r.sellerId) ?? { name: r.name, marketplace: r.marketplace, listings: 0, sales: 0 };
    s.listings += r.listings;
    s.sales += r.sales;
    stats.set(r.sellerId, s);
  }
  const clustered = new Set<number>();
  const groups = clusterSellers(sellerContactKeys(db)).map((g) => {
    g.sellerIds.forEach((id) => clustered.add(id));
    return g.sellerIds;
  });
  for (const id of stats.keys()) if (!clustered.has(id)) groups.push([id]);
  return groups
    .map((ids) => {
      const members = ids.map((id) => stats.get(id)).filter((s) => s !== undefined);
      const top = [...members].sort((a, b) => b.sales - a.sales)[0];
      return {
        id: ids[0]!,
        label: top ? (members.length > 1 ? `${top.name} +${members.length - 1}` : top.name) : '',
        sellers: ids.length,
        marketplaces: [...new Set(members.map((s) => s.marketplace))].sort(),
        listings: members.reduce((n, s) => n + s.listings, 0),
        estimatedSales: round2(members.reduce((n, s) => n + s.sales, 0)),
        searchName: top?.name ?? '',
      };
    })
    .filter((c) => c.listings > 0)
    .sort((a, b) => b.estimatedSales - a.estimatedSales || b.listings - a.listings || a.id - b.id)
    .slice(0, limit);
}

export function findingsByRule(db: Database.Database, f: DashboardFilter): RuleCount[] {
  return ruleCounts(db, f);
}

export function caseFunnel(db: Database.Database, f: DashboardFilter): CaseFunnel {
  const rows = caseCounts(db, f);
  const now = (status: string) => rows.filter((r) => r.status === status).reduce((n, r) => n + r.cases, 0);
  const stages = CASE_STATUSES.map((status, i) => ({ status, now: now(status), reached: CASE_STATUSES.slice(i).reduce((n, s) => n + now(s), 0) }));
  const outcomes = new Map<string, number>();
  for (const r of rows) if (r.outcome) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + r.cases);
  return { stages, outcomes: [...outcomes].map(([outcome, cases]) => ({ outcome, cases })).sort((a, b) => b.cases - a.cases || a.outcome.localeCompare(b.outcome)) };
}

export function takedownsOverTime(db: Database.Database, f: DashboardFilter): WeeklyTakedowns[] {
  const weeks = new Map<string, WeeklyTakedowns>();
  for (const r of listingOutcomes(db, f)) {
    const w = weeks.get(r.week) ?? { week: r.week, takenDown: 0, rejected: 0, relisted: 0, other: 0, takenDownShare: 0, rejectedShare: 0, relistedShare: 0 };
    if (r.outcome === 'taken_down') w.takenDown += r.listings;
    else if (r.outcome === 'rejected') w.rejected += r.listings;
    else if (r.outcome === 'relisted') w.relisted += r.listings;
    else w.other += r.listings;
    weeks.set(r.week, w);
  }
  return [...weeks.values()].map((w) => {
    const decided = w.takenDown + w.rejected + w.relisted + w.other;
    return { ...w, takenDownShare: w.takenDown / decided, rejectedShare: w.rejected / decided, relistedShare: w.relisted / decided };
  });
}

/** Listings by the seller's location as the listing gives it, most first; no location is shown as "Unknown". */
export function sellerLocations(db: Database.Database, f: DashboardFilter, limit = 15): LocationCount[] {
  const byLocation = new Map<string, number>();
  for (const r of sellerLocationSales(db, f)) {
    const location = r.location.trim() || 'Unknown';
    byLocation.set(location, (byLocation.get(location) ?? 0) + r.listings);
  }
  return [...byLocation]
    .map(([location, listings]) => ({ location, listings }))
    .sort((a, b) => b.listings - a.listings || a.location.localeCompare(b.location))
    .slice(0, limit);
}
