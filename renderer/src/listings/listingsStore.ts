// What the person has asked of the listings grid: search text, marketplace and status filters, the extra
// filters a dashboard chart sets (risk range, rule, location, product, first-seen days), sort, and the active row. Kept in a store so leaving the page and coming back finds them as they were.
import { create } from 'zustand';
import type { ListingFilter, ListingSort, ListingSortColumn, ListingStatus } from '../../../electron/api/contract';

/** The filter fields only a dashboard click sets; each shows as a removable chip. */
export type ExtraFilter = Pick<ListingFilter, 'riskMin' | 'riskMax' | 'rule' | 'sellerLocation' | 'productId' | 'firstSeenFrom' | 'firstSeenTo'>;
/** One chip removes the fields that belong together (both ends of a range). */
export type ExtraFilterChip = 'risk' | 'rule' | 'sellerLocation' | 'product' | 'firstSeen';

export const CHIP_FIELDS: Record<ExtraFilterChip, (keyof ExtraFilter)[]> = {
  risk: ['riskMin', 'riskMax'],
  rule: ['rule'],
  sellerLocation: ['sellerLocation'],
  product: ['productId'],
  firstSeen: ['firstSeenFrom', 'firstSeenTo'],
};

const EMPTY_FILTER: ListingFilter = { query: '', marketplaces: [], statuses: [] };

export const DEFAULT_SORT: ListingSort = { column: 'last_seen', direction: 'desc' };

/** Dates read newest first by default; everything else A→Z / low→high. */
const FIRST_DIRECTION: Record<ListingSortColumn, ListingSort['direction']> = {
  title: 'asc',
  // The riskiest first, as a review queue.
  risk: 'desc',
  price: 'asc',
  marketplace: 'asc',
  seller_name: 'asc',
  last_seen: 'desc',
  status: 'asc',
};

interface ListingsState {
  /** What is typed in the search box, before the debounce commits it to the filter. */
  searchText: string;
  filter: ListingFilter;
  /** How the product filter reads on its chip (its SKU), when whoever set it knew. */
  productLabel: string | null;
  sort: ListingSort;
  activeIndex: number;
  /** The grid, or the review queue over the same filter. */
  mode: 'grid' | 'review';
  /** Listings ticked for a bulk action, by id; cleared when the filter changes. */
  selected: readonly number[];
  /** Every listing matching the filter is the bulk action's target, not just the ticked ones. */
  allMatching: boolean;
  /** The row a Shift-click range starts from. */
  selectionAnchor: number | null;
  setSearchText: (text: string) => void;
  commitSearch: () => void;
  toggleMarketplace: (marketplace: string) => void;
  toggleStatus: (status: ListingStatus) => void;
  clearFilters: () => void;
  /** Sets the extra filter fields given (undefined ones are left out), keeping the rest of the filter. */
  setExtraFilter: (extra: ExtraFilter, productLabel?: string) => void;
  removeExtraFilter: (chip: ExtraFilterChip) => void;
  sortBy: (column: ListingSortColumn) => void;
  setActiveIndex: (index: number) => void;
  setMode: (mode: 'grid' | 'review') => void;
  setSelection: (ids: readonly number[], anchor: number | null) => void;
  selectAllMatching: (on: boolean) => void;
  clearSelection: () => void;
}

const NO_SELECTION = { selected: [] as readonly number[], allMatching: false, selectionAnchor: null };

const toggled = <T>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

export const useListingsStore = create<ListingsState>((set) => ({
  searchText: '',
  filter: EMPTY_FILTER,
  productLabel: null,
  sort: DEFAULT_SORT,
  activeIndex: 0,
  mode: 'grid',
  ...NO_SELECTION,
  setSearchText: (searchText) => set({ searchText }),
  commitSearch: () =>
    set((s) => {
      const query = s.searchText.trim();
      return query === s.filter.query ? s : { filter: { ...s.filter, query }, activeIndex: 0, ...NO_SELECTION };
    }),
  toggleMarketplace: (marketplace) => set((s) => ({ filter: { ...s.filter, marketplaces: toggled(s.filter.marketplaces, marketplace) }, activeIndex: 0, ...NO_SELECTION })),
  toggleStatus: (status) => set((s) => ({ filter: { ...s.filter, statuses: toggled(s.filter.statuses, status) }, activeIndex: 0, ...NO_SELECTION })),
  clearFilters: () => set({ searchText: '', filter: EMPTY_FILTER, productLabel: null, activeIndex: 0, ...NO_SELECTION }),
  setExtraFilter: (extra, productLabel) =>
    set((s) => {
      const given = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as ExtraFilter;
      return { filter: { ...s.filter, ...given }, productLabel: given.productId !== undefined ? (productLabel ?? null) : s.productLabel, activeIndex: 0, ...NO_SELECTION };
    }),
  removeExtraFilter: (chip) =>
    set((s) => {
      const filter = { ...s.filter };
      for (const field of CHIP_FIELDS[chip]) delete filter[field];
      return { filter, productLabel: chip === 'product' ? null : s.productLabel, activeIndex: 0, ...NO_SELECTION };
    }),
  sortBy: (column) =>
    set((s) => ({
      sort: s.sort.column === column ? { column, direction: s.sort.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: FIRST_DIRECTION[column] },
      activeIndex: 0,
    })),
  setActiveIndex: (activeIndex) => set({ activeIndex }),
  setMode: (mode) => set({ mode }),
  setSelection: (selected, selectionAnchor) => set({ selected, selectionAnchor, allMatching: false }),
  selectAllMatching: (allMatching) => set({ allMatching, selected: [], selectionAnchor: null }),
  clearSelection: () => set(NO_SELECTION),
}));
