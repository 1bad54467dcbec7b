// Imports started through the contract run in a worker thread and report progress as events.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Events } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { createEventBus } from '../../electron/core/events/eventBus';
import { createHandlers } from '../../electron/core/handlers/createHandlers';
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
});
