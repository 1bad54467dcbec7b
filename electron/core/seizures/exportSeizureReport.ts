// `assay seizure report` and the app's report button: writes report.pdf, the inventory with verdicts as CSV and
// XLSX, the photos, the documents received from the authority, and the packets' manifest.json, SHA256SUMS, public
// key and Ed25519 manifest.sig, all or nothing, so `assay verify DIR` and `sha256sum -c` check it like a takedown
// packet. Records a custody event.
import fs from 'node:fs';
import path from 'node:path';
import type { SeizureReportResult } from '../../api/seizureContract';
import { appendCustodyEvent } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import type { Workspace } from '../db/openWorkspace';
import { identifiersOfSeizure, seizureDocuments } from '../db/seizureRepository';
import { canonicalJson, sha256Hex } from '../hashing';
import { safeFileName } from '../packets/evidenceNames';
import { ASSAY_VERSION, workspaceSigningKey } from '../packets/exportPacket';
import { publicKeyFingerprint, signManifest } from '../packets/manifestSignature';
import { MANIFEST, MANIFEST_FORMAT, PUBLIC_KEY, SIGNATURE, SUMS, byPath, sha256Sums } from '../packets/packetManifest';
import { renderPdf } from '../packets/renderPdf';
import { checkOutput, writePacket, type PacketEntry } from '../packets/writePacket';
import { localToday } from './deadlineWarning';
import { inventoryCsv, inventoryXlsx } from './inventorySheets';
import { seizureReportData } from './seizureReportData';
import { seizureReportDocument } from './seizureReportDocument';
import type { Who } from './seizureEditing';

export interface SeizureReportRequest {
  seizureId: number;
  out: string;
  force?: boolean;
  time?: Date;
}

export async function exportSeizureReport(ws: Workspace, r: SeizureReportRequest, who: Who): Promise<SeizureReportResult> {
  const time = r.time ?? new Date();
  const createdAt = time.toISOString();
  const out = path.resolve(r.out);
  const data = seizureReportData(ws.db, r.seizureId, localToday(time));
  checkOutput(out, r.force === true);
  const store = evidenceStoreFor(ws.dir);
  const key = workspaceSigningKey(ws);
  const producer = `Assay ${ASSAY_VERSION}`;

  const { serials } = identifiersOfSeizure(ws.db, r.seizureId);
  const generated: { path: string; bytes: Buffer; role: string }[] = [
    { path: 'report.pdf', bytes: await renderPdf(seizureReportDocument(data, createdAt, (sha) => store.pathOf(sha)), time, producer), role: 'report' },
    { path: 'inventory.csv', bytes: inventoryCsv(data.lines, serials), role: 'inventory' },
    { path: 'inventory.xlsx', bytes: await inventoryXlsx(data.lines, serials, time), role: 'inventory' },
    { path: PUBLIC_KEY, bytes: Buffer.from(key.publicKeyPem, 'utf8'), role: 'public-key' },
  ];
  const entries: PacketEntry[] = generated.map((g) => ({ path: g.path, bytes: g.bytes }));
  const files = generated.map((g) => ({ path: g.path, size: g.bytes.length, sha256: sha256Hex(g.bytes), role: g.role }));
  for (const line of data.lines) {
    for (const photo of line.photoFiles) {
      const photoPath = `photos/line-${line.lineNo}-${photo.evidenceId}-${safeFileName(photo.name)}`;
      const size = fs.statSync(store.pathOf(photo.sha256), { throwIfNoEntry: false })?.size ?? 0;
      entries.push({ path: photoPath, file: store.pathOf(photo.sha256), sha256: photo.sha256, size, label: `"${photo.name}" (evidence ${photo.evidenceId})` });
      files.push({ path: photoPath, size, sha256: photo.sha256, role: 'photo' });
    }
  }
  // The documents the authority sent, so it sees exactly what the brand received.
  for (const doc of seizureDocuments(ws.db, r.seizureId)) {
    const docPath = `documents/${doc.evidenceId}-${safeFileName(doc.name)}`;
    entries.push({ path: docPath, file: store.pathOf(doc.sha256), sha256: doc.sha256, size: doc.size, label: `"${doc.name}" (evidence ${doc.evidenceId})` });
    files.push({ path: docPath, size: doc.size, sha256: doc.sha256, role: 'document' });
  }
  const { seizure, totals } = data;
  // The packets' manifest format, so their verifier checks it; "case" names the seizure for its one-line summary.
  const manifest = {
    format: MANIFEST_FORMAT,
    assayVersion: ASSAY_VERSION,
    createdAt,
    profile: 'seizure-report',
    case: { id: seizure.id, name: `seizure ${seizure.reference} (${seizure.authority})`, status: 'examination report' },
    seizure: { id: seizure.id, authority: seizure.authority, reference: seizure.reference, lines: totals.lines, quantity: totals.quantity },
    brand: { name: data.rightsHolder?.brandName ?? '', owner: data.rightsHolder?.ownerName ?? '' },
    signature: { algorithm: 'Ed25519', file: SIGNATURE, publicKey: PUBLIC_KEY, publicKeySha256: publicKeyFingerprint(key.publicKeyPem) },
    files: [...files].sort(byPath),
  };
  const manifestBytes = Buffer.from(`${canonicalJson(manifest)}\n`, 'utf8');
  const signature = Buffer.from(signManifest(manifestBytes, key.privateKeyPem), 'utf8');
  const sums = Buffer.from(sha256Sums([...files, { path: MANIFEST, sha256: sha256Hex(manifestBytes) }, { path: SIGNATURE, sha256: sha256Hex(signature) }]), 'utf8');
  entries.push({ path: MANIFEST, bytes: manifestBytes }, { path: SIGNATURE, bytes: signature }, { path: SUMS, bytes: sums });
  entries.sort(byPath);

  await writePacket(entries, out, { zip: false, force: r.force === true, time });
  const manifestSha256 = sha256Hex(manifestBytes);
  ws.db.transaction(() => {
    appendCustodyEvent(ws.db, {
      at: who.at, actor: who.actor, action: 'seizure.report_exported', subjectType: 'seizure', subjectId: seizure.id,
      details: { reference: seizure.reference, out, manifestSha256, files: entries.length, totals: totals.byVerdict },
    });
  })();
  return { outDir: out, files: entries.map((e) => e.path), manifestSha256 };
}
