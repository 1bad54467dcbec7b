// Status labels: every status of the contract reads as words, in the contract's order.
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, LISTING_STATUSES } from '../../electron/api/contract';
import { CASE_STATUS_ORDER, LISTING_STATUS_ORDER, caseStatusLabel, listingStatusLabel } from '../../renderer/src/format/statusLabels';

describe('status order and labels', () => {
  it('lists exactly the contract’s listing statuses, in its order', () => {
    expect(LISTING_STATUS_ORDER).toEqual([...LISTING_STATUSES]);
  });

  it('lists exactly the contract’s case statuses, from draft to resolved', () => {
    expect(CASE_STATUS_ORDER).toEqual([...CASE_STATUSES]);
  });

  it('has a label for every status, not the stored value', () => {
    for (const s of LISTING_STATUSES) expect(listingStatusLabel(s)).not.toBe(s);
    for (const s of CASE_STATUSES) expect(caseStatusLabel(s)).not.toBe(s);
  });

  it('reads statuses as words, and shows an unknown one as stored', () => {
    expect(listingStatusLabel('not_infringing')).toBe('Not infringing');
    expect(caseStatusLabel('in_review')).toBe('In review');
    expect(listingStatusLabel('quarantined')).toBe('quarantined');
  });
});
