// Hostile bytes for the archive readers (XLSX, backup archives) and hostile values for every contract operation's
// input schema, 10,000 inputs each. Each is read or refused with a clear error; nothing else may escape.
import fs from 'node:fs';

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { dispatch } from '../../electron/api/dispatch';
import { operationNames, type Handlers } from '../../electron/api/contract';
import { inspectBackup } from '../../electron/core/backup/inspectBackup';
import { isAssayError } from '../../electron/core/errors';
import { exportPacket } from '../../electron/core/packets/exportPacket';
import { verifyPacket } from '../../electron/core/packets/verifyPacket';
import { buildPacketFixture } from '../support/packetFixture';
import { RUNS, failOnUnhandledRejections, fuzzFile, hurt, nextName } from '../support/hostileInput';
import { rawZip } from '../support/rawZip';

failOnUnhandledRejections();

describe('archive readers survive hostile bytes', () => {
  it(`XLSX: ${RUNS.toLocaleString('en-US')} inputs`, async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Listings');
    sheet.addRow(['listing_id', 'title', 'price']);
    sheet.addRow(['1', 'Tote', 12.5]);
    sheet.addRow(['2', { formula: 'HYPERLINK("http://x","y")' }, 3]);
    const valid = Buffer.from(await book.xlsx.writeBuffer());
    await fuzzFile('xlsx', valid);
  }, 900_000);

  it(`backup archives: ${RUNS.toLocaleString('en-US')} inputs`, async () => {
    const manifest = JSON.stringify({ format: 'assay-backup', version: 1, created_at: '2026-01-01T00:00:00Z', schema_version: 4, custody_events: 0, custody_head: '0'.repeat(64), files: [] });
    const valid = rawZip([
      { name: 'assay.db', data: 'SQLite format 3\0' },
      { name: 'backup.json', data: manifest },
    ]);
    await fc.assert(
      fc.asyncProperty(hurt(valid), async (bytes) => {
        const file = nextName('b', 'zip');
        fs.writeFileSync(file, bytes);
        try {
          await inspectBackup(file);
        } catch (e) {
          if (!isAssayError(e)) throw e;
        }
      }),
      { numRuns: RUNS, seed: 8_2026, endOnFailure: true, timeout: 5_000 },
    );
  }, 600_000);
});

describe('the packet verifier survives hostile packets', () => {
  it(`a signed packet ZIP hurt anywhere: ${RUNS.toLocaleString('en-US')} inputs, each judged or refused with a sentence`, async () => {
    const f = await buildPacketFixture({ listings: 3, imagesPerListing: 1 });
    const out = nextName('packet', 'zip');
    await exportPacket(f.ws, { caseId: f.caseId, profile: 'dmca', out, zip: true, force: true, time: new Date('2026-03-01T00:00:00Z') });
    f.ws.close();
    const valid = fs.readFileSync(out);
    expect(await verifyPacket(out)).toMatchObject({ ok: true });
    await fc.assert(
      fc.asyncProperty(hurt(valid), async (bytes) => {
        const file = nextName('p', 'zip');
        fs.writeFileSync(file, bytes);
        try {
          // A verdict either way is fine (a flipped timestamp in a ZIP header changes no file); only a crash is not.
          expect(typeof (await verifyPacket(file)).ok).toBe('boolean');
        } catch (e) {
          if (!isAssayError(e)) throw e;
        }
      }),
      { numRuns: RUNS, seed: 8_2026, endOnFailure: true, timeout: 10_000 },
    );
  }, 900_000);
});

describe("the contract's input schemas", () => {
  it(`refuse ${RUNS.toLocaleString('en-US')} hostile inputs with a Result, and never call a handler with input they refused`, async () => {
    const reached: string[] = [];
    // Every handler records that it ran and returns nothing: only inputs the schema accepted may reach one.
    const handlers = new Proxy({} as Handlers, { get: (_t, op: string) => () => void reached.push(op) });
    const hostile = fc.oneof(
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withObjectString: true }),
      fc.record({ id: fc.oneof(fc.double(), fc.string(), fc.constant(-1), fc.constant(2 ** 60)) }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'id', 'path', 'query', 'filter', 'limit'), fc.anything()),
      fc.string({ maxLength: 5 }).map((s) => ({ query: s.repeat(100_000) })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...operationNames, 'no.such.op', '__proto__', 'constructor'), hostile, async (op, input) => {
        const before = reached.length;
        const result = await dispatch(handlers, op, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(['invalid_input', 'unknown_operation']).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(10);
          expect(reached.length).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: 8_2026 },
    );
  }, 300_000);
});
