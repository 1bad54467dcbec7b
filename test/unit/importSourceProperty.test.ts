// Property: any table of strings that a CSV writer produces is read back exactly, for every delimiter, both
// quote characters, UTF-8 (with and without BOM) and UTF-16, and whatever the chunks the file is read in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource, sniffSource, type SourceEncoding } from '../../electron/core/imports/source/readSource';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SPECIALS = [',', ';', '\t', '|', '"', "'", '\n', '\r', '\r\n', ' ', '=', '\uFFFD', 'é', '®', '😀'];
// Any code point but NUL (a NUL byte marks a binary file, which is refused whole).
const cell = fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\0')), maxLength: 12 });
// Headers a person could map as they are: trimmed, not empty, distinct, not starting with a BOM.
const header = cell.filter((h) => h.trim() === h && h !== '' && !h.startsWith('\uFEFF'));

const table = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc.record({
    headers: fc.uniqueArray(header, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }),
  }),
);

function encode(text: string, encoding: SourceEncoding, bom: boolean): Buffer {
  if (encoding === 'utf-8') return Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
}

let n = 0;
describe('reading back what a CSV writer wrote', () => {
  it('returns every header and every cell exactly, for , ; tab | and both quote characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('"', "'"),
        fc.constantFrom<[SourceEncoding, boolean]>(['utf-8', false], ['utf-8', true], ['utf-16le', true], ['utf-16be', true]),
        fc.constantFrom(1, 2, 3, 7, 64, 1 << 20),
        async ({ headers, rows }, delimiter, quote, [encoding, bom], chunkBytes) => {
          const text = Papa.unparse({ fields: headers, data: rows }, { delimiter, quoteChar: quote, newline: '\r\n' });
          const file = path.join(dir, `t${n++}.csv`);
          fs.writeFileSync(file, encode(text, encoding, bom));
          const sniffed = await sniffSource(file, { delimiter, quote });
          expect(sniffed.encoding).toBe(encoding);
          expect(sniffed.headers).toEqual(headers);
          const got: string[][] = [];
          for await (const batch of readSource(file, sniffed, { delimiter, quote, chunkBytes, batchSize: 5 })) {
            expect(batch.errors).toEqual([]);
            got.push(...batch.rows.map((r) => headers.map((h) => r.values[h]!)));
          }
          // A one-field row that is empty is a blank line, which no reader can tell from none.
          expect(got).toEqual(rows);
        },
      ),
      { numRuns: 300, seed: 20240514 },
    );
  }, 120_000);
});
