// Case archives between two real workspaces with the built `assay` command: export a demo case with evidence and a
// test buy, check it with the real unzip, import it into an empty workspace and into another demo, import it again
// (nothing doubles), see conflicts reported and the receiving custody chain verify; then hostile archives, each
// refused before anything is written (the listing count, the custody head and the evidence store unchanged).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ZipArchive } from '../../electron/core/archives/zipArchive';
import { caseManifestBytes, type CaseArchiveManifest } from '../../electron/core/caseArchive/caseArchiveManifest';
import { importCaseArchive } from '../../electron/core/caseArchive/importCaseArchive';
import { readCaseArchive } from '../../electron/core/caseArchive/readCaseArchive';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { isAssayError } from '../../electron/core/errors';
import { sha256Hex } from '../../electron/core/hashing';
import { createSigningKey, publicKeyFingerprint, signManifest } from '../../electron/core/packets/manifestSignature';
import { rawZip, type RawZipEntry } from '../support/rawZip';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const ok = (args: string[]) => {
  const r = runAssay(args);
  expect(r.stderr).not.toMatch(/internal/i);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
};

const count = (dbPath: string, sql: string): number => {
  const ws = openWorkspace(dbPath);
  try {
    return (ws.db.prepare(sql).get() as { n: number }).n;
  } finally {
    ws.close();
  }
};

