// The packet operations of the contract over a real workspace: the preview says what would go in or why the
// packet is refused, the export runs in a worker thread and reports progress events, and the case's packets are
// listed afterwards. The worker is the built one (dist/electron/packetWorker.cjs): run `node scripts/build.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Events } from '../../electron/api/contract';
import { packetHandlers } from '../../electron/core/handlers/packetHandlers';
import { exportPacket } from '../../electron/core/packets/exportPacket';
import { buildPacketFixture } from '../support/packetFixture';
import { importWorkerScript } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const env = { importWorkerScript };

/** Runs `work` while a 10 ms timer ticks on this thread; returns how long it took and the longest gap between ticks. */
async function timerGapsDuring(work: () => Promise<unknown>): Promise<{ ms: number; worstGapMs: number }> {
  let last = performance.now();
  let worstGapMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    worstGapMs = Math.max(worstGapMs, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(tick);
  }
  return { ms: performance.now() - started, worstGapMs: Math.max(worstGapMs, performance.now() - last) };
}

describe('packet operations', () => {
  it('previews, exports with progress, and lists the packet', async () => {
    const f = await buildPacketFixture({ listingWithoutUrl: true });
    const progress: Events['job.progress'][] = [];
    const h = packetHandlers(f.ws, { emit: (name, payload) => name === 'job.progress' && progress.push(payload as Events['job.progress']) }, env);
    expect((await h['packets.profiles']({})).map((p) => p.id)).toEqual(['alibaba', 'amazon', 'ebay', 'dhgate', 'dmca', 'lumen']);

    const preview = await h['packets.preview']({ caseId: f.caseId, profile: 'alibaba' });
    expect(preview).toMatchObject({ refusal: null, listings: 3, links: 2, linkFiles: 1, evidenceFiles: 4 });
    expect(preview.files.map((x) => x.path)).toEqual(['notice.pdf', 'comparison.pdf', 'links/links-001.txt', 'links/links-001.csv', 'custody.csv', 'verify.html', 'public-key.pem']);
    expect(preview.notes).toEqual(['Listing aliexpress 1001 has no URL; the packet names it by its item number.']);

    const refused = await h['packets.preview']({ caseId: f.emptyCaseId, profile: 'alibaba' });
    expect(refused.refusal).toContain('has no listings');

    const r = await h['packets.export']({ caseId: f.caseId, profile: 'alibaba', zip: true, force: false });
    expect(r.out.startsWith(path.join(f.ws.dir, 'packets', `case-${f.caseId}-alibaba-`))).toBe(true);
    expect(fs.existsSync(r.out)).toBe(true);
    expect(progress.some((p) => p.job === 'packets.export' && p.phase === 'files' && p.done === p.total && p.total === r.files)).toBe(true);
    expect(await h['packets.list']({ caseId: f.caseId })).toEqual([expect.objectContaining({ id: r.packetId, profile: 'alibaba', outPath: r.out, files: r.files })]);
  });

  it('exports in a worker thread: this thread keeps its timers on time while the PDFs are built', async () => {
    const f = await buildPacketFixture({ listings: 400 });
    // The same export in this thread first, to show that it would block the timer and the test can tell.
    const inThread = await timerGapsDuring(() => exportPacket(f.ws, { caseId: f.caseId, profile: 'alibaba', out: path.join(tempDir(), 'in-thread'), zip: false, force: false }));
    const progress: Events['job.progress'][] = [];
    const h = packetHandlers(f.ws, { emit: (name, payload) => name === 'job.progress' && progress.push(payload as Events['job.progress']) }, env);
    let result: Awaited<ReturnType<(typeof h)['packets.export']>> | undefined;
    const inWorker = await timerGapsDuring(async () => (result = await h['packets.export']({ caseId: f.caseId, profile: 'alibaba', zip: true, force: false })));
    if (process.env.ASSAY_TEST_TRACE) console.log(`packet export: in this thread ${inThread.ms.toFixed(0)} ms, worst timer gap ${inThread.worstGapMs.toFixed(0)} ms; in the worker ${inWorker.ms.toFixed(0)} ms, worst gap ${inWorker.worstGapMs.toFixed(0)} ms`);

    expect(inThread.worstGapMs).toBeGreaterThan(400);
    expect(inWorker.worstGapMs).toBeLessThan(Math.min(200, inThread.worstGapMs / 3));
    expect(result!.listings).toBe(400);
    expect(fs.existsSync(result!.out)).toBe(true);
    expect(progress.filter((p) => p.job === 'packets.export' && p.phase === 'documents').length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ job: 'packets.export', phase: 'files', done: result!.files, total: result!.files });
    expect((await h['packets.list']({ caseId: f.caseId })).map((p) => p.id)).toContain(result!.packetId);
  }, 120_000);

  it('reports a refused export from the worker as the same one sentence', async () => {
    const f = await buildPacketFixture({ brand: { owner_country: null } });
    const h = packetHandlers(f.ws, { emit: () => undefined }, env);
    await expect(h['packets.export']({ caseId: f.caseId, profile: 'lumen', zip: false, force: false })).rejects.toMatchObject({
      code: 'missing_detail',
      message: expect.stringContaining('owner_country') as string,
    });
  });

  it('names the missing rights-holder detail in the preview', async () => {
    const f = await buildPacketFixture({ brand: { owner_country: null } });
    const h = packetHandlers(f.ws, { emit: () => undefined }, env);
    expect((await h['packets.preview']({ caseId: f.caseId, profile: 'lumen' })).refusal).toBe(
      'The lumen packet needs the rights holder\'s country (owner_country), which is missing. Fill it in under Settings → Brand for "Aurelle".',
    );
  });
});
