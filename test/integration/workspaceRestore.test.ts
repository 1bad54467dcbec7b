// Restoring a backup into a running workstation: the workspace session behind the web host checks the backup while
// the workspace keeps serving, then swaps it in and carries on with the restored one; a tampered backup, a running
// job or a failing move leaves the open workspace as it was and still serving.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import type { Events } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { stageRestore } from '../../electron/core/backup/restoreBackup';
import { appendCustodyEvent, verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { createImport } from '../../electron/core/db/importsRepository';
import { integrityProblems, openWorkspace } from '../../electron/core/db/openWorkspace';
import { createEventBus } from '../../electron/core/events/eventBus';
import { openWorkspaceSession, type WorkspaceSession } from '../../electron/core/handlers/workspaceSession';
import { startWebHost, type WebHost } from '../../electron/web/webHost';
import { importWorkerScript, runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const sessions: WorkspaceSession[] = [];
const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  for (const session of sessions.splice(0)) await session.close();
});

/** A demo workspace with an evidence file, open in a session, and a backup of it made through the session. */
async function servingWorkspace() {
  const dir = tempDir();
  const dbPath = path.join(dir, 'assay.db');
  expect(runAssay(['demo', '--db', dbPath, '--listings', '200']).code).toBe(0);
  const ws = openWorkspace(dbPath);
  const stored = evidenceStoreFor(ws.dir).putBytes(Buffer.from('a screenshot of the listing'));
  ws.db.transaction(() => {
    const { lastInsertRowid } = ws.db
      .prepare("INSERT INTO evidence (sha256, size, media_type, kind, original_name, added_by, added_at) VALUES (?, ?, 'image/png', 'screenshot', 'shot.png', 'tester', '2026-11-25T10:00:00Z')")
      .run(stored.sha256, stored.size);
    appendCustodyEvent(ws.db, { at: '2026-11-25T10:00:00Z', actor: 'tester', action: 'evidence.added', subjectType: 'evidence', subjectId: Number(lastInsertRowid), details: { sha256: stored.sha256 } });
  })();
  const events = createEventBus();
  const heard: { name: string; payload: unknown }[] = [];
  events.subscribe((name, payload) => heard.push({ name, payload }));
  const session = openWorkspaceSession(ws, events, { importWorkerScript, report: () => {} });
  sessions.push(session);
  const call = async (op: string, input: unknown) => {
    const result = await dispatch(session.handlers, op, input);
    return result;
  };
  const value = async <T>(op: string, input: unknown): Promise<T> => {
    const result = await call(op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
    return result.value as T;
  };
  const made = await value<{ file: string }>('backup.now', {});
  return { dir, dbPath, session, events, heard, call, value, backup: made.file, evidenceSha: stored.sha256 };
}

const infringingCount = async (value: <T>(op: string, input: unknown) => Promise<T>) => (await value<{ total: number }>('listings.count', { statuses: ['infringing'] })).total;

function post(host: WebHost, op: string, body: unknown): Promise<{ status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method: 'POST', path: `/api/call/${op}`, headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as never }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('restoring a backup into the running workstation', () => {
  it('checks it while serving, swaps it in through the web host, and carries on with the restored workspace', async () => {
    const w = await servingWorkspace();
    const rendererDir = path.join(w.dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Assay</title>');
    const host = await startWebHost({ handlers: w.session.handlers, events: w.events, rendererDir, uploadDir: path.join(w.dir, 'incoming'), log: () => {} });
    hosts.push(host);

    // A change made after the backup: twenty listings decided infringing.
    const before = await infringingCount(w.value);
    const ids = Array.from({ length: 20 }, (_, i) => i + 1);
    await w.value('review.decide', { target: { ids }, decision: 'infringing' });
    const changed = await infringingCount(w.value);
    expect(changed).toBeGreaterThan(before);
    const eventsBefore = (await w.value<{ counts: { custodyEvents: number } }>('workspace.info', {})).counts.custodyEvents;

    const restored = await post(host, 'backup.restore', { file: w.backup });
    expect(restored.status).toBe(200);
    expect(restored.body.ok).toBe(true);
    const summary = restored.body.value as { previousKeptAt: string; custodyEvents: number; file: string };
    expect(summary.file).toBe(w.backup);

    // The same host, the same handlers object: the data is the backup's again.
    const after = await post(host, 'listings.count', { statuses: ['infringing'] });
    expect(after.body).toEqual({ ok: true, value: { total: before } });
    const info = (await w.value<{ counts: { custodyEvents: number } }>('workspace.info', {})).counts.custodyEvents;
    expect(info).toBe(summary.custodyEvents);
    expect(info).toBeLessThan(eventsBefore);

    // The restored chain verifies, the database is sound, and its evidence is in place.
    const ws = w.session.workspace();
    expect(integrityProblems(ws.db, 'full')).toEqual([]);
    expect((await verifyCustodyLog(ws.db)).ok).toBe(true);
    expect(fs.existsSync(path.join(w.dir, 'evidence', w.evidenceSha.slice(0, 2), w.evidenceSha.slice(2)))).toBe(true);

    // The workspace it replaced is kept beside it, with the change that was undone.
    expect(path.dirname(summary.previousKeptAt)).toBe(w.dir);
    expect(path.basename(summary.previousKeptAt)).toMatch(/^\.assay-before-restore-/);
    const kept = openWorkspace(path.join(summary.previousKeptAt, 'assay.db'), { mode: 'open' });
    expect(kept.db.prepare("SELECT count(*) FROM listing WHERE status = 'infringing'").pluck().get()).toBe(changed);
    kept.close();
    expect(fs.existsSync(path.join(summary.previousKeptAt, 'evidence', w.evidenceSha.slice(0, 2), w.evidenceSha.slice(2)))).toBe(true);
    // No staging folder is left behind.
    expect(fs.readdirSync(w.dir).filter((n) => n.startsWith('.assay-restore-'))).toEqual([]);

    // Every window hears that the workspace was replaced; the checks reported their progress first.
    const replaced = w.heard.filter((e) => e.name === 'workspace.replaced');
    expect(replaced).toEqual([{ name: 'workspace.replaced', payload: { dbPath: w.dbPath, file: w.backup, backupCreatedAt: expect.any(String), previousKeptAt: summary.previousKeptAt } }]);
    const progress = w.heard.filter((e) => e.name === 'job.progress').map((e) => e.payload as Events['job.progress']);
    expect(progress.some((p) => p.job === 'backup.restore' && p.phase === 'Checking files' && p.done === p.total)).toBe(true);

    // Writing still works on the restored workspace, and backup.status reports the restore.
    await w.value('review.decide', { target: { ids: [ids[0]!] }, decision: 'not_infringing' });
    const status = await w.value<{ lastRestore: { file: string; previousKeptAt: string } | null }>('backup.status', {});
    expect(status.lastRestore).toMatchObject({ file: w.backup, previousKeptAt: summary.previousKeptAt });
  });

  it('refuses a tampered backup, naming why, and the open workspace keeps working unchanged', async () => {
    const w = await servingWorkspace();
    const tampered = path.join(tempDir(), 'tampered.zip');
    const bytes = fs.readFileSync(w.backup);
    // One byte changed inside the database entry's data (its local header comes first in the archive).
    const at = bytes.indexOf(Buffer.from('assay.db'));
    expect(at).toBeGreaterThan(0);
    const damaged = Buffer.from(bytes);
    const target = at + 1000;
    damaged[target] = damaged[target]! ^ 0xff;
    fs.writeFileSync(tampered, damaged);
    await w.value('review.decide', { target: { ids: [1, 2, 3] }, decision: 'infringing' });
    const changed = await infringingCount(w.value);

    const result = await w.call('backup.restore', { file: tampered });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('verification_failed');
    expect(result.error.message).toContain(tampered);
    expect(w.heard.some((e) => e.name === 'workspace.replaced')).toBe(false);
    expect(await infringingCount(w.value)).toBe(changed);
    expect(fs.readdirSync(w.dir).filter((n) => n.startsWith('.assay-'))).toEqual([]);
    await w.value('review.decide', { target: { ids: [4] }, decision: 'infringing' });
    expect(await infringingCount(w.value)).toBe(changed + 1);
  });

  it('refuses while an import is running, in a sentence, and replaces nothing', async () => {
    const w = await servingWorkspace();
    // An import another Assay process (this one stands in) is running against the same workspace.
    const importId = createImport(w.session.workspace().db, {
      kind: 'listings',
      fileName: 'big.csv',
      filePath: '/tmp/big.csv',
      sha256: 'a'.repeat(64),
      size: 1,
      format: 'csv',
      options: {},
      mapping: {},
      marketplace: 'ebay',
      startedAt: new Date().toISOString(),
    });
    const result = await w.call('backup.restore', { file: w.backup });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'Assay cannot restore while an import is running; wait for it to finish or cancel it, then restore.' } });
    w.session.workspace().db.prepare("UPDATE import SET status = 'failed' WHERE id = ?").run(importId);
    expect(fs.readdirSync(w.dir).filter((n) => n.startsWith('.assay-'))).toEqual([]);
  });

  it('refuses while scoring runs, and restores once it has finished', async () => {
    const w = await servingWorkspace();
    const scoring = w.call('scoring.run', { force: true });
    const refused = await w.call('backup.restore', { file: w.backup });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: 'Assay cannot restore while scoring is running; wait for it to finish, then restore.' } });
    expect((await scoring).ok).toBe(true);
    const restored = await w.call('backup.restore', { file: w.backup });
    expect(restored.ok).toBe(true);
  });

  it('puts the original workspace back and reopens it when a move fails part way through the swap', async () => {
    const w = await servingWorkspace();
    await w.value('review.decide', { target: { ids: [1, 2, 3, 4, 5] }, decision: 'infringing' });
    const changed = await infringingCount(w.value);
    const staged = await stageRestore(w.backup, w.dbPath, { force: true });
    // The workspace has been moved aside by the time the restored database is renamed into place; that move fails.
    const moves: string[] = [];
    const rename = (from: string, to: string) => {
      if (to === w.dbPath) throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'`), { code: 'EIO' });
      moves.push(to);
      fs.renameSync(from, to);
    };
    try {
      await expect(w.session.replaceWith(staged, { rename })).rejects.toThrow(/could not be put in place \(EIO: i\/o error.*\); the workspace was left as it was\./);
    } finally {
      staged.discard();
    }
    expect(moves.some((to) => path.basename(path.dirname(to)).startsWith('.assay-before-restore-'))).toBe(true);
    // The original is back where it was, open, unchanged and still serving.
    expect(fs.readdirSync(w.dir).filter((n) => n.startsWith('.assay-'))).toEqual([]);
    expect(await infringingCount(w.value)).toBe(changed);
    expect((await verifyCustodyLog(w.session.workspace().db)).ok).toBe(true);
    expect(fs.existsSync(path.join(w.dir, 'evidence', w.evidenceSha.slice(0, 2), w.evidenceSha.slice(2)))).toBe(true);
    expect(w.heard.some((e) => e.name === 'workspace.replaced')).toBe(false);
    await w.value('review.decide', { target: { ids: [6] }, decision: 'infringing' });
    expect(await infringingCount(w.value)).toBe(changed + 1);
  });
});
