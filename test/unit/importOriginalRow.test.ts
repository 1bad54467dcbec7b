// The compact storage of each listing's original row gives back exactly the row it was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOriginalRow, originalRowEncoder } from '../../electron/core/imports/originalRow';
import { uniqueHeaders } from '../../electron/core/imports/source/headerNames';

const FIELDS = ['marketplace', 'listing_id', 'url', 'title', 'description', 'brand', 'currency', 'seller_name', 'seller_location', 'price'];

describe('original rows', () => {
  it('decodes to the very row that was encoded, whatever the columns, mapping and stored listing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 8 }).map(uniqueHeaders),
        fc.array(fc.string({ maxLength: 6 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.constantFrom(...FIELDS), { minLength: 8, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (headers, cells, fields, copied) => {
          const values: Record<string, string> = {};
          headers.forEach((h, i) => Object.defineProperty(values, h, { value: cells[i]!, enumerable: true, writable: true, configurable: true }));
          const mapping: Record<string, string> = {};
          const listing: Record<string, unknown> = { price: 12 };
          headers.forEach((h, i) => {
            const f = fields[i]!;
            if (mapping[f] !== undefined) return;
            mapping[f] = h;
            // The listing stores either the very text (so the row need not repeat it) or something cleaned.
            listing[f] = copied[i] ? cells[i] : `${cells[i]}*`;
          });
          const raw = originalRowEncoder(7, { headers, mapping })(values, listing);
          const decoded = decodeOriginalRow(raw, listing, (id) => (id === 7 ? { headers, mapping } : null));
          expect(decoded).toEqual(values);
          expect(Object.keys(decoded)).toEqual(Object.keys(values));
        },
      ),
    );
  });

  it('stores a text the listing keeps as is only once, and a row that does not fit the columns as an object', () => {
    const columns = { headers: ['title', 'Preis', 'note'], mapping: { title: 'title', price: 'Preis' } };
    const encode = originalRowEncoder(3, columns);
    const raw = encode({ title: 'Tote bag', Preis: 'US $5', note: '' }, { title: 'Tote bag', price: 5 });
    expect(JSON.parse(raw)).toEqual([3, 0, 'US $5', '']);
    expect(decodeOriginalRow(raw, { title: 'Tote bag' }, () => columns)).toEqual({ title: 'Tote bag', Preis: 'US $5', note: '' });
    const extra = { title: 'x', Preis: '1', note: '', 'Column D': 'more' };
    expect(JSON.parse(encode(extra, { title: 'x' }))).toEqual(extra);
    expect(decodeOriginalRow(JSON.stringify(extra), {}, () => null)).toEqual(extra);
  });

  it('keeps every value under its position when the import record cannot be found', () => {
    expect(decodeOriginalRow('[9,"a","b"]', {}, () => null)).toEqual({ 'Column 1': 'a', 'Column 2': 'b' });
  });
});
