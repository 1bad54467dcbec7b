// The columns of the listings grid: header text, width, and which database sort (if any) a header click
// asks for. Header and rows share one CSS grid template built from these widths.
import type { ListingSortColumn } from '../../../electron/api/contract';

export interface ListingColumn {
  key: 'marketplace' | 'listingId' | 'title' | 'risk' | 'price' | 'seller' | 'location' | 'status' | 'lastSeen';
  label: string;
  /** A CSS grid track size. */
  width: string;
  sort: ListingSortColumn | null;
  numeric?: boolean;
}

export const LISTING_COLUMNS: readonly ListingColumn[] = [
  // Wide enough for the bulk-action tick box before the marketplace's name.
  { key: 'marketplace', label: 'Marketplace', width: '124px', sort: 'marketplace' },
  { key: 'listingId', label: 'Listing ID', width: '120px', sort: null },
  { key: 'title', label: 'Title', width: 'minmax(200px, 1fr)', sort: 'title' },
  // Beside the title, so the riskiest listings read as a queue once sorted.
  { key: 'risk', label: 'Risk', width: '60px', sort: 'risk', numeric: true },
  { key: 'price', label: 'Price', width: '240px', sort: 'price', numeric: true },
  { key: 'seller', label: 'Seller', width: '136px', sort: 'seller_name' },
  { key: 'location', label: 'Location', width: '100px', sort: null },
  { key: 'status', label: 'Status', width: '112px', sort: 'status' },
  { key: 'lastSeen', label: 'Last seen', width: '100px', sort: 'last_seen', numeric: true },
];

/** The grid-template-columns shared by the header and every row. */
export const LISTING_GRID_TEMPLATE = LISTING_COLUMNS.map((c) => c.width).join(' ');

/** Sum of the minimum column widths, below which the grid scrolls sideways. */
export const LISTING_GRID_MIN_WIDTH = LISTING_COLUMNS.reduce((sum, c) => sum + Number(/(\d+)px/.exec(c.width)?.[1] ?? 0), 0);
