// The case-archive operations of the contract over real workspaces: export a demo case to the default exports/
// folder, preview it in another demo workspace (its unknown key, its counts, what it would add and the conflict it
// would report, with nothing written), refuse the import until the person confirms that very key, then import it
// and see the preview's forecast come true; a second preview then knows the key and the case.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { caseArchiveImportSchema } from '../../electron/api/caseArchiveContract';
import { caseArchiveHandlers } from '../../electron/core/handlers/caseArchiveHandlers';
import { openWorkspace, type Workspace } from '../../electron/core/db/openWorkspace';
import { isAssayError } from '../../electron/core/errors';
import { sha256Hex } from '../../electron/core/hashing';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

function demo(name: string, seed: number): string {
  const dbPath = path.join(tempDir(), name);
  const r = runAssay(['demo', '--db', dbPath, '--listings', '300', '--seed', String(seed)]);
  expect(r.code, r.stderr).toBe(0);
  return dbPath;
}

const n = (ws: Workspace, sql: string, ...args: unknown[]): number => (ws.db.prepare(sql).get(...args) as { n: number }).n;

/** What a refused import or a preview must leave as it was. */
const state = (ws: Workspace) => ({
  listings: n(ws, 'SELECT count(*) AS n FROM listing'),
  cases: n(ws, 'SELECT count(*) AS n FROM "case"'),
  custody: n(ws, 'SELECT count(*) AS n FROM custody_event'),
  trusted: n(ws, 'SELECT count(*) AS n FROM trusted_key'),
  imported: n(ws, 'SELECT count(*) AS n FROM imported_custody_event'),
  store: fs.existsSync(path.join(ws.dir, 'evidence')) ? fs.readdirSync(path.join(ws.dir, 'evidence'), { recursive: true }).length : 0,
});

