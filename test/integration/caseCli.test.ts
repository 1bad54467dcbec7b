// `assay case`, `assay evidence` and `assay verify --db` on real workspaces, run as a person would.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const jsonLines = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('assay case', () => {
  const dir = tempDir();
  const db = path.join(dir, 'cases.db');
  beforeAll(() => {
    expect(runAssay(['demo', '--db', db, '--listings', '800', '--seed', '3']).code).toBe(0);
    expect(runAssay(['score', '--db', db]).code).toBe(0);
  });

  it('lists the cases, one JSON object per line with id, name, status and listings', () => {
    const out = runAssay(['case', 'list', '--db', db, '--json']);
    expect(out.code).toBe(0);
    const cases = jsonLines(out.stdout);
    expect(cases.length).toBeGreaterThanOrEqual(3);
    for (const c of cases) {
      expect(typeof c.id).toBe('number');
      expect(typeof c.name).toBe('string');
      expect(['draft', 'in_review', 'ready', 'submitted', 'resolved']).toContain(c.status);
      expect(typeof c.listings).toBe('number');
    }
    const raw = new Database(db, { readonly: true });
    const counts = raw.prepare('SELECT case_id AS id, count(*) AS n FROM case_listing GROUP BY case_id').all() as { id: number; n: number }[];
    raw.close();
    for (const { id, n } of counts) expect(cases.find((c) => c.id === id)!.listings).toBe(n);
  });

  it('creates a case from a listing query, with exactly the listings the query selects', () => {
    const out = runAssay(['case', 'create', '--db', db, '--name', 'High risk on eBay', '--listings-where', 'risk>=60 marketplace=ebay', '--json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const created = JSON.parse(out.stdout) as { id: number; status: string; listings: number };
    expect(created.status).toBe('draft');
    const raw = new Database(db, { readonly: true });
    const expected = (raw.prepare("SELECT id FROM listing WHERE marketplace = 'ebay' AND risk_score >= 60 ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    const actual = (raw.prepare('SELECT listing_id AS id FROM case_listing WHERE case_id = ? ORDER BY listing_id').all(created.id) as { id: number }[]).map((r) => r.id);
    const reasons = raw.prepare('SELECT DISTINCT reason FROM case_listing WHERE case_id = ?').all(created.id);
    raw.close();
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
    expect(created.listings).toBe(expected.length);
    expect(reasons).toEqual([{ reason: 'ebay_vero:1.1' }]);
  });

  it('refuses an unparseable query, an empty name, and a query that matches nothing, with one sentence each', () => {
    const bad = runAssay(['case', 'create', '--db', db, '--name', 'x', '--listings-where', 'risk>=high']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^assay: The listing query "risk>=high" could not be understood: "high" in "risk>=high" is not a number\./);
    const field = runAssay(['case', 'create', '--db', db, '--name', 'x', '--listings-where', 'colour=red']);
    expect(field.stderr).toContain('"colour" is not a field');
    const empty = runAssay(['case', 'create', '--db', db, '--name', '  ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('assay: case create: --name cannot be empty.\n');
    const none = runAssay(['case', 'create', '--db', db, '--name', 'nothing', '--listings-where', 'zzqqxxnotaword']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No listing matches "zzqqxxnotaword"; the case was not created.');
  });

  it('moves a case along its stages and refuses an unknown case, an unknown status and a skipped step', () => {
    const created = JSON.parse(runAssay(['case', 'create', '--db', db, '--name', 'Steps', '--listings-where', 'marketplace=amazon risk>=30', '--json']).stdout) as { id: number };
    const id = String(created.id);
    expect(runAssay(['case', 'status', '--db', db, '--case', '9999', '--to', 'in_review']).stderr).toBe('assay: Case 9999 does not exist in this workspace.\n');
    const unknown = runAssay(['case', 'status', '--db', db, '--case', id, '--to', 'closed']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"closed" is not a case status; use one of draft, in_review, ready, submitted, resolved.');
    expect(runAssay(['case', 'status', '--db', db, '--case', id, '--to', 'submitted']).stderr).toContain('cannot move from draft to submitted');
    for (const to of ['in_review', 'ready', 'submitted']) expect(runAssay(['case', 'status', '--db', db, '--case', id, '--to', to]).code).toBe(0);
    expect(runAssay(['case', 'status', '--db', db, '--case', id, '--to', 'resolved']).stderr).toContain('needs its outcome');
    const done = runAssay(['case', 'status', '--db', db, '--case', id, '--to', 'resolved', '--outcome', 'taken_down', '--json']);
    expect(JSON.parse(done.stdout)).toEqual({ id: created.id, from: 'submitted', to: 'resolved', outcome: 'taken_down' });
    const raw = new Database(db, { readonly: true });
    const transitions = raw.prepare('SELECT from_status, to_status, outcome, at FROM case_transition WHERE case_id = ? ORDER BY id').all(created.id) as { from_status: string | null; to_status: string; at: string }[];
    raw.close();
    expect(transitions.map((t) => `${t.from_status}→${t.to_status}`)).toEqual(['null→draft', 'draft→in_review', 'in_review→ready', 'ready→submitted', 'submitted→resolved']);
    for (const t of transitions) expect(Number.isNaN(Date.parse(t.at))).toBe(false);
    expect(runAssay(['verify', '--db', db]).code).toBe(0);
  });
});

describe('assay evidence and assay verify --db', () => {
  const dir = tempDir();
  const db = path.join(dir, 'evidence.db');
  const shot = path.join(dir, 'capture.png');
  beforeAll(() => {
    expect(runAssay(['demo', '--db', db, '--listings', '200', '--seed', '9']).code).toBe(0);
    fs.writeFileSync(shot, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a listing screenshot')]));
  });

  const storedFiles = () => (fs.existsSync(path.join(dir, 'evidence')) ? fs.readdirSync(path.join(dir, 'evidence'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

  it('stores the same bytes once, with their SHA-256, size, media type, name and who added them', () => {
    const before = storedFiles();
    const first = JSON.parse(runAssay(['evidence', 'add', shot, '--db', db, '--case', '1', '--source-url', 'https://www.aliexpress.com/item/1.html', '--captured-at', '2026-01-05T10:00:00Z', '--json']).stdout) as Record<string, unknown>;
    const again = JSON.parse(runAssay(['evidence', 'add', shot, '--db', db, '--case', '1', '--json']).stdout) as Record<string, unknown>;
    const elsewhere = JSON.parse(runAssay(['evidence', 'add', shot, '--db', db, '--case', '2', '--json']).stdout) as Record<string, unknown>;
    const sha = fs.readFileSync(shot);
    const digest = createHash('sha256').update(sha).digest('hex');
    expect(first).toMatchObject({ sha256: digest, size: sha.length, media_type: 'image/png', kind: 'screenshot', original_name: 'capture.png', captured_at: '2026-01-05T10:00:00.000Z', new_file: true, new_row: true });
    expect(String(first.added_by)).toContain('@');
    expect(again).toMatchObject({ id: first.id, new_file: false, new_row: false });
    expect(elsewhere).toMatchObject({ sha256: digest, new_file: false, new_row: true });
    const added = storedFiles().filter((name) => !before.includes(name));
    expect(added).toEqual([digest.slice(2)]);
    const sums = `${digest}  ${path.join(dir, 'evidence', digest.slice(0, 2), digest.slice(2))}\n`;
    const check = spawnSync('sha256sum', ['-c', '-'], { input: sums, encoding: 'utf8' });
    expect(check.status).toBe(0);
  });

  it('refuses a missing file, naming it, and adds none of the others', () => {
    const out = runAssay(['evidence', 'add', shot, path.join(dir, 'nope.png'), '--db', db, '--case', '3']);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(`assay: Cannot read ${path.join(dir, 'nope.png')}: no such file. Nothing was added.\n`);
    expect(runAssay(['evidence', 'list', '--db', db, '--case', '3', '--json']).stdout).toBe('');
    expect(runAssay(['evidence', 'add', shot, '--db', db, '--case', '777']).stderr).toBe('assay: Case 777 does not exist in this workspace.\n');
  });

  it('catches a tampered evidence file, naming it, and exits non-zero', () => {
    expect(runAssay(['verify', '--db', db]).code).toBe(0);
    const other = path.join(dir, 'photo.jpg');
    fs.writeFileSync(other, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]));
    const added = JSON.parse(runAssay(['evidence', 'add', other, '--db', db, '--case', '1', '--json']).stdout) as { id: number; sha256: string };
    const file = path.join(dir, 'evidence', added.sha256.slice(0, 2), added.sha256.slice(2));
    fs.chmodSync(file, 0o644);
    const bytes = fs.readFileSync(file);
    bytes[5] = bytes[5]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    const out = runAssay(['verify', '--db', db]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`FAILED  evidence: Evidence ${added.id} (photo.jpg): Evidence file ${file} has changed`);
    const json = JSON.parse(runAssay(['verify', '--db', db, '--json']).stdout) as { ok: boolean; evidence: { evidence_id: number } };
    expect(json).toMatchObject({ ok: false, evidence: { ok: false, evidence_id: added.id } });
    fs.writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]));
    expect(runAssay(['verify', '--db', db]).code).toBe(0);
  });

  it('catches a broken custody link, naming the event', () => {
    const copy = path.join(tempDir(), 'broken.db');
    fs.copyFileSync(db, copy);
    const raw = new Database(copy);
    raw.exec('DROP TRIGGER custody_event_no_update');
    raw.prepare("UPDATE custody_event SET actor = 'someone else' WHERE seq = 3").run();
    raw.close();
    const out = runAssay(['verify', '--db', copy]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('FAILED  custody log: event 3: event 3 has been altered');
  });

  it('adds a redaction as a new file linked to its original, leaving the original as it was', () => {
    const redacted = path.join(dir, 'capture-redacted.png');
    fs.writeFileSync(redacted, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a listing ██████████')]));
    const originalFile = path.join(dir, 'capture-original.png');
    fs.writeFileSync(originalFile, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a listing by Jane Doe')]));
    const added = runAssay(['evidence', 'add', originalFile, '--db', db, '--case', '3', '--json']);
    expect(added.stderr).toBe('');
    const original = JSON.parse(added.stdout) as Record<string, unknown>;
    const out = runAssay(['evidence', 'redact', redacted, '--db', db, '--evidence', String(original.id), '--json']);
    expect(out.code).toBe(0);
    const r = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(r).toMatchObject({ redacts_evidence_id: original.id, original_name: 'capture-redacted.png' });
    expect(r.sha256).not.toBe(original.sha256);
    const listed = jsonLines(runAssay(['evidence', 'list', '--db', db, '--case', '3', '--json']).stdout);
    expect(listed.find((e) => e.id === original.id)).toMatchObject({ sha256: original.sha256, redacted_by: [r.id] });
    expect(runAssay(['verify', '--db', db]).code).toBe(0);
  });
});
