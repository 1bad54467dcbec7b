// The review queue: listings nobody has decided yet (new or suspect), the riskiest first, read a keyset page at a
// time through the grid's own paging, so a decision made meanwhile never shifts the pages that follow.
import type Database from 'better-sqlite3';
import type { ListingCursor, ListingFilter, ListingPage, ListingStatus } from '../../api/contract';
import { countListings, listingsPage } from '../db/listingsRepository';

export const UNDECIDED_STATUSES: readonly ListingStatus[] = ['new', 'suspect'];

/** The grid's filter narrowed to undecided listings (keeping only undecided statuses the filter already asks for). */
export function queueFilter(filter: ListingFilter): ListingFilter {
  const asked = filter.statuses.filter((s) => UNDECIDED_STATUSES.includes(s));
  return { ...filter, statuses: filter.statuses.length && asked.length ? asked : [...UNDECIDED_STATUSES] };
}

export function reviewQueue(db: Database.Database, input: { filter: ListingFilter; after?: ListingCursor | undefined; limit: number }): ListingPage & { total: number } {
  const filter = queueFilter(input.filter);
  // A filter on decided statuses only leaves nothing to review.
  if (input.filter.statuses.length && !input.filter.statuses.some((s) => UNDECIDED_STATUSES.includes(s))) return { rows: [], next: null, total: 0 };
  const page = listingsPage(db, { filter, sort: { column: 'risk', direction: 'desc' }, limit: input.limit, ...(input.after ? { after: input.after } : {}) });
  return { ...page, total: countListings(db, filter) };
}
