// The review operations of the contract: decisions, match corrections, the side-by-side comparison, a listing's
// history, the review queue, and adding reviewed listings to a case.
import type { Handlers } from '../../api/contract';
import type { Workspace } from '../db/openWorkspace';
import { currentActor } from '../imports/actor';
import { addReviewedListingsToCase } from '../review/addToCase';
import { correctListingMatch } from '../review/correctMatch';
import { decideListings } from '../review/decideListings';
import { listingComparison } from '../review/listingComparison';
import { listingHistory } from '../review/listingHistory';
import { reviewQueue } from '../review/reviewQueue';

type ReviewOperations = 'review.decide' | 'review.correctMatch' | 'review.history' | 'review.comparison' | 'review.queue' | 'review.addToCase';

export function reviewHandlers(ws: Workspace): Pick<Handlers, ReviewOperations> {
  const { db } = ws;
  const now = () => new Date().toISOString();
  return {
    'review.decide': ({ target, decision }) => decideListings(db, target, decision, currentActor(), now()),
    'review.correctMatch': ({ listingId, productId }) => {
      correctListingMatch(db, listingId, productId, currentActor(), now());
      return listingComparison(db, listingId);
    },
    'review.history': ({ listingId }) => listingHistory(db, listingId),
    'review.comparison': ({ listingId }) => listingComparison(db, listingId),
    'review.queue': (input) => reviewQueue(db, input),
    'review.addToCase': (input) => addReviewedListingsToCase(db, input, currentActor(), now()),
  };
}
