// Scores batches of listings for scoreWorkspace, the same way on its own thread and on its scoring thread
// (batchScoreWorker.ts): the listing scorer, and, for listings a reviewer said match no product, the rules run
// without any product beside the matcher's candidates.
import type { ScoredListing, ScoringListing } from '../db/scoringRepository';
import { sha256Hex } from '../hashing';
import { createListingScorer, type ListingScorer, type ScoringInputs } from './listingScorer';

/** A listing to score, with the hash of its inputs (worked out by the caller, which compares it with the stored one). */
export interface ScoringItem {
  listing: ScoringListing;
  inputHash: string;
}

export interface BatchScorer {
  /** The hash of a listing's inputs, a "no product" correction included. */
  inputHash(listing: ScoringListing): string;
  scoreBatch(items: readonly ScoringItem[]): ScoredListing[];
}

const isNoProduct = (l: ScoringListing): boolean => l.corrected === 1 && l.corrected_product_id === null;

export function createBatchScorer(inputs: ScoringInputs): BatchScorer {
  const scorer = createListingScorer(inputs);
  // The rules without any product: made when the first "no product" listing comes.
  let productless: ListingScorer | null = null;

  /** A "no product" correction stands: the findings are those of a listing with no product, the candidates still shown. */
  function scoreWithoutProduct(l: ScoringListing, inputHash: string): ScoredListing {
    const matched = scorer.score(l, inputHash);
    productless ??= createListingScorer({ ...inputs, products: [] });
    const alone = productless.score(l, inputHash);
    return { ...alone, productId: null, score: matched.score, candidates: matched.candidates, corrected: true };
  }

  return {
    // The correction to "no product" is an input too: making or undoing it re-scores the listing.
    inputHash: (l) => (isNoProduct(l) ? sha256Hex(`no product\u0000${scorer.inputHash(l)}`) : scorer.inputHash(l)),
    scoreBatch: (items) => items.map(({ listing, inputHash }) => (isNoProduct(listing) ? scoreWithoutProduct(listing, inputHash) : scorer.score(listing, inputHash))),
  };
}
