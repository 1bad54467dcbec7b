import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, rejectionsCsv } from '../../electron/core/imports/rejectionsCsv';

describe('rejected rows as CSV', () => {
  it('puts the file’s own columns first, then where and why each row was refused', () => {
    const csv = rejectionsCsv([
      { rowNumber: 4, column: 'price', reason: 'Row 4: the price "abc" cannot be read.', raw: JSON.stringify({ id: '7', price: 'abc' }) },
      { rowNumber: 9, column: null, reason: 'Row 9 has 3 fields but the header has 2.', raw: '1,2,3' },
    ]);
    const parsed = Papa.parse<string[]>(csv.trim(), { header: false }).data;
    expect(parsed[0]).toEqual(['id', 'price', 'Original text', 'Rejected row', 'Rejected column', 'Reason']);
    expect(parsed[1]).toEqual(['7', 'abc', '', '4', 'price', 'Row 4: the price "abc" cannot be read.']);
    expect(parsed[2]).toEqual(['', '', '1,2,3', '9', '', 'Row 9 has 3 fields but the header has 2.']);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)']) expect(neutraliseCell(cell)).toBe(`'${cell}`);
    expect(neutraliseCell('plain')).toBe('plain');
    const csv = rejectionsCsv([{ rowNumber: 2, column: null, reason: 'r', raw: JSON.stringify({ title: '=cmd|calc' }) }]);
    expect(csv).toContain("'=cmd|calc");
  });
});
