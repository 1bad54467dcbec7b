// How much of a batch a scoring run keeps for its own thread: both threads equally busy, within bounds.
import { describe, expect, it } from 'vitest';
import { listingsKept } from '../../electron/core/compare/scoringShare';

describe('listingsKept', () => {
  it('keeps nothing before a batch has been measured, or when reading and writing outlast scoring a batch', () => {
    expect(listingsKept(10_000, null)).toBe(0);
    expect(listingsKept(10_000, { otherMsPerBatch: Infinity, scoreMsPerListing: 0.1 })).toBe(0);
    // Scoring 10,000 takes 1,000 ms; reading and writing take 1,400 ms: the scoring thread is already the faster.
    expect(listingsKept(10_000, { otherMsPerBatch: 1_400, scoreMsPerListing: 0.1 })).toBe(0);
    expect(listingsKept(10_000, { otherMsPerBatch: 500, scoreMsPerListing: 0 })).toBe(0);
  });

  it('balances the two threads: what it keeps plus the other work equals what the scoring thread is given', () => {
    // 2,500 ms to score a batch, 700 ms of reading and writing: keep 3,600, so 700 + 3,600 × 0.25 = 6,400 × 0.25 = 1,600 ms.
    const costs = { otherMsPerBatch: 700, scoreMsPerListing: 0.25 };
    const kept = listingsKept(10_000, costs);
    expect(kept).toBe(3_600);
    expect(costs.otherMsPerBatch + kept * costs.scoreMsPerListing).toBeCloseTo((10_000 - kept) * costs.scoreMsPerListing, 6);
  });

  it('never keeps more than half a batch', () => {
    expect(listingsKept(10_000, { otherMsPerBatch: 0, scoreMsPerListing: 0.2 })).toBe(5_000);
    expect(listingsKept(3, { otherMsPerBatch: 0, scoreMsPerListing: 0.2 })).toBe(2);
  });
});
