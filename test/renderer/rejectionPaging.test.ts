// Paging through rejected rows: which slice to ask for, how many pages there are, a page kept within range
// when the total shrinks, and the "51–100 of 212" line.
import { describe, expect, it } from 'vitest';
import { REJECTION_PAGE_SIZE, clampPage, pageCount, pageRangeLabel, pageRequest } from '../../renderer/src/imports/rejectionPaging';

describe('rejected-row paging', () => {
  it('pages fifty rows at a time', () => {
    expect(REJECTION_PAGE_SIZE).toBe(50);
    expect(pageRequest(0)).toEqual({ offset: 0, limit: 50 });
    expect(pageRequest(3)).toEqual({ offset: 150, limit: 50 });
    expect(pageRequest(2, 20)).toEqual({ offset: 40, limit: 20 });
  });

  it('counts whole pages, and one page for none', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(51)).toBe(2);
    expect(pageCount(212)).toBe(5);
    expect(pageCount(1_000_000, 200)).toBe(5000);
  });

  it('keeps a page within the pages that exist', () => {
    expect(clampPage(-1, 212)).toBe(0);
    expect(clampPage(9, 212)).toBe(4);
    expect(clampPage(2, 212)).toBe(2);
    expect(clampPage(3, 0)).toBe(0);
    expect(clampPage(Number.NaN, 212)).toBe(0);
  });

  it('says which rows a page shows, the last page ending at the total', () => {
    expect(pageRangeLabel(0, 212)).toBe('1–50 of 212');
    expect(pageRangeLabel(1, 212)).toBe('51–100 of 212');
    expect(pageRangeLabel(4, 212)).toBe('201–212 of 212');
    expect(pageRangeLabel(0, 2)).toBe('1–2 of 2');
    expect(pageRangeLabel(0, 12_345, 1000)).toBe('1–1,000 of 12,345');
    expect(pageRangeLabel(0, 0)).toBe('None');
  });
});
