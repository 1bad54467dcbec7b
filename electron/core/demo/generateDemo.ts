// The demo workspace's content as plain data, a pure function of (listings, seed): brand, marks, products, sellers,
// listings with their ground truth, and cases. planDemo + listingAt let a writer stream millions of listings instead.
import type { ListingStatus } from '../../api/contract';
import { AssayError } from '../errors';
import { DEMO_AUTHORISED_SELLERS, DEMO_BRAND, DEMO_PRODUCTS, DEMO_TRADEMARKS, type DemoAuthorisedSeller, type DemoBrand, type DemoProduct, type DemoTrademark } from './demoCatalog';
import { generateDemoCases, type DemoCase } from './demoCases';
import { demoListingSource, type DemoListing, type DemoListingSource, type DemoListingTruth } from './demoListings';
import { generateDemoSellers, type DemoSeller } from './demoSellers';

export interface DemoOptions {
  listings: number;
  seed: number;
}

export const MAX_DEMO_LISTINGS = 10_000_000;

/** When the demo brand and its catalogue were set up: before the first listing was seen. */
export const DEMO_CATALOGUE_DATE = '2025-01-03T09:00:00.000Z';

export interface DemoPlan {
  seed: number;
  listingCount: number;
  brand: DemoBrand;
  trademarks: readonly DemoTrademark[];
  products: readonly DemoProduct[];
  authorisedSellers: readonly DemoAuthorisedSeller[];
  sellers: readonly DemoSeller[];
  cases: readonly DemoCase[];
  /** The listing at a position, with the status its case gives it. */
  listingAt(index: number): { listing: DemoListing; truth: DemoListingTruth };
}

export interface DemoData extends Omit<DemoPlan, 'listingAt'> {
  listings: DemoListing[];
  /** truth[i] describes listings[i]. */
  truth: DemoListingTruth[];
}

export function validateDemoOptions(options: DemoOptions): void {
  const { listings, seed } = options;
  if (!Number.isInteger(listings) || listings < 0 || listings > MAX_DEMO_LISTINGS) {
    throw new AssayError('invalid_input', `The demo takes a whole number of listings from 0 to ${MAX_DEMO_LISTINGS.toLocaleString('en-US')}; ${String(listings)} is not one.`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new AssayError('invalid_input', `The demo seed must be a whole number of 0 or more; ${String(seed)} is not one.`);
  }
}

/** Everything but the listings themselves, which listingAt produces one at a time. */
export function planDemo(options: DemoOptions): DemoPlan {
  validateDemoOptions(options);
  const { listings: listingCount, seed } = options;
  const sellers = generateDemoSellers(seed);
  const source: DemoListingSource = demoListingSource(seed, listingCount, sellers);
  const cases = generateDemoCases(seed, source);
  const caseStatus = new Map<number, ListingStatus>();
  for (const c of cases) for (const l of c.listings) caseStatus.set(l.index, l.status);
  return {
    seed,
    listingCount,
    brand: DEMO_BRAND,
    trademarks: DEMO_TRADEMARKS,
    products: DEMO_PRODUCTS,
    authorisedSellers: DEMO_AUTHORISED_SELLERS,
    sellers,
    cases,
    listingAt: (index) => source.listing(index, caseStatus.get(index)),
  };
}

export function generateDemo(options: DemoOptions): DemoData {
  const { listingAt, ...plan } = planDemo(options);
  const listings: DemoListing[] = [];
  const truth: DemoListingTruth[] = [];
  for (let i = 0; i < plan.listingCount; i += 1) {
    const generated = listingAt(i);
    listings.push(generated.listing);
    truth.push(generated.truth);
  }
  return { ...plan, listings, truth };
}
