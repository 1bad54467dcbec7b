// `assay score` and the scoring fields of `assay listings --json`, on a real demo workspace.
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

describe('assay score', () => {
  const db = path.join(tempDir(), 'score.db');
  beforeAll(() => {
    expect(runAssay(['demo', '--db', db, '--listings', '600', '--seed', '5']).code).toBe(0);
  });

  it('scores every listing and prints the counts by risk band', () => {
    const out = runAssay(['score', '--db', db, '--json']);
    expect(out.stderr).toBe('');
    const s = JSON.parse(out.stdout) as { listings: number; scored: number; matched: number; bands: { low: number; medium: number; high: number } };
    expect(s.listings).toBe(600);
    expect(s.scored).toBe(600);
    expect(s.bands.low + s.bands.medium + s.bands.high).toBe(600);
    expect(s.bands.high).toBeGreaterThan(0);
    expect(s.matched).toBeGreaterThan(300);
  });

  it('re-scores only what changed', () => {
    const raw = new Database(db);
    raw.prepare("UPDATE listing SET title = title || ' replica' WHERE id IN (1, 2, 3)").run();
    raw.close();
    const s = JSON.parse(runAssay(['score', '--db', db, '--json']).stdout) as { scored: number; unchanged: number };
    expect(s).toMatchObject({ scored: 3, unchanged: 597 });
  });

  it('adds the match, candidates, risk score and findings to assay listings --json', () => {
    const lines = runAssay(['listings', '--db', db, '--json']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const key of ['product_sku', 'match_score', 'candidates', 'risk_score', 'findings']) expect(lines[0]).toHaveProperty(key);
    const flagged = lines.find((l) => (l.findings as { rule: string }[]).some((f) => f.rule.startsWith('vocabulary')))!;
    expect(flagged).toBeDefined();
    expect((flagged.findings as { message: string }[])[0]!.message.length).toBeGreaterThan(10);
    expect((lines[0]!.candidates as unknown[]).length).toBeLessThanOrEqual(3);
    const matched = lines.filter((l) => l.product_sku !== null);
    expect(matched.every((l) => (l.match_score as number) >= 0.5)).toBe(true);
  });
});
