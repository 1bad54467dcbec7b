// `assay packet export` and the app's export: reads the case, plans the packet, builds its documents, signs
// its manifest with the workspace key, writes it all or nothing, and records the packet and a custody event.
import fs from 'node:fs';
import path from 'node:path';
import packageJson from '../../../package.json';
import { appendCustodyEvent } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import type { Workspace } from '../db/openWorkspace';
import { insertPacket, insertSigningKey, readPacketCase, readSigningKey } from '../db/packetRepository';
import { AssayError } from '../errors';
import { sha256Hex } from '../hashing';
import { currentActor } from '../imports/actor';
import { createSigningKey, publicKeyFingerprint, signManifest } from './manifestSignature';
import { MANIFEST, MANIFEST_FORMAT, PUBLIC_KEY, SIGNATURE, SUMS, byPath, manifestBytes, sha256Sums, type ManifestFile, type PacketManifest } from './packetManifest';
import { isPacketProfileId, PACKET_PROFILES, PROFILES, type PacketProfile } from './packetProfiles';
import { planPacket, type PacketPlan } from './planPacket';
import { checkOutput, writePacket, type PacketEntry } from './writePacket';
import type { PacketExportSummary } from '../../api/packetContract';

export const ASSAY_VERSION: string = packageJson.version;
const PRODUCER = `Assay ${ASSAY_VERSION}`;

export interface ExportRequest {
  caseId: number;
  profile: string;
  out: string;
  zip: boolean;
  force: boolean;
  /** The packet's creation time; fixed by --time so that two exports are byte-identical. */
  time?: Date;
  onProgress?(phase: string, done: number, total: number): void;
}

/** What an export wrote: the same shape the contract's packets.export returns. */
export type ExportResult = PacketExportSummary;

export function packetProfile(id: string): PacketProfile {
  if (!isPacketProfileId(id)) throw new AssayError('invalid_input', `There is no packet profile "${id}". The profiles are ${PACKET_PROFILES.join(', ')}.`);
  return PROFILES[id];
}

/** The workspace's signing key, made and stored at first use. */
export function workspaceSigningKey(ws: Workspace): { publicKeyPem: string; privateKeyPem: string } {
  return readSigningKey(ws.db) ?? insertSigningKey(ws.db, createSigningKey(), new Date().toISOString());
}

/** The plan of a packet for the preview and the export; throws the refusal as one sentence. */
export function planCasePacket(ws: Workspace, caseId: number, profileId: string, time: Date, publicKeyPem: string): PacketPlan {
  const profile = packetProfile(profileId);
  const c = readPacketCase(ws.db, caseId);
  if (!c) throw new AssayError('not_found', `There is no case ${caseId} in ${ws.dbPath}. "assay case list" shows the cases.`);
  const store = evidenceStoreFor(ws.dir);
  return planPacket(c, profile, { time, producer: PRODUCER, publicKeyPem, photoFile: (e) => store.pathOf(e.sha256) });
}

export const packetOutPath = (out: string, zip: boolean): string => {
  const resolved = path.resolve(out);
  return zip && !/\.zip$/i.test(resolved) ? `${resolved}.zip` : resolved;
};

export async function exportPacket(ws: Workspace, r: ExportRequest): Promise<ExportResult> {
  const time = r.time ?? new Date();
  const createdAt = time.toISOString();
  const profile = packetProfile(r.profile);
  const out = packetOutPath(r.out, r.zip);
  const key = workspaceSigningKey(ws);
  const c = readPacketCase(ws.db, r.caseId);
  if (!c) throw new AssayError('not_found', `There is no case ${r.caseId} in ${ws.dbPath}. "assay case list" shows the cases.`);
  const plan = planCasePacket(ws, r.caseId, profile.id, time, key.publicKeyPem);
  checkOutput(out, r.force);

  const store = evidenceStoreFor(ws.dir);
  const entries: PacketEntry[] = [];
  const files: ManifestFile[] = [];
  for (const [i, g] of plan.generated.entries()) {
    r.onProgress?.('documents', i, plan.generated.length);
    const bytes = await g.build();
    entries.push({ path: g.path, bytes });
    files.push({ path: g.path, size: bytes.length, sha256: sha256Hex(bytes), role: g.role });
  }
  for (const e of plan.evidence) {
    entries.push({ path: e.path, file: store.pathOf(e.sha256), sha256: e.sha256, size: e.size, label: `"${e.originalName}" (evidence ${e.evidenceId})` });
    files.push({ path: e.path, size: e.size, sha256: e.sha256, role: 'evidence' });
  }
  const manifest: PacketManifest = {
    format: MANIFEST_FORMAT,
    assayVersion: ASSAY_VERSION,
    createdAt,
    profile: profile.id,
    case: { id: c.id, name: c.name, status: c.status },
    brand: { name: c.rightsHolder.brandName, owner: c.rightsHolder.ownerName },
    signature: { algorithm: 'Ed25519', file: SIGNATURE, publicKey: PUBLIC_KEY, publicKeySha256: publicKeyFingerprint(key.publicKeyPem) },
    files: files.sort(byPath),
  };
  const mBytes = manifestBytes(manifest);
  const sig = Buffer.from(signManifest(mBytes, key.privateKeyPem), 'utf8');
  const sums = Buffer.from(sha256Sums([...files, { path: MANIFEST, sha256: sha256Hex(mBytes) }, { path: SIGNATURE, sha256: sha256Hex(sig) }]), 'utf8');
  entries.push({ path: MANIFEST, bytes: mBytes }, { path: SIGNATURE, bytes: sig }, { path: SUMS, bytes: sums });
  entries.sort(byPath);

  await writePacket(entries, out, { zip: r.zip, force: r.force, time, onProgress: (done, total) => r.onProgress?.('files', done, total) });

  const bytes = r.zip ? fs.statSync(out).size : entries.reduce((n, e) => n + ('bytes' in e ? e.bytes.length : e.size), 0);
  const manifestSha256 = sha256Hex(mBytes);
  const packetId = ws.db.transaction(() => {
    const id = insertPacket(ws.db, { caseId: c.id, profile: profile.id, createdAt, outPath: out, manifestSha256, files: entries.length, bytes });
    appendCustodyEvent(ws.db, {
      at: new Date().toISOString(),
      actor: currentActor(),
      action: 'packet.exported',
      subjectType: 'case',
      subjectId: c.id,
      details: { packetId: id, profile: profile.id, out, zip: r.zip, createdAt, manifestSha256, files: entries.length, bytes },
    });
    return id;
  })();
  return {
    packetId,
    caseId: c.id,
    profile: profile.id,
    out,
    zip: r.zip,
    createdAt,
    files: entries.length,
    bytes,
    manifestSha256,
    publicKeySha256: manifest.signature.publicKeySha256,
    listings: plan.listings,
    links: plan.links,
    notes: plan.notes,
  };
}
