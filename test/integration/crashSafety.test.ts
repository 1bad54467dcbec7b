// Killed without warning (SIGKILL) in the middle of long work (a backup, a restore, an import, a scoring run, a
// packet export), at several points: afterwards the workspace opens, SQLite's integrity check says ok, the custody
// chain holds, `assay verify --db` passes, and the interrupted work is either wholly absent or wholly present and
// marked failed or incomplete. Set ASSAY_TEST_TRACE=1 to print the point each kill was made at.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

import { combineRiskWeights } from '../../electron/api/riskCombination';
import { appendCustodyEvent, verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { integrityProblems, openWorkspace } from '../../electron/core/db/openWorkspace';
import { findingsFromCells, findingsFromScratch, listingsFromCells, listingsFromScratch } from '../support/dashboardCounts';
import { assayBin, repoRoot, runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

/** A demo workspace with `files` evidence files of `bytes` each, so a backup takes long enough to interrupt. */
function workspaceWithEvidence(files: number, bytes: number, listings = 500): string {
  const dbPath = path.join(tempDir(), 'assay.db');
  expect(runAssay(['demo', '--db', dbPath, '--listings', String(listings)]).code).toBe(0);
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

/** Runs `assay …` and kills it once `ready(pid)` holds (polled every 5 ms), or after `afterMs`. */
async function killDuring(args: string[], when: { afterMs?: number; ready?: (pid: number) => boolean }): Promise<'killed' | 'finished'> {
  const child = spawn(process.execPath, [assayBin, ...args], { cwd: repoRoot, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  const killed = await new Promise<boolean>((resolve) => {
    const poll = setInterval(() => {
      if (child.exitCode !== null) {
        clearInterval(poll);
        resolve(false);
      } else if ((when.ready?.(child.pid!) ?? false) || (when.afterMs !== undefined && Date.now() - started >= when.afterMs)) {
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

const trace = (line: string): void => {
  if (process.env.ASSAY_TEST_TRACE) console.log(line);
};
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const walBytes = (dbPath: string): number => (fs.existsSync(`${dbPath}-wal`) ? fs.statSync(`${dbPath}-wal`).size : 0);

/** The files a process has open (Linux: /proc/PID/fd). */
function openFiles(pid: number): Set<string> {
  const files = new Set<string>();
  let fds: string[] = [];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return files;
  }
  for (const fd of fds) {
    try {
      files.add(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
    } catch {
      // Closed between the listing and the read.
    }
  }
  return files;
}

/** One query on a read-only connection of its own, so polling never holds the writer up. */
function peek<T>(dbPath: string, sql: string): T | undefined {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get() as T | undefined;
  } finally {
    db.close();
  }
}

function expectVerifyPasses(dbPath: string): void {
  const verified = runAssay(['verify', '--db', dbPath]);
  expect(verified.stderr).toBe('');
  expect(verified.code).toBe(0);
}

// The kill points below read /proc to see how far the process got, so they run where /proc exists.
describe.skipIf(process.platform !== 'linux')('an import killed mid-way', () => {
  let csv = '';
  beforeAll(async () => {
    csv = path.join(tempDir(), 'big.csv');
    const out = fs.createWriteStream(csv);
    out.write('marketplace,item id,title,price,store name,product url\n');
    for (let i = 0; i < 400_000; i++) out.write(`ebay,${i},Corvanne bag ${i},US $${(i % 90) + 1}.00,seller${i % 500},https://www.ebay.com/itm/${i}\n`);
    await new Promise((resolve) => out.end(resolve));
  }, 60_000);

  type Seen = { running: boolean; csvOpen: boolean; wal: number; sawReading: boolean };
  /** What the import has reached: its row recorded as running, the file open (for its rows, once running), the WAL's size. */
  const look = (dbPath: string, pid: number, seen: Seen): Seen => {
    const running = seen.running || peek<{ n: number }>(dbPath, "SELECT count(*) AS n FROM import WHERE status = 'running'")!.n > 0;
    const csvOpen = openFiles(pid).has(csv);
    return { running, csvOpen, wal: walBytes(dbPath), sawReading: seen.sawReading || (running && csvOpen) };
  };
  // The import writes about 70 MB of WAL in all (rows, then the rebuilt indexes and search index).
  const points: { title: string; reached: (s: Seen) => boolean }[] = [
    // Hashing and sniffing read the file before the import row exists; its rows are read only after.
    { title: 'early, while the first rows are read', reached: (s) => s.running && s.csvOpen && s.wal < 2 * 1024 * 1024 },
    { title: 'mid-way, while rows are written', reached: (s) => s.running && s.csvOpen && s.wal > 8 * 1024 * 1024 },
    // The file is closed once every row is read; the deferred indexes and the search index are rebuilt after.
    { title: 'late, while the indexes and the search index are rebuilt', reached: (s) => s.sawReading && !s.csvOpen },
  ];

  for (const point of points) {
    it(`${point.title}: keeps no listing from it, records it as failed at the next open, and verify passes`, async () => {
      const dbPath = path.join(tempDir(), 'assay.db');
      expect(runAssay(['demo', '--db', dbPath, '--listings', '100']).code).toBe(0);
      const before = peek<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM listing')!.n;
      let seen: Seen = { running: false, csvOpen: false, wal: 0, sawReading: false };
      const outcome = await killDuring(['import', csv, '--db', dbPath], {
        ready: (pid) => point.reached((seen = look(dbPath, pid, seen))),
      });
      trace(`import ${point.title}: ${outcome} (import row running: ${seen.running}, rows ${!seen.sawReading ? 'not yet read' : seen.csvOpen ? 'being read' : 'all read, file closed'}, WAL ${mb(seen.wal)})`);
      expect(outcome).toBe('killed');
      expect(peek<{ status: string }>(dbPath, 'SELECT status FROM import ORDER BY id DESC LIMIT 1')).toEqual({ status: 'running' });

      await expectSoundWorkspace(dbPath);
      expect(peek<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM listing')!.n).toBe(before);
      // Opening the workspace again (any command) marks the dead process's import as failed.
      const listed = runAssay(['imports', 'list', '--db', dbPath, '--json']);
      const latest = JSON.parse(listed.stdout.trim().split('\n')[0]!) as { status: string; error: string };
      expect(latest).toMatchObject({ status: 'failed', error: expect.stringMatching(/interrupted/) as string });
      expectVerifyPasses(dbPath);
    }, 120_000);
  }
});

describe('a scoring run killed mid-way', () => {
  let demo = '';
  beforeAll(() => {
    demo = path.join(tempDir(), 'assay.db');
    expect(runAssay(['demo', '--db', demo, '--listings', '30000']).code).toBe(0);
  }, 120_000);

  type Run = { started_at: string; pid?: number; finished_at?: string; scored: number };
  const scoringRun = (dbPath: string): Run | null => {
    const row = peek<{ value: string }>(dbPath, "SELECT value FROM meta WHERE key = 'scoring.run'");
    return row ? (JSON.parse(row.value) as Run) : null;
  };

  /** Every listing is wholly scored (its match, its risk score and its findings agree) or untouched; returns how many are scored. */
  function expectEachListingWhole(dbPath: string): number {
    const db = new Database(dbPath, { readonly: true });
    try {
      const listings = db.prepare('SELECT l.id, l.risk_score AS listing_risk, m.risk_score AS match_risk, m.listing_id IS NOT NULL AS matched FROM listing l LEFT JOIN listing_match m ON m.listing_id = l.id').all() as {
        id: number;
        listing_risk: number | null;
        match_risk: number | null;
        matched: number;
      }[];
      const findings = new Map<number, { rule: string; weight: number }[]>();
      for (const f of db.prepare('SELECT listing_id, rule, weight FROM finding').all() as { listing_id: number; rule: string; weight: number }[]) {
        findings.set(f.listing_id, [...(findings.get(f.listing_id) ?? []), f]);
      }
      let scored = 0;
      const broken: string[] = [];
      for (const l of listings) {
        const own = findings.get(l.id) ?? [];
        if (l.matched) {
          scored += 1;
          if (l.listing_risk !== l.match_risk || combineRiskWeights(own).score !== l.match_risk) broken.push(`listing ${l.id}: risk ${l.listing_risk}, match ${l.match_risk}, findings make ${combineRiskWeights(own).score}`);
        } else if (l.listing_risk !== null || own.length > 0) broken.push(`listing ${l.id}: no match but risk ${l.listing_risk} and ${own.length} findings`);
      }
      expect(broken.slice(0, 5)).toEqual([]);
      return scored;
    } finally {
      db.close();
    }
  }

  /** The Dashboard's triggers are all there, and its cells count every listing and finding as they stand. */
  function expectDashboardCellsRight(dbPath: string): void {
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'dashboard_%'").pluck().get()).toBe(9);
      expect(listingsFromCells(db)).toEqual(listingsFromScratch(db));
      expect(findingsFromCells(db)).toEqual(findingsFromScratch(db));
    } finally {
      db.close();
    }
  }

  const points: { title: string; reached: (run: Run | null) => boolean }[] = [
    { title: 'before its first batch is written', reached: (run) => run !== null && run.finished_at === undefined && run.scored === 0 },
    { title: 'after its first batch', reached: (run) => run !== null && run.finished_at === undefined && run.scored >= 10_000 },
    { title: 'after its second batch', reached: (run) => run !== null && run.finished_at === undefined && run.scored >= 20_000 },
  ];

  for (const point of points) {
    it(`${point.title}: each listing is wholly scored or untouched, the run is marked incomplete, and the next run finishes it`, async () => {
      const dir = tempDir();
      fs.cpSync(path.dirname(demo), dir, { recursive: true });
      const dbPath = path.join(dir, 'assay.db');
      let run: Run | null = null;
      const outcome = await killDuring(['score', '--db', dbPath, '--force'], { ready: () => point.reached((run = scoringRun(dbPath))) });
      trace(`scoring ${point.title}: ${outcome} (run record ${JSON.stringify(run)}, WAL ${mb(walBytes(dbPath))})`);
      expect(outcome).toBe('killed');

      await expectSoundWorkspace(dbPath);
      const after = scoringRun(dbPath)!;
      expect(after.finished_at).toBeUndefined();
      expect(expectEachListingWhole(dbPath)).toBe(after.scored);
      expect(after.scored).toBeLessThan(30_000);
      expectVerifyPasses(dbPath);
      // A batch counts its listings into the Dashboard with the cell triggers put aside; the kill put them back.
      expectDashboardCellsRight(dbPath);

      const again = runAssay(['score', '--db', dbPath]);
      expect(again.stderr).toBe('');
      expect(again.stdout).toContain(`The last scoring run was interrupted after ${after.scored.toLocaleString('en-US')} listings; this run finishes it.`);
      expect(expectEachListingWhole(dbPath)).toBe(30_000);
      expectDashboardCellsRight(dbPath);
      expect(scoringRun(dbPath)).toMatchObject({ finished_at: expect.any(String) as string });
      expect(runAssay(['score', '--db', dbPath]).stdout).not.toContain('interrupted');
    }, 120_000);
  }
});

describe.skipIf(process.platform !== 'linux')('a packet export killed mid-way', () => {
  /** A demo workspace whose first case holds about 1,000 listings and 160 evidence files of 256 kB (40 MB to write). */
  let template = '';
  beforeAll(() => {
    const dbPath = workspaceWithEvidence(160, 256 * 1024, 2000);
    const ws = openWorkspace(dbPath);
    ws.db.transaction(() => {
      const at = '2026-11-25T10:00:00Z';
      ws.db.prepare(`INSERT INTO case_listing (case_id, listing_id, reason, added_at)
        SELECT 1, id, 'Counterfeit', ? FROM listing WHERE marketplace IN ('alibaba', 'aliexpress', 'taobao') AND id NOT IN (SELECT listing_id FROM case_listing WHERE case_id = 1)`).run(at);
      ws.db.prepare('INSERT INTO case_evidence (case_id, evidence_id, listing_id, added_at) SELECT 1, id, NULL, ? FROM evidence').run(at);
    })();
    ws.close();
    template = path.dirname(dbPath);
  }, 120_000);

  const WORK = '.assay-packet-';
  /** The bytes written so far in export work folders in `folder`. */
  function workBytes(folder: string): number {
    let total = 0;
    const walk = (p: string): void => {
      for (const e of fs.readdirSync(p, { withFileTypes: true })) {
        const full = path.join(p, e.name);
        if (e.isDirectory()) walk(full);
        else total += fs.statSync(full, { throwIfNoEntry: false })?.size ?? 0;
      }
    };
    try {
      for (const name of fs.readdirSync(folder)) if (name.startsWith(WORK)) walk(path.join(folder, name));
    } catch {
      // A file renamed or removed under the walk: count it next time.
    }
    return total;
  }
  const hasWorkFolder = (folder: string) => fs.readdirSync(folder).some((n) => n.startsWith(WORK));

  type Point = { title: string; reached: (o: { dbOpenForMs: number; outDir: string }) => boolean; writing: boolean };
  const points: Point[] = [
    { title: 'while the documents are built', reached: ({ dbOpenForMs, outDir }) => dbOpenForMs > 150 && !hasWorkFolder(outDir), writing: false },
    { title: 'while the evidence is written', reached: ({ outDir }) => workBytes(outDir) > 4 * 1024 * 1024, writing: true },
    { title: 'near the end of writing', reached: ({ outDir }) => workBytes(outDir) > 34 * 1024 * 1024, writing: true },
  ];

  for (const zip of [true, false]) {
    for (const point of points) {
      it(`${zip ? 'as a ZIP' : 'as a folder'}, ${point.title}: leaves no packet and no packet row, the workspace sound, and the next export cleans up and succeeds`, async () => {
        const dir = tempDir();
        fs.cpSync(template, dir, { recursive: true });
        const dbPath = path.join(dir, 'assay.db');
        const outDir = tempDir();
        const out = path.join(outDir, zip ? 'packet.zip' : 'packet');
        const packetsBefore = peek<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM packet')!.n;
        const args = ['packet', 'export', '--db', dbPath, '--case', '1', '--profile', 'alibaba', '--out', out, ...(zip ? ['--zip'] : [])];
        let dbOpenedAt: number | null = null;
        let written = 0;
        const outcome = await killDuring(args, {
          ready: (pid) => {
            if (dbOpenedAt === null && openFiles(pid).has(dbPath)) dbOpenedAt = Date.now();
            written = workBytes(outDir);
            return dbOpenedAt !== null && point.reached({ dbOpenForMs: Date.now() - dbOpenedAt, outDir });
          },
        });
        const leftOver = fs.readdirSync(outDir);
        trace(`packet export ${zip ? 'zip' : 'folder'} ${point.title}: ${outcome} (work folder written ${mb(written)} of about 40 MB; left in the output folder: ${JSON.stringify(leftOver)})`);
        expect(outcome).toBe('killed');
        expect(fs.existsSync(out)).toBe(false);
        // The killed export's work folder is left behind only if it had begun writing.
        expect(leftOver.every((n) => n.startsWith(WORK))).toBe(true);
        expect(leftOver.length).toBe(point.writing ? 1 : 0);
        expect(peek<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM packet')!.n).toBe(packetsBefore);
        await expectSoundWorkspace(dbPath);
        expectVerifyPasses(dbPath);

        const again = runAssay(args);
        expect(again.stderr).toBe('');
        expect(again.code).toBe(0);
        expect(fs.readdirSync(outDir)).toEqual([path.basename(out)]);
        expect(runAssay(['verify', out]).code).toBe(0);
        expect(peek<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM packet')!.n).toBe(packetsBefore + 1);
      }, 120_000);
    }
  }
});