async function refusal(run: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (e) {
    if (isAssayError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected the operation to be refused');
}

describe('case archive operations between two workstations', () => {
  it('exports, previews without writing, refuses an unconfirmed key, and imports once the key is confirmed', async () => {
    const senderDb = demo('sender.db', 1);
    const receiverDb = demo('receiver.db', 1);
    const sender = openWorkspace(senderDb);
    const receiver = openWorkspace(receiverDb);
    try {
      // ---- export, to exports/ beside the sender's workspace ----
      const out = caseArchiveHandlers(sender);
      const caseName = (sender.db.prepare('SELECT name FROM "case" WHERE id = 1').get() as { name: string }).name;
      const caseListings = n(sender, 'SELECT count(*) AS n FROM case_listing WHERE case_id = 1');
      const exported = await out['caseArchives.export']({ caseId: 1 });
      expect(path.dirname(exported.out)).toBe(path.join(sender.dir, 'exports'));
      expect(path.basename(exported.out)).toMatch(/^case-1-[a-z0-9-]+-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.assaycase$/);
      expect(fs.statSync(exported.out).size).toBe(exported.bytes);
      expect(exported.listings).toBe(caseListings);
      expect(execFileSync('unzip', ['-t', exported.out], { encoding: 'utf8' })).toMatch(/No errors detected/);
      expect(sha256Hex(execFileSync('unzip', ['-p', exported.out, 'manifest.json']))).toBe(exported.manifestSha256);
      const manifest = JSON.parse(execFileSync('unzip', ['-p', exported.out, 'manifest.json'], { encoding: 'utf8' })) as { origin: { fingerprint: string } };
      expect(manifest.origin.fingerprint).toBe(exported.keyFingerprint);
      // A second export in the same second gets its own file.
      const second = await out['caseArchives.export']({ caseId: 1 });
      expect(second.out).not.toBe(exported.out);
      expect((await refusal(() => out['caseArchives.export']({ caseId: 9999 }))).message).toBe('There is no case 9999 in this workspace.');

      // The receiver holds the same demo listings; one title was edited there, so the import reports a conflict.
      const edited = receiver.db
        .prepare('SELECT l.marketplace, l.listing_id FROM listing l WHERE l.id = (SELECT min(listing_id) FROM case_listing WHERE case_id = 1)')
        .get() as { marketplace: string; listing_id: string };
      receiver.db.prepare("UPDATE listing SET title = 'Edited here' WHERE marketplace = ? AND listing_id = ?").run(edited.marketplace, edited.listing_id);
      const h = caseArchiveHandlers(receiver);
      const before = state(receiver);

      // ---- preview: the sender's key is unknown here; nothing is written ----
      const p = await h['caseArchives.preview']({ path: exported.out });
      expect(p).toMatchObject({ fileName: path.basename(exported.out), caseName, senderFingerprint: exported.keyFingerprint, keyStatus: 'unknown', existingCaseId: null, listings: caseListings });
      expect(p.forecast).toMatchObject({ caseCreated: true, listingsAdded: 0, listingsMatched: caseListings });
      expect(p.forecast.conflicts).toContainEqual({ kind: 'listing', subject: `${edited.marketplace} ${edited.listing_id}`, field: 'title', local: 'Edited here', archive: expect.any(String), kept: 'local' });
      expect(state(receiver)).toEqual(before);

      // ---- import: refused without the person's confirmation, and with a fingerprint that is not the archive's ----
      const refused = await refusal(() => h['caseArchives.import']({ path: exported.out }));
      expect(refused.code).toBe('forbidden');
      expect(refused.message).toContain(exported.keyFingerprint);
      expect(refused.message).toContain(path.basename(exported.out));
      const wrongKey = await refusal(() => h['caseArchives.import']({ path: exported.out, trustKey: 'ab'.repeat(32) }));
      expect(wrongKey.code).toBe('forbidden');
      expect(wrongKey.message).toContain(`not by the key you confirmed (${'ab'.repeat(32)})`);
      expect(state(receiver)).toEqual(before);
      expect(caseArchiveImportSchema.safeParse({ path: exported.out, trustKey: true }).success).toBe(false);

      const r = await h['caseArchives.import']({ path: exported.out, trustKey: exported.keyFingerprint });
      expect(r).toMatchObject({ keyStatus: 'trusted_on_import', senderFingerprint: exported.keyFingerprint, manifestSha256: exported.manifestSha256, caseCreated: true });
      // What the preview forecast is what happened.
      const { conflicts, ...counts } = p.forecast;
      expect(r).toMatchObject(counts);
      expect(r.conflicts).toEqual(conflicts);
      expect(n(receiver, 'SELECT count(*) AS n FROM "case"')).toBe(before.cases + 1);
      expect(n(receiver, 'SELECT count(*) AS n FROM case_listing WHERE case_id = ?', r.caseId)).toBe(caseListings);
      expect(n(receiver, 'SELECT count(*) AS n FROM listing')).toBe(before.listings);
      expect(n(receiver, "SELECT count(*) AS n FROM listing WHERE title = 'Edited here'")).toBe(1);
      expect(n(receiver, 'SELECT count(*) AS n FROM trusted_key WHERE fingerprint = ?', exported.keyFingerprint)).toBe(1);
      expect(n(receiver, "SELECT count(*) AS n FROM custody_event WHERE action = 'case.imported'")).toBe(1);

      // ---- a second preview knows the key and the case, and would add nothing ----
      const again = await h['caseArchives.preview']({ path: exported.out });
      expect(again).toMatchObject({ keyStatus: 'known', existingCaseId: r.caseId });
      expect(again.forecast).toMatchObject({ caseCreated: false, listingsAdded: 0, evidenceAdded: 0, custodyEventsStored: 0, testBuysAdded: 0 });
      const known = await h['caseArchives.import']({ path: exported.out });
      expect(known).toMatchObject({ caseId: r.caseId, keyStatus: 'known', caseCreated: false, listingsAdded: 0 });
    } finally {
      sender.close();
      receiver.close();
    }
    const verified = runAssay(['verify', '--db', receiverDb]);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  });

  it('opens a new case in an empty workspace, which the preview says before the import', async () => {
    const senderDb = demo('sender.db', 3);
    const sender = openWorkspace(senderDb);
    const receiver = openWorkspace(path.join(tempDir(), 'empty.db'), { mode: 'create' });
    try {
      const exported = await caseArchiveHandlers(sender)['caseArchives.export']({ caseId: 2 });
      const h = caseArchiveHandlers(receiver);
      const p = await h['caseArchives.preview']({ path: exported.out });
      expect(p.forecast).toMatchObject({ caseCreated: true, listingsAdded: exported.listings, listingsMatched: 0, conflicts: [] });
      expect(n(receiver, 'SELECT count(*) AS n FROM listing')).toBe(0);
      const r = await h['caseArchives.import']({ path: exported.out, trustKey: p.senderFingerprint });
      expect(r.listingsAdded).toBe(exported.listings);
      expect(n(receiver, 'SELECT count(*) AS n FROM listing')).toBe(exported.listings);
    } finally {
      sender.close();
      receiver.close();
    }
  });

  it('names the file when it is not a case archive', async () => {
    const ws = openWorkspace(path.join(tempDir(), 'empty.db'), { mode: 'create' });
    try {
      const file = path.join(tempDir(), 'notes.assaycase');
      fs.writeFileSync(file, 'just some text');
      const r = await refusal(() => caseArchiveHandlers(ws)['caseArchives.preview']({ path: file }));
      expect(r.code).toBe('verification_failed');
      expect(r.message).toMatch(/^notes\.assaycase is not an Assay case archive/);
    } finally {
      ws.close();
    }
  });
});
