// A reviewer's decision on listings: infringing, not infringing, or back among the undecided ("suspect").
// One transaction for the lot, one custody event per listing that changed; bulk decisions reuse prepared statements
// and keep the custody chain's head in memory.
import type Database from 'better-sqlite3';
import type { ListingStatus } from '../../api/contract';
import type { DecisionSummary, ReviewDecision, ReviewTarget } from '../../api/reviewContract';
import { custodyAppender } from '../cases/custodyLog';
import { listingStatusWriter } from '../db/reviewRepository';
import { AssayError } from '../errors';
import { resolveReviewTarget } from './reviewTargets';

/** Statuses a case owns once a listing has been reported; a review decision leaves them alone. */
export const LOCKED_STATUSES: readonly ListingStatus[] = ['reported', 'taken_down'];

export const DECISION_ACTION = 'listing.decided';

export function decideListings(db: Database.Database, target: ReviewTarget, decision: ReviewDecision, actor: string, at: string): DecisionSummary {
  return db.transaction((): DecisionSummary => {
    const rows = resolveReviewTarget(db, target);
    const single = 'ids' in target && rows.length === 1 ? rows[0]! : null;
    if (single && LOCKED_STATUSES.includes(single.status)) {
      throw new AssayError('invalid_input', `Listing ${single.id} has been ${single.status === 'reported' ? 'reported' : 'taken down'}; its status now follows its case, not a review decision.`);
    }
    const setStatus = listingStatusWriter(db);
    const appendEvent = custodyAppender(db);
    const summary: DecisionSummary = { decided: 0, unchanged: 0, locked: 0 };
    for (const row of rows) {
      if (LOCKED_STATUSES.includes(row.status)) summary.locked += 1;
      else if (row.status === decision) summary.unchanged += 1;
      else {
        setStatus(row.id, decision);
        appendEvent({ at, actor, action: DECISION_ACTION, subjectType: 'listing', subjectId: row.id, details: { from: row.status, to: decision } });
        summary.decided += 1;
      }
    }
    return summary;
  })();
}
