// Re-scoring writes only what changed: on an unchanged demo workspace `--force` leaves every finding row and match
// row as it was (same row ids, same scored_at), and a changed listing has its own rows rewritten and no others.
// A "no product" correction survives re-scoring and its findings are those of a listing with no product. A run of
// several batches scores them on the scoring thread with exactly the results of scoring them all on its own.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreWorkspace } from '../../electron/core/compare/scoreWorkspace';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { correctListingMatch } from '../../electron/core/review/correctMatch';
import { repoRoot, runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

type Row = Record<string, unknown>;

describe('re-scoring a workspace', () => {
  const file = path.join(tempDir(), 'rescore.db');
  let ws: Workspace;
  const findings = (): Row[] => ws.db.prepare('SELECT * FROM finding ORDER BY id').all() as Row[];
  const matches = (): Row[] => ws.db.prepare('SELECT * FROM listing_match ORDER BY listing_id').all() as Row[];
  const risks = (): Row[] => ws.db.prepare('SELECT id, risk_score FROM listing ORDER BY id').all() as Row[];
  const at = (iso: string) => ({ now: () => new Date(iso) });

  beforeAll(async () => {
    expect(runAssay(['demo', '--db', file, '--listings', '400', '--seed', '3']).code).toBe(0);
    ws = openWorkspace(file);
    await scoreWorkspace(ws, { force: true, ...at('2026-04-01T00:00:00.000Z') });
  });
  afterAll(() => ws?.close());

  it('writes nothing when forced over a workspace whose results have not changed', async () => {
    const before = { findings: findings(), matches: matches(), risks: risks() };
    expect(before.findings.length).toBeGreaterThan(100);
    const summary = await scoreWorkspace(ws, { force: true, ...at('2026-04-02T00:00:00.000Z') });
    expect(summary.scored).toBe(400);
    expect({ findings: findings(), matches: matches(), risks: risks() }).toEqual(before);
  });

  it('rewrites the rows of a listing whose result changed, and only those', async () => {
    const id = (ws.db.prepare("SELECT l.id FROM listing l JOIN listing_match m ON m.listing_id = l.id WHERE m.product_id IS NOT NULL AND l.price > 0 ORDER BY l.id LIMIT 1").get() as { id: number }).id;
    const others = (rows: Row[], key: string) => rows.filter((r) => r[key] !== id);
    const before = { findings: findings(), matches: matches(), risks: risks() };
    ws.db.prepare("UPDATE listing SET title = title || ' replica AAA super copy', price = 0.5 WHERE id = ?").run(id);
    const summary = await scoreWorkspace(ws, at('2026-04-03T00:00:00.000Z'));
    expect(summary).toMatchObject({ scored: 1, unchanged: 399 });
    expect(others(findings(), 'listing_id')).toEqual(others(before.findings, 'listing_id'));
    expect(others(matches(), 'listing_id')).toEqual(others(before.matches, 'listing_id'));
    expect(others(risks(), 'id')).toEqual(others(before.risks, 'id'));
    const mine = findings().filter((f) => f.listing_id === id);
    expect(mine.map((f) => f.rule)).toContain('vocabulary.counterfeit_term');
    expect(matches().find((m) => m.listing_id === id)).toMatchObject({ scored_at: '2026-04-03T00:00:00.000Z' });
    const risk = (ws.db.prepare('SELECT risk_score FROM listing WHERE id = ?').get(id) as { risk_score: number }).risk_score;
    expect(risk).toBe((ws.db.prepare('SELECT risk_score FROM listing_match WHERE listing_id = ?').get(id) as { risk_score: number }).risk_score);
  });

  it('keeps "no product" with corrected set, without product findings, and re-scores when the correction is undone', async () => {
    const id = (ws.db.prepare("SELECT m.listing_id AS id FROM listing_match m JOIN finding f ON f.listing_id = m.listing_id WHERE m.product_id IS NOT NULL AND m.corrected = 0 AND f.rule LIKE 'price.%' ORDER BY m.listing_id LIMIT 1").get() as { id: number }).id;
    correctListingMatch(ws.db, id, null, 'reviewer@test', '2026-04-04T00:00:00.000Z');
    await scoreWorkspace(ws, { force: true });
    const match = () => ws.db.prepare('SELECT product_id, corrected, candidates, input_hash FROM listing_match WHERE listing_id = ?').get(id) as { product_id: number | null; corrected: number; candidates: string; input_hash: string };
    expect(match()).toMatchObject({ product_id: null, corrected: 1 });
    expect(JSON.parse(match().candidates).length).toBeGreaterThan(0);
    const rules = () => (ws.db.prepare('SELECT rule FROM finding WHERE listing_id = ?').all(id) as { rule: string }[]).map((r) => r.rule);
    expect(rules().filter((r) => r.startsWith('price.') || r.startsWith('catalogue.') || r.startsWith('identifier.'))).toEqual([]);
    // Unchanged since: a plain run skips it, and it stays "no product".
    expect((await scoreWorkspace(ws)).unchanged).toBe(400);
    const hash = match().input_hash;
    // Undone by hand (corrected = 0): the input hash no longer agrees, so the matcher's product comes back.
    ws.db.prepare('UPDATE listing_match SET corrected = 0 WHERE listing_id = ?').run(id);
    expect((await scoreWorkspace(ws)).scored).toBe(1);
    expect(match().product_id).not.toBeNull();
    expect(match().input_hash).not.toBe(hash);
    expect(rules().some((r) => r.startsWith('price.'))).toBe(true);
  });
});

describe('a run of several batches, scored on the scoring thread', () => {
  const template = path.join(tempDir(), 'batches.db');
  const copy = (): Workspace => {
    const file = path.join(tempDir(), 'copy.db');
    fs.copyFileSync(template, file);
    return openWorkspace(file);
  };
  const stored = (ws: Workspace) => ({
    matches: ws.db.prepare('SELECT * FROM listing_match ORDER BY listing_id').all(),
    findings: ws.db.prepare('SELECT * FROM finding ORDER BY id').all(),
    risks: ws.db.prepare('SELECT id, risk_score FROM listing ORDER BY id').all(),
    cells: ws.db.prepare('SELECT * FROM dashboard_listing_cell WHERE listings <> 0 ORDER BY 1, 2, 3, 4').all(),
  });
  const now = () => new Date('2026-04-05T00:00:00.000Z');

  beforeAll(() => {
    // Three batches of 10,000 to score, so the second and third go to the thread.
    expect(runAssay(['demo', '--db', template, '--listings', '25000', '--seed', '4']).code).toBe(0);
  }, 120_000);

  it('stores exactly what scoring on its own thread stores', async () => {
    const alone = copy();
    const threaded = copy();
    try {
      const a = await scoreWorkspace(alone, { force: true, now });
      const b = await scoreWorkspace(threaded, { force: true, now, batchScoreWorkerScript: path.join(repoRoot, 'dist', 'electron', 'batchScoreWorker.cjs') });
      expect({ ...b, seconds: 0 }).toEqual({ ...a, seconds: 0 });
      expect(b.scored).toBe(25_000);
      expect(stored(threaded)).toEqual(stored(alone));
    } finally {
      alone.close();
      threaded.close();
    }
  }, 120_000);

  it('stores the same when each batch is shared between this thread and the scoring thread', async () => {
    const alone = copy();
    const shared = copy();
    const sizes: number[] = [];
    try {
      const a = await scoreWorkspace(alone, { force: true, now });
      // A third of each batch handed to the thread is scored here instead: the results are put back in order.
      const kept = (size: number) => {
        sizes.push(size);
        return Math.floor(size / 3);
      };
      const b = await scoreWorkspace(shared, { force: true, now, batchScoreWorkerScript: path.join(repoRoot, 'dist', 'electron', 'batchScoreWorker.cjs'), kept });
      expect(sizes).toEqual([10_000, 5_000]);
      expect({ ...b, seconds: 0 }).toEqual({ ...a, seconds: 0 });
      expect(stored(shared)).toEqual(stored(alone));
    } finally {
      alone.close();
      shared.close();
    }
  }, 120_000);

  it('uses the thread only past the first batch, and a thread that cannot start fails the run, marked incomplete', async () => {
    const ws = copy();
    try {
      const missing = path.join(tempDir(), 'no-such-thread.cjs');
      // The first batch is scored before the thread is wanted, and written once the second is handed over.
      await expect(scoreWorkspace(ws, { force: true, now, batchScoreWorkerScript: missing })).rejects.toThrow();
      const run = JSON.parse(ws.db.prepare("SELECT value FROM meta WHERE key = 'scoring.run'").pluck().get() as string) as { finished_at?: string; scored: number };
      expect(run.finished_at).toBeUndefined();
      expect(run.scored).toBeLessThan(25_000);
      expect(ws.db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'dashboard_%'").pluck().get()).toBe(9);
      // Nothing left to score past one batch: the missing thread is never started.
      const small = copy();
      try {
        await scoreWorkspace(small, { force: true, now });
        small.db.prepare('UPDATE listing SET title = title || ? WHERE id IN (SELECT id FROM listing ORDER BY id LIMIT 5)').run(' replica');
        expect((await scoreWorkspace(small, { now, batchScoreWorkerScript: missing })).scored).toBe(5);
      } finally {
        small.close();
      }
    } finally {
      ws.close();
    }
  }, 120_000);
});
