// How much of each batch a large scoring run scores on its own thread, beside the scoring thread that takes the
// rest. The run's own thread also reads the listings and writes each batch's results; left to that alone it waits
// on the scoring thread for much of a run. Giving it a share of the scoring that makes both threads equally busy
// makes the run as short as two threads can make it, whatever this machine's balance of SQLite and matching costs.

/** What the run's own thread has measured so far, per batch and per listing. */
export interface ScoringCosts {
  /** Time spent per batch reading listings and writing results, in ms. */
  otherMsPerBatch: number;
  /** Time to score one listing, in ms (the same code on either thread). */
  scoreMsPerListing: number;
}

/** At most half a batch stays: past that the scoring thread would be the one waiting. */
const MOST_KEPT = 0.5;

/**
 * How many of a batch's `size` listings to score on the run's own thread so that it is as busy as the scoring
 * thread, which scores the rest meanwhile: the run's thread spends other + kept × s, the scoring thread
 * (size − kept) × s, and the two are equal when kept = (size × s − other) / 2s. None when reading and writing
 * alone already take longer than scoring a batch; nothing is known before a first batch is measured.
 */
export function listingsKept(size: number, costs: ScoringCosts | null): number {
  if (costs === null || !(costs.scoreMsPerListing > 0) || !Number.isFinite(costs.otherMsPerBatch)) return 0;
  const kept = (size * costs.scoreMsPerListing - Math.max(0, costs.otherMsPerBatch)) / (2 * costs.scoreMsPerListing);
  return Math.round(Math.min(size * MOST_KEPT, Math.max(0, kept)));
}
