// The listings a listing query (listingQuery.ts) selects, for opening a case from a search.
import type Database from 'better-sqlite3';
import { listingIdsMatching } from '../db/caseRepository';
import { AssayError } from '../errors';
import { parseListingQuery } from './listingQuery';

/** Most listings one case may be opened with; a wider query is refused so a typo does not file the workspace. */
export const MAX_CASE_LISTINGS = 100_000;

export function selectListings(db: Database.Database, query: string): number[] {
  const ids = listingIdsMatching(db, parseListingQuery(query), MAX_CASE_LISTINGS);
  if (ids.length > MAX_CASE_LISTINGS) throw new AssayError('invalid_input', `The listing query "${query}" matches more than ${MAX_CASE_LISTINGS.toLocaleString('en-US')} listings; narrow it.`);
  return ids;
}
