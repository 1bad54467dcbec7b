// Human labels for listing and case statuses, in the order people work through them.
// The vocabulary comes from electron/api/vocabulary.ts, which has no zod (its eval probe would trip the CSP).
import { CASE_STATUSES, LISTING_STATUSES, type CaseStatus, type ListingStatus } from '../../../electron/api/vocabulary';

const LISTING: Record<ListingStatus, string> = {
  new: 'New',
  suspect: 'Suspect',
  infringing: 'Infringing',
  not_infringing: 'Not infringing',
  reported: 'Reported',
  taken_down: 'Taken down',
};

const CASE: Record<CaseStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  ready: 'Ready',
  submitted: 'Submitted',
  resolved: 'Resolved',
};

export function listingStatusLabel(status: string): string {
  return LISTING[status as ListingStatus] ?? status;
}

export function caseStatusLabel(status: string): string {
  return CASE[status as CaseStatus] ?? status;
}

/** Listing statuses in working order. */
export const LISTING_STATUS_ORDER: readonly ListingStatus[] = LISTING_STATUSES;

/** Case stages from draft to resolved. */
export const CASE_STATUS_ORDER: readonly CaseStatus[] = CASE_STATUSES;
