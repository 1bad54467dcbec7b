// The keys whose case archives this workspace accepts. Its own signing key is trusted without a row; any other
// key is trusted only after a person has confirmed its fingerprint (assay case import --trust-key, or the app).
import type Database from 'better-sqlite3';

import { readSigningKey } from '../db/packetRepository';
import { insertTrustedKey, isTrustedKey, trustedKeyRows } from '../db/trustedKeyRepository';
import { publicKeyFingerprint } from '../packets/manifestSignature';

export type KeyStatus = 'own' | 'known' | 'unknown';

export function keyStatus(db: Database.Database, fingerprint: string): KeyStatus {
  const own = readSigningKey(db);
  if (own && publicKeyFingerprint(own.publicKeyPem) === fingerprint) return 'own';
  return isTrustedKey(db, fingerprint) ? 'known' : 'unknown';
}

export function trustKey(db: Database.Database, k: { fingerprint: string; publicKeyPem: string; label: string; at: string; actor: string }): void {
  insertTrustedKey(db, k);
}

export interface TrustedKeyRecord {
  fingerprint: string;
  label: string;
  firstSeen: string;
  trustedBy: string;
}

export function trustedKeys(db: Database.Database): TrustedKeyRecord[] {
  return trustedKeyRows(db).map((r) => ({
    fingerprint: r.fingerprint,
    label: r.label,
    firstSeen: r.first_seen,
    trustedBy: r.trusted_by,
  }));
}
