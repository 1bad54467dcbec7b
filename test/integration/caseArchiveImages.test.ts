// Case archives and the images rule's findings: an archive carries each image finding with the stored images it
// concerns (finding.image_sha256, photo_sha256, other_sellers), so the receiving workspace marks the same images;
// an archive made before findings had those columns still imports, and its image findings mark nothing until the
// receiver's next `assay score`.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZipArchive } from '../../electron/core/archives/zipArchive';
import { caseManifestBytes, type CaseArchiveManifest } from '../../electron/core/caseArchive/caseArchiveManifest';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { sha256Hex } from '../../electron/core/hashing';
import { createSigningKey, publicKeyFingerprint, signManifest } from '../../electron/core/packets/manifestSignature';
import { listingImageMarks } from '../../electron/core/review/listingImageMarks';
import { writeImageWorkspace } from '../support/imageWorkspace';
import { rawZip } from '../support/rawZip';
import { runAssay } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const ok = (args: string[]) => {
  const r = runAssay(args);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
};

const IMAGE_FINDINGS = `SELECT l.listing_id AS item, f.rule, f.message, f.image_sha256, f.photo_sha256, f.other_sellers FROM finding f JOIN listing l ON l.id = f.listing_id
  WHERE f.rule LIKE 'image.%' ORDER BY l.listing_id, f.rule`;

function read<T>(dbPath: string, use: (ws: ReturnType<typeof openWorkspace>) => T): T {
  const ws = openWorkspace(dbPath);
  try {
    return use(ws);
  } finally {
    ws.close();
  }
}

const imageFindings = (dbPath: string) => read(dbPath, (ws) => ws.db.prepare(IMAGE_FINDINGS).all() as { item: string; rule: string; image_sha256: string | null }[]);
const marksOf = (dbPath: string, item: string) =>
  read(dbPath, (ws) => listingImageMarks(ws.db, (ws.db.prepare("SELECT id FROM listing WHERE marketplace = 'ebay' AND listing_id = ?").get(item) as { id: number }).id));

function emptyWorkspace(): string {
  const dbPath = path.join(tempDir(), 'receiver.db');
  openWorkspace(dbPath, { mode: 'create' }).close();
  return dbPath;
}

describe('image findings in case archives', () => {
  const dir = tempDir();
  let sender: string;
  let archive: string;

  beforeAll(async () => {
    ({ db: sender } = await writeImageWorkspace(dir));
    const created = JSON.parse(ok(['case', 'create', '--db', sender, '--name', 'Ostra copies', '--listings-where', 'marketplace=ebay', '--json'])) as { id: number; listings: number };
    expect(created.listings).toBe(6);
    archive = path.join(dir, 'ostra.assaycase');
    ok(['case', 'export', '--db', sender, '--case', String(created.id), '--out', archive]);
  });

  it('carries each image finding with its image, the official photo and the count of other sellers, and the receiver marks the shared image', () => {
    const sent = imageFindings(sender);
    expect(sent.map((f) => `${f.item} ${f.rule}`)).toEqual(['S1 image.official_photo', 'S2 image.unreadable', 'S3 image.unreadable', 'S4 image.shared_across_sellers', 'S5 image.shared_across_sellers']);
    expect(sent.every((f) => f.image_sha256 !== null)).toBe(true);
    const receiver = emptyWorkspace();
    ok(['case', 'import', archive, '--db', receiver, '--trust-key']);
    expect(imageFindings(receiver)).toEqual(sent);
    expect(marksOf(receiver, 'S4').listing).toEqual(marksOf(sender, 'S4').listing);
    expect(marksOf(receiver, 'S4').listing.map((m) => m.label)).toEqual(['Also listed by 1 other seller']);
  });

  it('imports an archive made before findings named their images; its image findings are kept and mark nothing', async () => {
    const zip = await ZipArchive.open(archive);
    const entries = new Map<string, Buffer>();
    try {
      for (const e of zip.entries) entries.set(e.name, await zip.readSmall(e.name, 64 * 1024 * 1024));
    } finally {
      zip.close();
    }
    // case.json as the version before wrote it: no image columns on any finding.
    const bundle = JSON.parse(entries.get('case.json')!.toString('utf8')) as { listings: { findings: Record<string, unknown>[] }[] };
    let stripped = 0;
    for (const listing of bundle.listings) {
      for (const f of listing.findings) {
        if ('image_sha256' in f) stripped += 1;
        delete f.image_sha256;
        delete f.photo_sha256;
        delete f.other_sellers;
      }
    }
    expect(stripped).toBeGreaterThan(0);
    const caseJson = Buffer.from(JSON.stringify(bundle), 'utf8');

    // Signed again by a sender key of its own, which the receiver trusts on import.
    const key = createSigningKey();
    const pem = Buffer.from(key.publicKeyPem);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as CaseArchiveManifest;
    manifest.origin.fingerprint = publicKeyFingerprint(key.publicKeyPem);
    manifest.signature.publicKeySha256 = manifest.origin.fingerprint;
    manifest.files = manifest.files.map((f) =>
      f.path === 'case.json' ? { ...f, size: caseJson.length, sha256: sha256Hex(caseJson) } : f.path === 'public-key.pem' ? { ...f, size: pem.length, sha256: sha256Hex(pem) } : f,
    );
    const manifestBytes = caseManifestBytes(manifest);
    entries.delete('SHA256SUMS');
    entries.set('case.json', caseJson);
    entries.set('public-key.pem', pem);
    entries.set('manifest.json', manifestBytes);
    entries.set('manifest.sig', Buffer.from(signManifest(manifestBytes, key.privateKeyPem)));
    const before = path.join(tempDir(), 'before.assaycase');
    fs.writeFileSync(before, rawZip([...entries].map(([name, data]) => ({ name, data }))));

    const receiver = emptyWorkspace();
    ok(['case', 'import', before, '--db', receiver, '--trust-key']);
    const received = imageFindings(receiver);
    expect(received.map((f) => `${f.item} ${f.rule}`)).toEqual(imageFindings(sender).map((f) => `${f.item} ${f.rule}`));
    expect(received.every((f) => f.image_sha256 === null)).toBe(true);
    expect(marksOf(receiver, 'S4').listing).toEqual([]);
    expect(marksOf(receiver, 'S4').imageOrder).toEqual(marksOf(sender, 'S4').imageOrder);
    expect(runAssay(['verify', '--db', receiver]).code).toBe(0);
    // The receiver's next scoring names the images, and the marks appear.
    ok(['score', '--db', receiver]);
    expect(marksOf(receiver, 'S4').listing).toEqual(marksOf(sender, 'S4').listing);
  });
});
