// A case's listings: adding and removing them, the platform reason each is reported under, and what became of
// each one. Every change writes its custody event in the same transaction.
import type Database from 'better-sqlite3';
import { LISTING_OUTCOMES, reasonLabel, reasonsForMarketplace, resolvePlatformReason, type ListingOutcome } from '../../api/caseVocabulary';
import {
  caseListingReason,
  deleteCaseListing,
  getCaseRecord,
  insertCaseListing,
  listingMarketplaces,
  setCaseListingOutcome,
  setCaseListingReason,
  setListingStatusWhere,
  touchCase,
  type CaseRecord,
} from '../db/caseRepository';
import { AssayError } from '../errors';
import { appendCustodyEvent } from './custodyLog';

export interface AddedListings {
  /** Listings newly in the case. */
  added: number[];
  /** Listings that were in the case already (left as they were). */
  alreadyInCase: number[];
}

/** The case, or a not_found error naming its id. */
export function requireCase(db: Database.Database, caseId: number): CaseRecord {
  const found = getCaseRecord(db, caseId);
  if (!found) throw new AssayError('not_found', `Case ${caseId} does not exist in this workspace.`);
  return found;
}

/**
 * Adds listings to a case, each under the platform reason `reason` names for its marketplace: a reason code
 * ("ebay_vero:1.1"), a kind ("counterfeit", "trademark"), or nothing for the marketplace's counterfeit reason.
 * Refuses the lot, naming the listing, when a listing does not exist or the reason does not fit its marketplace.
 */
export function addListingsToCase(db: Database.Database, caseId: number, listingIds: readonly number[], reason: string | undefined, actor: string, at: string): AddedListings {
  return db.transaction((): AddedListings => {
    const c = requireCase(db, caseId);
    if (c.status === 'submitted' || c.status === 'resolved') {
      throw new AssayError('invalid_input', `Case ${caseId} is ${c.status}; its listings are fixed. Open a new case for these listings.`);
    }
    const ids = [...new Set(listingIds)];
    if (ids.length === 0) throw new AssayError('invalid_input', 'Choose at least one listing to add to the case.');
    const marketplaces = listingMarketplaces(db, ids);
    const missing = ids.find((id) => !marketplaces.has(id));
    if (missing !== undefined) throw new AssayError('not_found', `Listing ${missing} does not exist in this workspace.`);
    const reasonOf = new Map<number, string>();
    for (const id of ids) {
      const marketplace = marketplaces.get(id)!;
      const resolved = resolvePlatformReason(marketplace, reason);
      if (!resolved) {
        const options = reasonsForMarketplace(marketplace).map((r) => r.code).join(', ');
        throw new AssayError('invalid_input', `"${reason}" is not a reason listing ${id} on ${marketplace} can be reported under; use one of ${options}.`);
      }
      reasonOf.set(id, resolved.code);
    }
    const added: number[] = [];
    const alreadyInCase: number[] = [];
    for (const id of ids) (insertCaseListing(db, caseId, id, reasonOf.get(id)!, at) ? added : alreadyInCase).push(id);
    if (added.length) {
      touchCase(db, caseId, at);
      appendCustodyEvent(db, {
        at,
        actor,
        action: 'case.listings_added',
        subjectType: 'case',
        subjectId: caseId,
        details: { count: added.length, listingIds: added, reasons: [...new Set(added.map((id) => reasonOf.get(id)!))].sort() },
      });
    }
    return { added, alreadyInCase };
  })();
}

export function removeListingsFromCase(db: Database.Database, caseId: number, listingIds: readonly number[], actor: string, at: string): { removed: number[] } {
  return db.transaction(() => {
    const c = requireCase(db, caseId);
    if (c.status === 'submitted' || c.status === 'resolved') throw new AssayError('invalid_input', `Case ${caseId} is ${c.status}; its listings can no longer be removed.`);
    const removed = [...new Set(listingIds)].filter((id) => deleteCaseListing(db, caseId, id));
    if (removed.length === 0) throw new AssayError('not_found', `None of listings ${listingIds.join(', ')} is in case ${caseId}.`);
    touchCase(db, caseId, at);
    appendCustodyEvent(db, { at, actor, action: 'case.listings_removed', subjectType: 'case', subjectId: caseId, details: { count: removed.length, listingIds: removed } });
    return { removed };
  })();
}

function requireCaseListing(db: Database.Database, caseId: number, listingId: number) {
  requireCase(db, caseId);
  const row = caseListingReason(db, caseId, listingId);
  if (!row) throw new AssayError('not_found', `Listing ${listingId} is not in case ${caseId}.`);
  return row;
}

/** Changes the platform reason one listing is reported under; the reason must fit its marketplace. */
export function setListingReason(db: Database.Database, caseId: number, listingId: number, reason: string, actor: string, at: string): string {
  return db.transaction(() => {
    const c = requireCase(db, caseId);
    if (c.status === 'submitted' || c.status === 'resolved') throw new AssayError('invalid_input', `Case ${caseId} is ${c.status}; the reasons it was reported under are fixed.`);
    const row = requireCaseListing(db, caseId, listingId);
    const resolved = resolvePlatformReason(row.marketplace, reason);
    if (!resolved) {
      const options = reasonsForMarketplace(row.marketplace).map((r) => r.code).join(', ');
      throw new AssayError('invalid_input', `"${reason}" is not a reason listing ${listingId} on ${row.marketplace} can be reported under; use one of ${options}.`);
    }
    if (resolved.code === row.reason) return resolved.code;
    setCaseListingReason(db, caseId, listingId, resolved.code);
    touchCase(db, caseId, at);
    appendCustodyEvent(db, {
      at,
      actor,
      action: 'case.listing_reason_changed',
      subjectType: 'case',
      subjectId: caseId,
      details: { listingId, from: row.reason, to: resolved.code, label: reasonLabel(resolved.code) },
    });
    return resolved.code;
  })();
}

/**
 * Records what the platform did with one listing (null clears it). Only a submitted or resolved case has
 * outcomes; a takedown also marks the listing itself taken down.
 */
export function setListingOutcome(db: Database.Database, caseId: number, listingId: number, outcome: ListingOutcome | null, actor: string, at: string): void {
  if (outcome !== null && !LISTING_OUTCOMES.includes(outcome)) throw new AssayError('invalid_input', `"${String(outcome)}" is not a listing outcome; use one of ${LISTING_OUTCOMES.join(', ')}.`);
  db.transaction(() => {
    const c = requireCase(db, caseId);
    if (c.status !== 'submitted' && c.status !== 'resolved') throw new AssayError('invalid_input', `Case ${caseId} is ${c.status}; record outcomes once it has been submitted.`);
    const row = requireCaseListing(db, caseId, listingId);
    if (row.outcome === outcome) return;
    setCaseListingOutcome(db, caseId, listingId, outcome, outcome === null ? null : at);
    if (outcome === 'taken_down') setListingStatusWhere(db, listingId, 'taken_down', ['new', 'suspect', 'infringing', 'reported']);
    else if (row.outcome === 'taken_down') setListingStatusWhere(db, listingId, 'reported', ['taken_down']);
    touchCase(db, caseId, at);
    appendCustodyEvent(db, { at, actor, action: 'case.listing_outcome', subjectType: 'case', subjectId: caseId, details: { listingId, from: row.outcome, outcome } });
  })();
}
