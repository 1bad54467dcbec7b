// "Add to case" from the review queue or the grid: the chosen listings, or every listing a filter matches, go into
// an open case or a new one. The cases domain adds them (each under its marketplace's counterfeit reason) and
// writes the custody events.
import type Database from 'better-sqlite3';
import type { AddedToCase, ReviewTarget } from '../../api/reviewContract';
import { addListingsToCase, requireCase } from '../cases/caseListings';
import { createCase } from '../cases/createCase';
import { AssayError } from '../errors';
import { resolveReviewTarget } from './reviewTargets';

export interface AddToCaseInput {
  target: ReviewTarget;
  caseId?: number | undefined;
  newCaseName?: string | undefined;
}

export function addReviewedListingsToCase(db: Database.Database, input: AddToCaseInput, actor: string, at: string): AddedToCase {
  return db.transaction((): AddedToCase => {
    const ids = resolveReviewTarget(db, input.target).map((r) => r.id);
    if (ids.length === 0) throw new AssayError('invalid_input', 'No listing matches this filter, so there is nothing to add to a case.');
    if (input.newCaseName !== undefined) {
      const created = createCase(db, { name: input.newCaseName, listingIds: ids, actor, at });
      return { caseId: created.caseId, caseName: input.newCaseName.trim(), added: created.listingsAdded, alreadyInCase: ids.length - created.listingsAdded };
    }
    if (input.caseId === undefined) throw new AssayError('invalid_input', 'Choose a case, or name a new one.');
    const c = requireCase(db, input.caseId);
    const result = addListingsToCase(db, input.caseId, ids, undefined, actor, at);
    return { caseId: c.id, caseName: c.name, added: result.added.length, alreadyInCase: result.alreadyInCase.length };
  })();
}
