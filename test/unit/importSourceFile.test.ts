// The file as a whole: what is refused before a row is read (missing, folder, empty, binary), which format a
// file is when its extension lies, and how reading streams: batches, progress, cancelling, previews, memory.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewSource, readSource, sniffSource } from '../../electron/core/imports/source/readSource';
import type { SourceBatch } from '../../electron/core/imports/source/sourceTypes';
import { sourceDir, sourceFilePath, writeSourceFile as write } from '../support/sourceFiles';

/** A CSV of `rows` ten-column rows, written in pieces so the test itself never holds it whole. */
function bigCsv(rows: number): string {
  const file = sourceFilePath('big.csv');
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'id,title,price,currency,seller,url,sku,gtin,country,note\n');
  for (let start = 0; start < rows; start += 10_000) {
    let chunk = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      chunk += `${i},Widget model ${i % 977},${(i % 10_000) / 100},EUR,seller${i % 5000},https://shop.example/item/${i},SKU-${i},${4_000_000_000_000 + i},DE,"note, ${i}"\n`;
    }
    fs.writeSync(fd, chunk);
  }
  fs.closeSync(fd);
  return file;
}

describe('files that cannot be read at all', () => {
  it('refuses a missing file, naming its path', async () => {
    const file = sourceFilePath('nowhere.csv');
    await expect(sniffSource(file)).rejects.toMatchObject({ code: 'invalid_input', message: `There is no file at ${file}.` });
  });

  it('refuses a folder', async () => {
    await expect(sniffSource(sourceDir())).rejects.toThrow(/is a folder; give the path of a file to import\./);
  });

  it('refuses an empty file, naming it', async () => {
    const file = write('empty.csv', '');
    await expect(sniffSource(file)).rejects.toMatchObject({ code: 'invalid_input', message: `${path.basename(file)} is empty: there is nothing to import.` });
  });

  it('refuses a PNG image named .csv, saying what it is', async () => {
    const file = write('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await expect(sniffSource(file)).rejects.toMatchObject({ code: 'invalid_input', message: `${path.basename(file)} is a PNG image, not a listing export. Assay reads CSV, TSV, JSON, NDJSON and .xlsx files.` });
  });

  it('refuses an old .xls workbook with what to do instead', async () => {
    const file = write('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(sniffSource(file)).rejects.toThrow(/save it as \.xlsx or CSV/);
  });

  it('refuses a file with NUL bytes that is not UTF-16 as binary', async () => {
    const file = write('blob.txt', Buffer.from('abc\0\x01\x02\0\0\0xyz\0\0\0\0'));
    await expect(sniffSource(file)).rejects.toThrow(/blob\.txt looks like a binary file, not text \(it contains NUL bytes\)/);
  });
});

describe('the format when the extension lies', () => {
  it('reads a .csv that holds a JSON array as JSON', async () => {
    expect((await sniffSource(write('a.csv', '[{"a":1}]'))).format).toBe('json');
  });

  it('reads a .txt that holds one object per line as NDJSON', async () => {
    expect((await sniffSource(write('a.txt', '{"a":1}\n{"a":2}\n'))).format).toBe('ndjson');
  });

  it('reads a CSV whose first header is in brackets as CSV', async () => {
    const sniffed = await sniffSource(write('b.csv', '[id],{name}\n1,x\n'));
    expect(sniffed).toMatchObject({ format: 'csv', headers: ['[id]', '{name}'] });
  });

  it('reads a file without an extension by its content', async () => {
    expect((await sniffSource(write('export', 'a;b\n1;2\n'))).format).toBe('csv');
    expect((await sniffSource(write('export', '[]'))).format).toBe('json');
  });
});

describe('streaming', () => {
  it('yields batches of the size asked for, with the bytes read so far', async () => {
    const file = bigCsv(12_000);
    const sniffed = await sniffSource(file);
    const batches: SourceBatch[] = [];
    for await (const batch of readSource(file, sniffed, { batchSize: 5000 })) batches.push(batch);
    expect(batches.map((b) => b.rows.length)).toEqual([5000, 5000, 2000]);
    expect(batches.flatMap((b) => b.rows).map((r) => r.rowNumber)).toEqual(Array.from({ length: 12_000 }, (_, i) => i + 2));
    expect(batches.at(-1)!.bytesRead).toBe(fs.statSync(file).size);
    expect(batches[0]!.bytesRead).toBeLessThan(batches.at(-1)!.bytesRead);
  });

  it('stops with a cancellation when the signal is aborted', async () => {
    const file = bigCsv(30_000);
    const sniffed = await sniffSource(file);
    const controller = new AbortController();
    let rows = 0;
    const reading = (async () => {
      for await (const batch of readSource(file, sniffed, { signal: controller.signal, batchSize: 1000 })) {
        rows += batch.rows.length;
        if (rows >= 3000) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: 'cancelled', message: `Reading ${path.basename(file)} was cancelled.` });
    expect(rows).toBe(3000);
  });

  it('previews the first rows and the errors met among them', async () => {
    const file = write('p.csv', 'a,b\n1,2\nbad\n3,4\n5,6\nlater,bad,row\n');
    const preview = await previewSource(file, {}, 3);
    expect(preview.sniffed.headers).toEqual(['a', 'b']);
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([2, 4, 5]);
    expect(preview.errors.map((e) => e.rowNumber)).toEqual([3]);
  });

  it('reads a 50 MB file with memory growing by under 100 MB', async () => {
    const file = bigCsv(450_000);
    expect(fs.statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);
    const sniffed = await sniffSource(file);
    const before = process.memoryUsage().rss;
    let peak = before;
    let rows = 0;
    for await (const batch of readSource(file, sniffed)) {
      rows += batch.rows.length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(rows).toBe(450_000);
    expect((peak - before) / (1024 * 1024)).toBeLessThan(100);
  });
});
