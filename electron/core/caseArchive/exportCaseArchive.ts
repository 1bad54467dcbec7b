// `assay case export` and the app's "Export for another workstation": one case and all it draws on, in a signed
// .assaycase archive (a ZIP written deterministically: every entry dated at the export time). The archive's case
// UID is the one the case came with when it was itself imported, so the case keeps one identity across workstations.
import fs from 'node:fs';
import path from 'node:path';

import { appendCustodyEvent, GENESIS_HASH } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { custodyHead, importedCaseUid } from '../db/caseArchiveRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { sha256Hex } from '../hashing';
import { currentActor } from '../imports/actor';
import { ASSAY_VERSION, workspaceSigningKey } from '../packets/exportPacket';
import { publicKeyFingerprint, signManifest } from '../packets/manifestSignature';
import { PUBLIC_KEY, SIGNATURE, SUMS, MANIFEST, byPath, sha256Sums } from '../packets/packetManifest';
import { checkOutput, writePacket, type PacketEntry } from '../packets/writePacket';
import { CASE_ARCHIVE_FORMAT, CASE_DATA, EVIDENCE_PREFIX, caseManifestBytes, caseUid, type CaseArchiveFile, type CaseArchiveManifest } from './caseArchiveManifest';
import { readCaseBundle } from './readCaseBundle';

export interface CaseExportRequest {
  caseId: number;
  out: string;
  force?: boolean;
  /** The archive's time; every ZIP entry carries it, so the same export at the same time gives the same bytes. */
  time?: Date;
}

export interface CaseExportResult {
  caseId: number;
  caseUid: string;
  out: string;
  bytes: number;
  listings: number;
  products: number;
  evidence: number;
  custodyEvents: number;
  manifestSha256: string;
  publicKeySha256: string;
}

export const caseArchiveOutPath = (out: string): string => {
  const resolved = path.resolve(out);
  return /\.assaycase$/i.test(resolved) ? resolved : `${resolved}.assaycase`;
};

export async function exportCaseArchive(ws: Workspace, r: CaseExportRequest): Promise<CaseExportResult> {
  const time = r.time ?? new Date();
  const out = caseArchiveOutPath(r.out);
  checkOutput(out, r.force === true);
  const key = workspaceSigningKey(ws);
  const fingerprint = publicKeyFingerprint(key.publicKeyPem);

  // One read transaction, so the case, its evidence rows and the custody head are one moment's state.
  const { bundle, head, uid } = ws.db.transaction(() => {
    const b = readCaseBundle(ws.db, r.caseId);
    if (!b) throw new AssayError('not_found', `There is no case ${r.caseId} in ${ws.dbPath}. "assay case list" shows the cases.`);
    const h = custodyHead(ws.db) ?? { seq: 0, hash: GENESIS_HASH };
    return { bundle: b, head: h, uid: importedCaseUid(ws.db, r.caseId) ?? caseUid(fingerprint, r.caseId) };
  })();

  const store = evidenceStoreFor(ws.dir);
  const caseData = Buffer.from(`${JSON.stringify(bundle)}\n`, 'utf8');
  const publicKey = Buffer.from(key.publicKeyPem, 'utf8');
  const entries: PacketEntry[] = [
    { path: CASE_DATA, bytes: caseData },
    { path: PUBLIC_KEY, bytes: publicKey },
  ];
  const files: CaseArchiveFile[] = [
    { path: CASE_DATA, size: caseData.length, sha256: sha256Hex(caseData), role: 'case-data' },
    { path: PUBLIC_KEY, size: publicKey.length, sha256: sha256Hex(publicKey), role: 'public-key' },
  ];
  const seen = new Set<string>();
  for (const e of bundle.evidence) {
    if (seen.has(e.sha256)) continue;
    seen.add(e.sha256);
    const size = Number(e.row.size);
    const name = `${EVIDENCE_PREFIX}${e.sha256}`;
    entries.push({ path: name, file: store.pathOf(e.sha256), sha256: e.sha256, size, label: `"${String(e.row.original_name)}" (evidence ${e.originId})` });
    files.push({ path: name, size, sha256: e.sha256, role: 'evidence' });
  }
  const manifest: CaseArchiveManifest = {
    format: CASE_ARCHIVE_FORMAT,
    assayVersion: ASSAY_VERSION,
    createdAt: time.toISOString(),
    case: { uid, id: r.caseId, name: String(bundle.case.name), status: String(bundle.case.status) },
    origin: { fingerprint, custodyHead: head },
    signature: { algorithm: 'Ed25519', file: SIGNATURE, publicKey: PUBLIC_KEY, publicKeySha256: fingerprint },
    counts: { listings: bundle.listings.length, products: bundle.products.length, evidence: bundle.evidence.length, custodyEvents: bundle.custody.length },
    files: files.sort(byPath),
  };
  const mBytes = caseManifestBytes(manifest);
  const sig = Buffer.from(signManifest(mBytes, key.privateKeyPem), 'utf8');
  const sums = Buffer.from(sha256Sums([...files, { path: MANIFEST, sha256: sha256Hex(mBytes) }, { path: SIGNATURE, sha256: sha256Hex(sig) }]), 'utf8');
  entries.push({ path: MANIFEST, bytes: mBytes }, { path: SIGNATURE, bytes: sig }, { path: SUMS, bytes: sums });
  entries.sort(byPath);

  await writePacket(entries, out, { zip: true, force: r.force === true, time });

  const bytes = fs.statSync(out).size;
  const manifestSha256 = sha256Hex(mBytes);
  appendCustodyEvent(ws.db, {
    at: new Date().toISOString(),
    actor: currentActor(),
    action: 'case.exported',
    subjectType: 'case',
    subjectId: r.caseId,
    details: { caseUid: uid, out, createdAt: manifest.createdAt, manifestSha256, bytes, listings: manifest.counts.listings, evidence: manifest.counts.evidence, custodyHead: head },
  });
  return { caseId: r.caseId, caseUid: uid, out, bytes, ...manifest.counts, manifestSha256, publicKeySha256: fingerprint };
}
