// Paging through an import's rejected rows, which may number in the hundreds of thousands: which slice to
// ask imports.rejections for, how many pages there are, and the "51–100 of 212" line under the table.
import { formatCount } from '../format/numberFormat';

export const REJECTION_PAGE_SIZE = 50;

/** Pages needed for total rows; at least one, so an empty list still has a page to show. */
export function pageCount(total: number, pageSize = REJECTION_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / pageSize));
}

/** A page number (0-based) kept within the pages that exist, e.g. after the total shrank. */
export function clampPage(page: number, total: number, pageSize = REJECTION_PAGE_SIZE): number {
  if (!Number.isFinite(page)) return 0;
  return Math.min(Math.max(0, Math.floor(page)), pageCount(total, pageSize) - 1);
}

/** The offset and limit to ask imports.rejections for to show one page. */
export function pageRequest(page: number, pageSize = REJECTION_PAGE_SIZE): { offset: number; limit: number } {
  return { offset: Math.max(0, Math.floor(page)) * pageSize, limit: pageSize };
}

/** "51–100 of 212"; "None" when there are no rows. */
export function pageRangeLabel(page: number, total: number, pageSize = REJECTION_PAGE_SIZE): string {
  if (total <= 0) return 'None';
  const current = clampPage(page, total, pageSize);
  const first = current * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
  return `${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`;
}
