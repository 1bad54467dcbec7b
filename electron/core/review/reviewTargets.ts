// Which listings a review action applies to: the ones chosen in the grid, or every listing the grid's filter
// matches. Chosen ids that do not exist are refused by name, so a stale selection never passes silently.
import type { ReviewTarget } from '../../api/reviewContract';
import type Database from 'better-sqlite3';
import { filteredListingStatuses, listingStatuses, type ListingStatusRow } from '../db/reviewRepository';
import { AssayError } from '../errors';

export function resolveReviewTarget(db: Database.Database, target: ReviewTarget): ListingStatusRow[] {
  if ('filter' in target) return filteredListingStatuses(db, target.filter);
  const found = listingStatuses(db, target.ids);
  if (found.length !== new Set(target.ids).size) {
    const known = new Set(found.map((r) => r.id));
    const missing = target.ids.filter((id) => !known.has(id));
    throw new AssayError('not_found', `Listing ${missing[0]} does not exist in this workspace${missing.length > 1 ? ` (nor do ${missing.length - 1} more of the chosen listings)` : ''}.`);
  }
  return found;
}