/** What a refused import must leave as it was. */
function snapshot(dbPath: string) {
  const ws = openWorkspace(dbPath);
  try {
    const store = path.join(ws.dir, 'evidence');
    return {
      listings: (ws.db.prepare('SELECT count(*) AS n FROM listing').get() as { n: number }).n,
      cases: (ws.db.prepare('SELECT count(*) AS n FROM "case"').get() as { n: number }).n,
      head: (ws.db.prepare('SELECT hash FROM custody_event ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? null,
      trusted: (ws.db.prepare('SELECT count(*) AS n FROM trusted_key').get() as { n: number }).n,
      storeFiles: fs.existsSync(store) ? fs.readdirSync(store, { recursive: true }).length : 0,
    };
  } finally {
    ws.close();
  }
}

/** A scored demo whose case 1 has a screenshot on one listing and a test buy with a photo. */
function sender(): { dbPath: string; dir: string; shot: Buffer; photo: Buffer } {
  const dir = tempDir();
  const dbPath = path.join(dir, 'sender.db');
  ok(['demo', '--db', dbPath, '--listings', '300']);
  ok(['score', '--db', dbPath]);
  const listingId = count(dbPath, 'SELECT min(listing_id) AS n FROM case_listing WHERE case_id = 1');
  const shot = Buffer.from(`screenshot of listing ${listingId} `.repeat(50));
  const photo = Buffer.from('photo of the parcel that arrived '.repeat(40));
  fs.writeFileSync(path.join(dir, 'shot.png'), shot);
  fs.writeFileSync(path.join(dir, 'parcel.jpg'), photo);
  ok(['evidence', 'add', path.join(dir, 'shot.png'), '--db', dbPath, '--case', '1', '--listing', String(listingId)]);
  const ws = openWorkspace(dbPath);
  const testBuy = Number(
    ws.db
      .prepare("INSERT INTO test_buy (case_id, listing_id, order_number, received, examination, created_at) VALUES (1, ?, 'ORDER-77', 'a tote', '[]', '2026-02-01T10:00:00Z')")
      .run(listingId).lastInsertRowid,
  );
  ws.close();
  ok(['evidence', 'add', path.join(dir, 'parcel.jpg'), '--db', dbPath, '--case', '1', '--test-buy', String(testBuy)]);
  return { dbPath, dir, shot, photo };
}

function exportCase(dbPath: string, caseId = 1): string {
  const out = path.join(tempDir(), `case${caseId}.assaycase`);
  ok(['case', 'export', '--db', dbPath, '--case', String(caseId), '--out', out, '--time', '2026-03-01T12:00:00Z']);
  return out;
}

describe('assay case export and import', () => {
  const s = sender();
  const archive = exportCase(s.dbPath);

  it('writes an archive that unzip accepts, with a signed manifest and the evidence by SHA-256', async () => {
    const tested = execFileSync('unzip', ['-t', archive], { encoding: 'utf8' });
    expect(tested).toMatch(/No errors detected/);
    const listed = execFileSync('unzip', ['-Z1', archive], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listed).toEqual(expect.arrayContaining(['manifest.json', 'manifest.sig', 'public-key.pem', 'SHA256SUMS', 'case.json', `evidence/${sha256Hex(s.shot)}`, `evidence/${sha256Hex(s.photo)}`]));
    const a = await readCaseArchive(archive);
    expect(a.manifest.counts.listings).toBe(count(s.dbPath, 'SELECT count(*) AS n FROM case_listing WHERE case_id = 1'));
    expect(a.bundle.products.length).toBeGreaterThan(0);
    expect(a.bundle.testBuys.map((t) => t.orderNumber)).toEqual(['ORDER-77']);
    expect(a.bundle.custody.some((e) => e.action === 'case.created')).toBe(true);
    // The export is itself in the sender's custody chain, so the next archive of the case carries it.
    const again = path.join(tempDir(), 'again.assaycase');
    ok(['case', 'export', '--db', s.dbPath, '--case', '1', '--out', again, '--time', '2026-03-01T12:00:00Z']);
    const next = await readCaseArchive(again);
    const exported = next.bundle.custody.find((e) => e.action === 'case.exported');
    expect(JSON.parse(exported!.details)).toMatchObject({ manifestSha256: a.manifestSha256 });
    expect(next.manifest.origin.custodyHead.seq).toBe(a.manifest.origin.custodyHead.seq + 1);
  });

  it('imports into an empty workspace only after the sender key is trusted, with counts, evidence bytes and a chain that verifies', () => {
    const dbPath = path.join(tempDir(), 'empty.db');
    openWorkspace(dbPath, { mode: 'create' }).close();
    const before = snapshot(dbPath);
    const refused = runAssay(['case', 'import', archive, '--db', dbPath]);
    expect(refused.code).not.toBe(0);
    const fingerprint = (JSON.parse(runAssay(['case', 'export', '--db', s.dbPath, '--case', '2', '--out', path.join(tempDir(), 'x'), '--json']).stdout) as { publicKeySha256: string }).publicKeySha256;
    expect(refused.stderr).toContain(fingerprint);
    expect(refused.stderr).toContain('--trust-key');
    expect(snapshot(dbPath)).toEqual(before);

    const r = JSON.parse(ok(['case', 'import', archive, '--db', dbPath, '--trust-key', '--json'])) as { caseId: number; keyStatus: string; listingsAdded: number; evidenceAdded: number; conflicts: unknown[]; custodyEventsStored: number };
    expect(r.keyStatus).toBe('trusted_on_import');
    const caseListings = count(s.dbPath, 'SELECT count(*) AS n FROM case_listing WHERE case_id = 1');
    expect(r.listingsAdded).toBe(caseListings);
    expect(count(dbPath, 'SELECT count(*) AS n FROM listing')).toBe(caseListings);
    expect(count(dbPath, `SELECT count(*) AS n FROM case_listing WHERE case_id = ${r.caseId}`)).toBe(caseListings);
    expect(count(dbPath, 'SELECT count(*) AS n FROM test_buy_evidence')).toBe(1);
    expect(count(dbPath, 'SELECT count(*) AS n FROM listing_match WHERE product_id IS NOT NULL')).toBeGreaterThan(0);
    expect(count(dbPath, 'SELECT count(*) AS n FROM finding')).toBe(count(s.dbPath, 'SELECT count(*) AS n FROM finding WHERE listing_id IN (SELECT listing_id FROM case_listing WHERE case_id = 1)'));
    expect(r.conflicts).toEqual([]);
    for (const bytes of [s.shot, s.photo]) {
      const sha = sha256Hex(bytes);
      expect(fs.readFileSync(path.join(path.dirname(dbPath), 'evidence', sha.slice(0, 2), sha.slice(2)))).toEqual(bytes);
    }
    expect(count(dbPath, "SELECT count(*) AS n FROM custody_event WHERE action = 'case.imported'")).toBe(1);
    expect(count(dbPath, 'SELECT count(*) AS n FROM imported_custody_event')).toBe(r.custodyEventsStored);
    expect(count(dbPath, 'SELECT count(*) AS n FROM trusted_key')).toBe(1);
    const verified = runAssay(['verify', '--db', dbPath]);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/chain intact/);

    // A second import merges: nothing doubles, and the key is now known.
    const again = JSON.parse(ok(['case', 'import', archive, '--db', dbPath, '--json'])) as { caseId: number; keyStatus: string; listingsAdded: number; evidenceAdded: number; custodyEventsStored: number; caseCreated: boolean };
    expect(again).toMatchObject({ caseId: r.caseId, keyStatus: 'known', listingsAdded: 0, evidenceAdded: 0, custodyEventsStored: 0, caseCreated: false });
    expect(count(dbPath, 'SELECT count(*) AS n FROM listing')).toBe(caseListings);
    expect(count(dbPath, 'SELECT count(*) AS n FROM "case"')).toBe(1);
    expect(count(dbPath, 'SELECT count(*) AS n FROM evidence')).toBe(2);
    expect(count(dbPath, 'SELECT count(*) AS n FROM seller')).toBe(count(dbPath, 'SELECT count(DISTINCT seller_id) AS n FROM listing'));
    expect(count(dbPath, "SELECT count(*) AS n FROM custody_event WHERE action = 'case.imported'")).toBe(2);
    expect(runAssay(['verify', '--db', dbPath]).code).toBe(0);

    // Sent back to the workspace that made it, the case merges into its own original.
    const back = exportCase(dbPath, r.caseId);
    const home = JSON.parse(ok(['case', 'import', back, '--db', s.dbPath, '--trust-key', '--json'])) as { caseId: number; caseCreated: boolean };
    expect(home).toMatchObject({ caseId: 1, caseCreated: false });
  });

  it('merges into another demo holding the same listings, reporting a changed title and keeping the local one', () => {
    const dbPath = path.join(tempDir(), 'other.db');
    ok(['demo', '--db', dbPath, '--listings', '300']);
    const ws = openWorkspace(dbPath);
    const target = ws.db.prepare('SELECT l.marketplace, l.listing_id FROM listing l WHERE l.id = (SELECT min(listing_id) FROM case_listing WHERE case_id = 1)').get() as { marketplace: string; listing_id: string };
    ws.db.prepare("UPDATE listing SET title = 'Edited here' WHERE marketplace = ? AND listing_id = ?").run(target.marketplace, target.listing_id);
    ws.close();
    const listingsBefore = count(dbPath, 'SELECT count(*) AS n FROM listing');
    const out = runAssay(['case', 'import', archive, '--db', dbPath, '--trust-key']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/conflict/);
    expect(out.stdout).toContain(`${target.marketplace} ${target.listing_id} title: here "Edited here"`);
    expect(count(dbPath, 'SELECT count(*) AS n FROM listing')).toBe(listingsBefore);
    expect(count(dbPath, `SELECT count(*) AS n FROM listing WHERE title = 'Edited here'`)).toBe(1);
    expect(count(dbPath, 'SELECT count(*) AS n FROM "case"')).toBe(4);
    expect(runAssay(['verify', '--db', dbPath]).code).toBe(0);
  });
});

describe('hostile case archives are refused before anything is written', () => {
  const s = sender();
  const archive = exportCase(s.dbPath);
  const receiver = path.join(tempDir(), 'receiver.db');
  ok(['demo', '--db', receiver, '--listings', '300', '--seed', '9']);
  const evilKey = createSigningKey();

  async function genuineEntries(): Promise<Map<string, Buffer>> {
    const zip = await ZipArchive.open(archive);
    try {
      const out = new Map<string, Buffer>();
      for (const e of zip.entries) out.set(e.name, await zip.readSmall(e.name, 64 * 1024 * 1024));
      return out;
    } finally {
      zip.close();
    }
  }

  /** Re-signs the entries' manifest (after `edit`) with another key, as a forger with their own key could. */
  function resigned(entries: Map<string, Buffer>, edit: (m: CaseArchiveManifest) => void = () => {}): Map<string, Buffer> {
    const m = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as CaseArchiveManifest;
    const fp = publicKeyFingerprint(evilKey.publicKeyPem);
    const pem = Buffer.from(evilKey.publicKeyPem);
    m.origin.fingerprint = fp;
    m.signature.publicKeySha256 = fp;
    m.files = m.files.map((f) => (f.path === 'public-key.pem' ? { ...f, size: pem.length, sha256: sha256Hex(pem) } : f));
    edit(m);
    const bytes = caseManifestBytes(m);
    const out = new Map(entries);
    out.delete('SHA256SUMS');
    out.set('public-key.pem', pem);
    out.set('manifest.json', bytes);
    out.set('manifest.sig', Buffer.from(signManifest(bytes, evilKey.privateKeyPem)));
    return out;
  }

  function write(entries: Map<string, Buffer> | RawZipEntry[]): string {
    const file = path.join(tempDir(), 'hostile.assaycase');
    const list = Array.isArray(entries) ? entries : [...entries].map(([name, data]) => ({ name, data }));
    fs.writeFileSync(file, rawZip(list));
    return file;
  }

  async function refusedNothingWritten(file: string, pattern: RegExp, options: { trustKey?: boolean; maxTotalBytes?: number } = {}) {
    const before = snapshot(receiver);
    const ws = openWorkspace(receiver);
    let error: unknown = null;
    try {
      if (options.maxTotalBytes !== undefined) await readCaseArchive(file, { maxTotalBytes: options.maxTotalBytes });
      else await importCaseArchive(ws, file, { trustKey: options.trustKey ?? true });
    } catch (e) {
      error = e;
    } finally {
      ws.close();
    }
    expect(isAssayError(error), String(error)).toBe(true);
    expect((error as Error).message).toMatch(pattern);
    expect(snapshot(receiver)).toEqual(before);
  }

  it('a zip-slip path', async () => {
    const e = await genuineEntries();
    await refusedNothingWritten(write([...[...e].map(([name, data]) => ({ name, data })), { name: 'evidence/../../escape.txt', data: 'x' }]), /climbs out|not a file a case archive holds/);
  });

  it('an absolute path', async () => {
    const e = await genuineEntries();
    await refusedNothingWritten(write([...[...e].map(([name, data]) => ({ name, data })), { name: '/tmp/assay-evil', data: 'x' }]), /absolute path/);
  });

  it('a symbolic link in place of an evidence file', async () => {
    const e = await genuineEntries();
    const sha = sha256Hex(s.shot);
    const list = [...e].map(([name, data]) => ({ name, data, symlink: name === `evidence/${sha}` }));
    await refusedNothingWritten(write(list), /symbolic link/);
  });

  it('an entry that declares another size than the signed manifest says', async () => {
    const e = await genuineEntries();
    const sha = sha256Hex(s.shot);
    e.set(`evidence/${sha}`, Buffer.concat([s.shot, Buffer.alloc(1_000_000)]));
    await refusedNothingWritten(write(e), /declares 1,?\d+ bytes, but the manifest says/);
  });

  it('a ZIP bomb: an entry that inflates past the size it declares is stopped there', async () => {
    // A deflated entry of 20 MB of zeros whose central directory claims the manifest's small size.
    const sha = sha256Hex(s.shot);
    const yazl = (await import('yazl')).default;
    const e = await genuineEntries();
    const zip = new yazl.ZipFile();
    for (const [name, data] of e) zip.addBuffer(name === `evidence/${sha}` ? Buffer.alloc(20 * 1024 * 1024) : data, name, { mtime: new Date(0), compress: true });
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const name = Buffer.from(`evidence/${sha}`);
    let patched = 0;
    for (let i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) {
      const nameLength = bytes.readUInt16LE(i + 28);
      if (bytes.subarray(i + 46, i + 46 + nameLength).equals(name)) {
        bytes.writeUInt32LE(s.shot.length, i + 24);
        patched += 1;
      }
    }
    expect(patched).toBe(1);
    const file = path.join(tempDir(), 'bomb.assaycase');
    fs.writeFileSync(file, bytes);
    await refusedNothingWritten(file, /damaged or holds more than it declares/);
  });

  it('a ZIP bomb: more declared in all than a case archive may hold', async () => {
    await refusedNothingWritten(archive, /more than the 1,000 a case archive may hold/, { maxTotalBytes: 1000 });
  });

  it('a manifest that lies about a file’s hash', async () => {
    const e = await genuineEntries();
    const sha = sha256Hex(s.shot);
    const forged = Buffer.from(s.shot);
    forged[0] = forged[0]! ^ 0xff;
    e.set(`evidence/${sha}`, forged);
    await refusedNothingWritten(write(e), /fails verification: evidence\/[0-9a-f]{64} has SHA-256/);
  });

  it('a manifest changed after it was signed', async () => {
    const e = await genuineEntries();
    const m = JSON.parse(e.get('manifest.json')!.toString('utf8')) as CaseArchiveManifest;
    m.case.name = 'Something else';
    e.set('manifest.json', caseManifestBytes(m));
    await refusedNothingWritten(write(e), /signature over its manifest does not verify/);
  });

  it('case.json changed and the manifest re-signed with a key of the forger’s own: refused without --trust-key, naming the key', async () => {
    const e = await genuineEntries();
    const data = Buffer.from(e.get('case.json')!.toString('utf8').replace('"ORDER-77"', '"ORDER-78"'));
    e.set('case.json', data);
    const forged = resigned(e, (m) => {
      m.files = m.files.map((f) => (f.path === 'case.json' ? { ...f, size: data.length, sha256: sha256Hex(data) } : f));
    });
    const file = write(forged);
    const fp = publicKeyFingerprint(evilKey.publicKeyPem);
    await refusedNothingWritten(file, new RegExp(`does not know: fingerprint ${fp}`), { trustKey: false });
    const before = snapshot(receiver);
    const cli = runAssay(['case', 'import', file, '--db', receiver]);
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toContain(fp);
    expect(cli.stderr).toContain('--trust-key');
    expect(snapshot(receiver)).toEqual(before);
  });

  it('custody events altered in a re-signed archive', async () => {
    const e = await genuineEntries();
    const bundle = JSON.parse(e.get('case.json')!.toString('utf8')) as { custody: { actor: string }[] };
    bundle.custody[0]!.actor = 'someone else';
    const data = Buffer.from(`${JSON.stringify(bundle)}\n`);
    e.set('case.json', data);
    const forged = resigned(e, (m) => {
      m.files = m.files.map((f) => (f.path === 'case.json' ? { ...f, size: data.length, sha256: sha256Hex(data) } : f));
    });
    await refusedNothingWritten(write(forged), /custody event \d+ has been altered/);
  });

  it('a file that is not a ZIP at all', async () => {
    const file = path.join(tempDir(), 'junk.assaycase');
    fs.writeFileSync(file, 'not a zip');
    await refusedNothingWritten(file, /not a readable ZIP/);
  });
});
