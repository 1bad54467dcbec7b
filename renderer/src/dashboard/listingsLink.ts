// Click-through from a chart to the Listings page, filtered as closely as that page allows: its store takes search
// text, marketplaces, statuses and a sort (no risk, product or date filter), set here through the store's own actions.
import type { ListingSortColumn, ListingStatus } from '../../../electron/api/contract';
import { useListingsStore } from '../listings/listingsStore';
import { navigate, routeHref } from '../routing/hashRoute';

export interface ListingsView {
  marketplace?: string;
  statuses?: ListingStatus[];
  query?: string;
  sort?: { column: ListingSortColumn; direction: 'asc' | 'desc' };
}

export function openListings(view: ListingsView): void {
  const store = useListingsStore.getState();
  store.clearFilters();
  if (view.marketplace) store.toggleMarketplace(view.marketplace);
  for (const status of view.statuses ?? []) store.toggleStatus(status);
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
