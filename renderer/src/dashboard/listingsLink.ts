// Click-through from a chart to the Listings page, filtered exactly as the chart counted: the dashboard's own
// marketplace, product and whole weeks first seen, plus what was clicked (a risk bin, a rule, a seller location,
// a week). Set through the Listings store's own actions. The brand filter has no Listings equivalent; with a
// brand but no product chosen, the listings shown are every brand's.
import type { DashboardFilter } from '../../../electron/api/dashboardContract';
import type { ListingSortColumn, ListingStatus } from '../../../electron/api/contract';
import { useListingsStore, type ExtraFilter } from '../listings/listingsStore';
import { navigate, routeHref } from '../routing/hashRoute';

export interface ListingsView {
  marketplace?: string | undefined;
  statuses?: ListingStatus[];
  query?: string;
  sort?: { column: ListingSortColumn; direction: 'asc' | 'desc' };
  /** Risk range, rule, location, product, first-seen days. */
  extra?: ExtraFilter;
  /** The product's SKU, for its chip. */
  productLabel?: string | undefined;
}

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday on or before a YYYY-MM-DD day, as the dashboard counts weeks. */
export function weekStart(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return shiftDays(day, -weekday);
}

/** The Sunday ending the week of a day. */
export function weekEnd(day: string): string {
  return shiftDays(weekStart(day), 6);
}

/** The listings every chart counts under this dashboard filter: its marketplace, product and whole weeks. */
export function dashboardScope(filter: DashboardFilter, productLabel?: string): ListingsView {
  return {
    marketplace: filter.marketplace,
    productLabel,
    extra: {
      productId: filter.productId,
      firstSeenFrom: filter.from ? weekStart(filter.from) : undefined,
      firstSeenTo: filter.to ? weekEnd(filter.to) : undefined,
    },
  };
}

/** The dashboard's scope narrowed by a click: later fields win (a clicked week replaces the dashboard's range). */
export function narrowed(scope: ListingsView, click: ListingsView): ListingsView {
  return { ...scope, ...click, extra: { ...scope.extra, ...click.extra } };
}

export function openListings(view: ListingsView): void {
  const store = useListingsStore.getState();
  store.clearFilters();
  if (view.marketplace) store.toggleMarketplace(view.marketplace);
  for (const status of view.statuses ?? []) store.toggleStatus(status);
  if (view.extra) store.setExtraFilter(view.extra, view.productLabel);
  if (view.query) {
    store.setSearchText(view.query);
    store.commitSearch();
  }
  if (view.sort) {
    // sortBy flips the direction when the column is already the sort, so it is pressed until both match.
    for (let i = 0; i < 2; i++) {
      const { sort } = useListingsStore.getState();
      if (sort.column === view.sort.column && sort.direction === view.sort.direction) break;
      useListingsStore.getState().sortBy(view.sort.column);
    }
  }
  navigate(routeHref('listings'));
}

export function openListing(listingId: number): void {
  navigate(routeHref('listings', listingId));
}
