// Imports started through the contract run in a worker thread and report progress as events.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Events } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { createEventBus } from '../../electron/core/events/eventBus';
import { failRunningImport, getImport } from '../../electron/core/db/importsRepository';
import { createHandlers } from '../../electron/core/handlers/createHandlers';
import { createImportJobs } from '../../electron/core/imports/importJobs';
import { importWorkerScript } from '../support/runAssay';
import { newWorkspace, tempDir } from '../support/tempWorkspace';

describe('imports through the contract', () => {
  it('previews a file, runs the import in a worker, streams progress and lists it', async () => {
    const ws = newWorkspace();
    const events = createEventBus();
    const progress: Events['import.progress'][] = [];
    events.subscribe((name, payload) => {
      if (name === 'import.progress') progress.push(payload as Events['import.progress']);
    });
    const { handlers, jobs } = createHandlers(ws, events, { importWorkerScript });
    const file = path.join(tempDir(), 'shop.csv');
    const lines = Array.from({ length: 12_000 }, (_, i) => `${i},Corvanne tote ${i},US $${(i % 50) + 10}.00,https://www.ebay.com/itm/${100000000000 + i}`);
    fs.writeFileSync(file, `Item number,Title,Price,URL\n${lines.join('\n')}\n`);

    const preview = await dispatch(handlers, 'imports.preview', { path: file, kind: 'listings' });
    expect(preview.ok).toBe(true);
    const p = (preview as { value: { sniffed: { headers: string[] }; suggestedMapping: Record<string, string>; rows: unknown[] } }).value;
    expect(p.sniffed.headers).toEqual(['Item number', 'Title', 'Price', 'URL']);
    expect(p.suggestedMapping).toMatchObject({ listing_id: 'Item number', title: 'Title', price: 'Price', url: 'URL' });
    expect(p.rows).toHaveLength(20);

    const started = await dispatch(handlers, 'imports.start', { path: file, kind: 'listings', mapping: p.suggestedMapping, marketplace: 'ebay' });
    expect(started.ok).toBe(true);
    const { importId } = (started as { value: { importId: number } }).value;
    await expect.poll(() => progress.at(-1)?.status, { timeout: 30_000 }).toBe('completed');
    expect(progress.every((e) => e.importId === importId)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ rowsRead: 12_000, rejected: 0 });

    const list = await dispatch(handlers, 'imports.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ id: importId, status: 'completed', counts: { new: 12_000 } }] });
    expect(await dispatch(handlers, 'listings.count', { query: 'tote' })).toEqual({ ok: true, value: { total: 12_000 } });
    await jobs.stopAll();
  });

  it('refuses to start an import whose mapping names a missing column, with the sentence', async () => {
    const ws = newWorkspace();
    const { handlers } = createHandlers(ws, createEventBus(), { importWorkerScript });
    const file = path.join(tempDir(), 'x.csv');
    fs.writeFileSync(file, 'id,title\n1,a\n');
    const result = await dispatch(handlers, 'imports.start', { path: file, kind: 'listings', mapping: { listing_id: 'id', price: 'Prix' }, marketplace: 'ebay' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/Prix/);
  });

  it('stops an import that outgrows its memory cap with a sentence, records it as failed and keeps nothing from it', async () => {
    const ws = newWorkspace();
    const listingsBefore = ws.db.prepare('SELECT count(*) FROM listing').pluck().get();
    const file = path.join(tempDir(), 'huge-fields.csv');
    // 200 rows with a 1 MB description each: one batch holds far more than the 32 MB this test allows.
    const description = 'x'.repeat(1 << 20);
    fs.writeFileSync(file, `id,title,description\n${Array.from({ length: 200 }, (_, i) => `${i},Tote ${i},${description}`).join('\n')}\n`);
    const lost: { importId: number; reason: string }[] = [];
    const jobs = createImportJobs({
      dbPath: ws.dbPath,
      workerScript: importWorkerScript,
      events: { emit() {} },
      heapLimitMb: 32,
      onLost: (importId, reason) => {
        lost.push({ importId, reason });
        failRunningImport(ws.db, importId, reason, new Date().toISOString());
      },
    });
    const request = { kind: 'listings' as const, file, options: {}, mapping: { listing_id: 'id', title: 'title', description: 'description' }, marketplace: 'ebay', brand: null, again: false, actor: 'tester' };
    const { importId, finished } = await jobs.start(request);
    await expect(finished).rejects.toThrow('The import of huge-fields.csv needed more than the 32 MB of memory an import may use, and was stopped; nothing from it was kept.');
    expect(lost).toEqual([{ importId, reason: expect.stringContaining('needed more than the 32 MB') }]);
    expect(getImport(ws.db, importId)).toMatchObject({ status: 'failed', error: expect.stringContaining('32 MB') });
    expect(ws.db.prepare('SELECT count(*) FROM listing').pluck().get()).toBe(listingsBefore);
    // The worker's connection rolled back and let go of the database: the next import runs.
    const small = path.join(tempDir(), 'small.csv');
    fs.writeFileSync(small, 'id,title\n1,Tote\n');
    const next = await jobs.start({ ...request, file: small, mapping: { listing_id: 'id', title: 'title' } });
    expect((await next.finished).counts).toMatchObject({ new: 1 });
  });

  it('runs imports asked for at once one after the other, each whole, so none fails on the write lock', async () => {
    const ws = newWorkspace();
    const jobs = createImportJobs({ dbPath: ws.dbPath, workerScript: importWorkerScript, events: { emit() {} }, onLost: () => {} });
    const files = ['a', 'b', 'c'].map((name) => {
      const file = path.join(tempDir(), `${name}.csv`);
      fs.writeFileSync(file, `id,title\n${Array.from({ length: 3000 }, (_, i) => `${name}-${i},Tote ${i}`).join('\n')}\n`);
      return file;
    });
    const order: string[] = [];
    const runs = files.map(async (file) => {
      const { finished } = await jobs.start({ kind: 'listings', file, options: {}, mapping: { listing_id: 'id', title: 'title' }, marketplace: 'ebay', brand: null, again: false, actor: 'tester' });
      order.push(`started ${path.basename(file)}`);
      const summary = await finished;
      order.push(`finished ${path.basename(file)}`);
      return summary;
    });
    const summaries = await Promise.all(runs);
    expect(summaries.map((s) => s.counts.new)).toEqual([3000, 3000, 3000]);
    expect(order).toEqual(['started a.csv', 'finished a.csv', 'started b.csv', 'finished b.csv', 'started c.csv', 'finished c.csv']);
  });
});

describe('an import worker that has finished', () => {
  it('has closed its connection when it says so: the write-ahead log is back in the database file', async () => {
    // No other connection is open: the worker's is the last, and closing it checkpoints and removes the log.
    const ws = newWorkspace();
    const { dbPath } = ws;
    ws.close();
    const file = path.join(tempDir(), 'shop.csv');
    const lines = Array.from({ length: 12_000 }, (_, i) => `${i},Corvanne tote ${i},US $${(i % 50) + 10}.00`);
    fs.writeFileSync(file, `Item number,Title,Price\n${lines.join('\n')}\n`);
    const jobs = createImportJobs({ dbPath, workerScript: importWorkerScript, events: { emit() {} }, onLost() {} });
    try {
      const { finished } = await jobs.start({ kind: 'listings', file, options: {}, mapping: { listing_id: 'Item number', title: 'Title', price: 'Price' }, marketplace: 'ebay', brand: null, again: false, actor: 'test' });
      expect((await finished).counts.new).toBe(12_000);
      // Checked the moment the summary arrives, before anything else could close the connection.
      expect(fs.existsSync(`${dbPath}-wal`)).toBe(false);
    } finally {
      await jobs.stopAll();
    }
  });
});
