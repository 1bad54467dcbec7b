// Shared by the hostile-input tests: 10,000 generated inputs per parser (random bytes, and valid files with
// bytes flipped, cut short or stuffed), a time limit per input, and a watch for unhandled rejections.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, expect } from 'vitest';

import { isAssayError } from '../../electron/core/errors';
import { readSource, sniffSource } from '../../electron/core/imports/source/readSource';

export const RUNS = 10_000;
export const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Call at the top of a test file: fails the file if any promise rejection went unhandled. */
export function failOnUnhandledRejections(): void {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  beforeAll(() => process.on('unhandledRejection', onUnhandled));
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
}
/** Reads a file through the import engine to the end; resolves to 'read' or 'refused', rethrows anything else. */
async function readThrough(file: string): Promise<'read' | 'refused'> {
  try {
    const sniffed = await sniffSource(file);
    for await (const batch of readSource(file, sniffed, { batchSize: 500 })) void batch;
    return 'read';
  } catch (e) {
    if (isAssayError(e)) return 'refused';
    throw e;
  }
}

/** A valid file's bytes, hurt: bytes flipped, the end cut off, junk inserted; or random bytes altogether. */
export const hurt = (valid: Buffer) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)),
    fc.tuple(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })).map(([flips]) => {
      const b = Buffer.from(valid);
      for (const [at, value] of flips) b[at % b.length] = value;
      return b;
    }),
    fc.nat().map((cut) => valid.subarray(0, cut % valid.length)),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => {
      const i = at % valid.length;
      return Buffer.concat([valid.subarray(0, i), Buffer.from(junk), valid.subarray(i)]);
    }),
  );

let n = 0;
export const nextName = (prefix: string, extension: string): string => path.join(dir, `${prefix}${n++ % 50}.${extension}`);
export async function fuzzFile(extension: string, valid: Buffer): Promise<void> {
  await fc.assert(
    fc.asyncProperty(hurt(valid), async (bytes) => {
      const file = nextName('f', extension);
      fs.writeFileSync(file, bytes);
      expect(['read', 'refused']).toContain(await readThrough(file));
    }),
    { numRuns: RUNS, seed: 8_2026, endOnFailure: true, timeout: 5_000 },
  );
}

