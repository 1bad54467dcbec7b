// The contract's Dashboard operations: headline figures and one operation per chart, all under the same filter
// (brand, product, marketplace, date range), and the one-page PDF report. Spread into `operations` in contract.ts.
import { z } from 'zod';
import { empty, id, op, text } from './operationParts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/** Every chart's filter. Dates select whole weeks (Monday to Sunday) of the day a listing was first seen. */
export const dashboardFilterSchema = z.strictObject({
  brandId: id.optional(),
  productId: id.optional(),
  marketplace: text(40).optional(),
  from: day.optional(),
  to: day.optional(),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

export interface DashboardOptions {
  brands: { id: number; name: string }[];
  products: { id: number; brandId: number; sku: string; name: string }[];
  marketplaces: string[];
  /** The first and last week (Mondays) any listing was first seen in; null in an empty workspace. */
  firstWeek: string | null;
  lastWeek: string | null;
  normalisedCurrency: string;
}

export interface DashboardHeadline {
  listings: number;
  highRisk: number;
  /** Listings scored at all; before `assay score` the risk figures are empty, not zero. */
  scored: number;
  /** Units sold × normalised price over high-risk listings, where both are known. */
  counterfeitSales: number;
  counterfeitUnits: number;
  openCases: number;
  takedowns: { succeeded: number; decided: number; rate: number | null };
  seizures: { available: boolean; upcoming: { id: number; reference: string; authority: string; deadline: string; daysLeft: number }[]; overdue: number };
}

export interface WeeklyListings {
  week: string;
  /** Listings first seen that week, per marketplace. */
  byMarketplace: Record<string, number>;
  listings: number;
  highRisk: number;
}

export interface RiskBin {
  /** Lower bound of the bin (0, 10, … 90); the last bin includes 100. */
  from: number;
  to: number;
  listings: number;
  high: boolean;
}

export interface PricePoint {
  listingId: number;
  productId: number;
  sku: string;
  msrp: number;
  price: number;
  riskScore: number | null;
}

export interface PriceVsMsrp {
  points: PricePoint[];
  /** Share of the MSRP below which the price rule flags a listing. */
  threshold: number;
  /** Points shown per product at most (a sample of each product's listings). */
  perProduct: number;
  products: { id: number; sku: string; name: string; msrp: number; listings: number }[];
}

export interface ClusterSales {
  id: number;
  label: string;
  sellers: number;
  marketplaces: string[];
  listings: number;
  estimatedSales: number;
  /** A seller name to search the Listings page by. */
  searchName: string;
}

export interface RuleCount {
  rule: string;
  findings: number;
}

export interface CaseFunnel {
  /** Per stage, draft → resolved: cases at that stage now, and cases that reached it or a later one. */
  stages: { status: string; now: number; reached: number }[];
  outcomes: { outcome: string; cases: number }[];
}

export interface WeeklyTakedowns {
  week: string;
  takenDown: number;
  rejected: number;
  relisted: number;
  other: number;
  /** Shares of the week's decided listings, 0–1. */
  takenDownShare: number;
  rejectedShare: number;
  relistedShare: number;
}

export interface LocationCount {
  location: string;
  listings: number;
}

const filter = z.strictObject({ filter: dashboardFilterSchema.default({}) });

export const dashboardOperations = {
  'dashboard.options': op<typeof empty, DashboardOptions>(empty),
  'dashboard.headline': op<typeof filter, DashboardHeadline>(filter),
  'dashboard.listingsOverTime': op<typeof filter, { marketplaces: string[]; weeks: WeeklyListings[] }>(filter),
  'dashboard.riskHistogram': op<typeof filter, { bins: RiskBin[]; unscored: number }>(filter),
  'dashboard.priceVsMsrp': op<typeof filter, PriceVsMsrp>(filter),
  'dashboard.sellerClusters': op<typeof filter, ClusterSales[]>(filter),
  'dashboard.findingsByRule': op<typeof filter, RuleCount[]>(filter),
  'dashboard.caseFunnel': op<typeof filter, CaseFunnel>(filter),
  'dashboard.takedownsOverTime': op<typeof filter, WeeklyTakedowns[]>(filter),
  'dashboard.sellerLocations': op<typeof filter, LocationCount[]>(filter),
  'dashboard.reportPdf': op<typeof filter, { fileName: string; base64: string }>(filter),
};
