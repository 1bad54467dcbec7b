// A listing's history for the reviewer: its custody events newest first, each told as a sentence, and the prices
// it was seen at across imports.
import type Database from 'better-sqlite3';
import type { HistoryEvent, ListingHistory } from '../../api/reviewContract';
import { listingCustodyEvents, listingExists, listingPrices, type CustodyRecord } from '../db/reviewRepository';
import { AssayError } from '../errors';
import { CORRECTION_ACTION } from './correctMatch';
import { DECISION_ACTION } from './decideListings';

const STATUS_WORDS: Record<string, string> = {
  new: 'new',
  suspect: 'undecided',
  infringing: 'infringing',
  not_infringing: 'not infringing',
  reported: 'reported',
  taken_down: 'taken down',
};

const statusWord = (s: unknown) => STATUS_WORDS[String(s)] ?? String(s);
const skuOf = (p: unknown) => (p && typeof p === 'object' && 'sku' in p ? String((p as { sku: unknown }).sku) : null);

export function historySummary(e: Pick<CustodyRecord, 'action' | 'details'>): string {
  const d = e.details;
  if (e.action === DECISION_ACTION) {
    return d.to === 'suspect' ? `Put back among the undecided (was ${statusWord(d.from)})` : `Marked ${statusWord(d.to)} (was ${statusWord(d.from)})`;
  }
  if (e.action === CORRECTION_ACTION) {
    const to = skuOf(d.to);
    const from = skuOf(d.from);
    return `${to ? `Match corrected to ${to}` : 'Match corrected to no product'} (was ${from ?? 'no product'})`;
  }
  // Other domains' events about this listing: say what happened in their own words.
  return e.action.replace(/[._]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export function listingHistory(db: Database.Database, listingId: number): ListingHistory {
  if (!listingExists(db, listingId)) throw new AssayError('not_found', `Listing ${listingId} does not exist in this workspace.`);
  const events: HistoryEvent[] = listingCustodyEvents(db, listingId).map((e) => ({ ...e, summary: historySummary(e) }));
  return { events, prices: listingPrices(db, listingId) };
}
