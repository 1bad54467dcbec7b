// Killed without warning (SIGKILL) in the middle of long work, at several points: afterwards the workspace
// opens, SQLite's integrity check says ok, the custody chain holds, and the interrupted work is either wholly
// absent or wholly present. (An import killed mid-way is covered in importListings.test.ts.)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { appendCustodyEvent, verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { integrityProblems, openWorkspace } from '../../electron/core/db/openWorkspace';
import { assayBin, repoRoot, runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

/** A demo workspace with `files` evidence files of `bytes` each, so a backup takes long enough to interrupt. */
function workspaceWithEvidence(files: number, bytes: number): string {
  const dbPath = path.join(tempDir(), 'assay.db');
  expect(runAssay(['demo', '--db', dbPath, '--listings', '500']).code).toBe(0);
  const ws = openWorkspace(dbPath);
  const store = evidenceStoreFor(ws.dir);
  ws.db.transaction(() => {
    for (let i = 0; i < files; i += 1) {
      const stored = store.putBytes(randomBytes(bytes));
      const { lastInsertRowid } = ws.db
        .prepare("INSERT INTO evidence (sha256, size, media_type, kind, original_name, added_by, added_at) VALUES (?, ?, 'image/jpeg', 'photo', ?, 'tester', '2026-11-25T10:00:00Z')")
        .run(stored.sha256, stored.size, `photo-${i}.jpg`);
      appendCustodyEvent(ws.db, { at: '2026-11-25T10:00:00Z', actor: 'tester', action: 'evidence.added', subjectType: 'evidence', subjectId: Number(lastInsertRowid), details: { sha256: stored.sha256 } });
    }
  })();
  ws.close();
  return dbPath;
}

/** Runs `assay …` and kills it once `ready()` holds (polled every 5 ms), or after `afterMs`. */
async function killDuring(args: string[], when: { afterMs?: number; ready?: () => boolean }): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, [assayBin, ...args], { cwd: repoRoot, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  const killed = await new Promise<boolean>((resolve) => {
    const poll = setInterval(() => {
      if (child.exitCode !== null) {
        clearInterval(poll);
        resolve(false);
      } else if ((when.ready?.() ?? false) || (when.afterMs !== undefined && Date.now() - started >= when.afterMs)) {
        clearInterval(poll);
        resolve(child.kill('SIGKILL'));
      }
    }, 5);
  });
  await exited;
  return killed ? 'killed' : 'finished';
}

async function expectSoundWorkspace(dbPath: string): Promise<void> {
  const ws = openWorkspace(dbPath);
  try {
    expect(integrityProblems(ws.db, 'full')).toEqual([]);
    expect(await verifyCustodyLog(ws.db)).toMatchObject({ ok: true });
  } finally {
    ws.close();
  }
}

const sizeOfWorkZip = (folder: string): number => {
  for (const name of fs.readdirSync(folder)) {
    const zip = path.join(folder, name, 'backup.zip');
    if (name.startsWith('.assay-backup-') && fs.existsSync(zip)) return fs.statSync(zip).size;
  }
  return 0;
};

describe('a backup killed mid-way', () => {
  const points: { title: string; when: (out: string) => { afterMs?: number; ready?: () => boolean } }[] = [
    { title: 'while it starts', when: () => ({ afterMs: 60 }) },
    { title: 'while the evidence is being zipped', when: (out) => ({ ready: () => sizeOfWorkZip(path.dirname(out)) > 4 * 1024 * 1024 }) },
    { title: 'while the archive is read back and re-hashed', when: (out) => ({ ready: () => sizeOfWorkZip(path.dirname(out)) > 160 * 256 * 1024 + 64 * 1024 }) },
  ];

  for (const point of points) {
    it(`${point.title}: leaves no backup file, the workspace sound, and the next backup cleans up and succeeds`, async () => {
      const dbPath = workspaceWithEvidence(160, 256 * 1024);
      const outDir = tempDir();
      const out = path.join(outDir, 'backup.zip');
      const outcome = await killDuring(['backup', '--db', dbPath, '--out', out], point.when(out));
      if (process.env.ASSAY_TEST_TRACE) console.log(`backup ${point.title}: ${outcome}`);
      if (outcome === 'finished') {
        // The machine was fast enough to finish first: then the backup must be whole.
        expect(runAssay(['backup', 'verify', out]).code).toBe(0);
      } else {
        expect(fs.existsSync(out)).toBe(false);
      }
      await expectSoundWorkspace(dbPath);

      fs.rmSync(out, { force: true });
      const again = runAssay(['backup', '--db', dbPath, '--out', out]);
      expect(again.stderr).toBe('');
      expect(runAssay(['backup', 'verify', out]).code).toBe(0);
      expect(fs.readdirSync(outDir)).toEqual(['backup.zip']);
    }, 120_000);
  }
});

describe('a restore killed mid-way', () => {
  it('leaves the workspace it was replacing untouched, or the restored one whole', async () => {
    const dbPath = workspaceWithEvidence(120, 256 * 1024);
    const archive = path.join(tempDir(), 'backup.zip');
    expect(runAssay(['backup', '--db', dbPath, '--out', archive]).code).toBe(0);
    const target = path.join(tempDir(), 'assay.db');
    expect(runAssay(['demo', '--db', target, '--listings', '50']).code).toBe(0);
    const outcome = await killDuring(['restore', archive, '--db', target, '--force'], {
      ready: () => fs.readdirSync(path.dirname(target)).some((n) => n.startsWith('.assay-restore-') && fs.existsSync(path.join(path.dirname(target), n, 'evidence'))),
    });
    if (process.env.ASSAY_TEST_TRACE) console.log(`restore: ${outcome}`);
    await expectSoundWorkspace(target);
    const ws = openWorkspace(target);
    const listings = ws.db.prepare('SELECT count(*) FROM listing').pluck().get();
    ws.close();
    expect(listings).toBe(outcome === 'killed' ? 50 : 500);
    // The next restore clears the killed one's staging folder and completes.
    expect(runAssay(['restore', archive, '--db', target, '--force']).code).toBe(0);
    expect(fs.readdirSync(path.dirname(target)).filter((n) => n.startsWith('.assay-restore-'))).toEqual([]);
  }, 120_000);
});
