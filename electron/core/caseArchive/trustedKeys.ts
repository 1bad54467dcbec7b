// The keys whose case archives this workspace accepts. Its own signing key is trusted without a row; any other
// key is trusted only after a person has confirmed its fingerprint (assay case import --trust-key, or the app).
import type Database from 'better-sqlite3';

import { readSigningKey } from '../db/packetRepository';
import { publicKeyFingerprint } from '../packets/manifestSignature';

export type KeyStatus = 'own' | 'known' | 'unknown';

export function keyStatus(db: Database.Database, fingerprint: string): KeyStatus {
  const own = readSigningKey(db);
  if (own && publicKeyFingerprint(own.publicKeyPem) === fingerprint) return 'own';
  return db.prepare('SELECT 1 FROM trusted_key WHERE fingerprint = ?').get(fingerprint) ? 'known' : 'unknown';
}

export function trustKey(db: Database.Database, k: { fingerprint: string; publicKeyPem: string; label: string; at: string; actor: string }): void {
  db.prepare('INSERT OR IGNORE INTO trusted_key (fingerprint, public_key, first_seen, label, trusted_by) VALUES (?, ?, ?, ?, ?)').run(k.fingerprint, k.publicKeyPem, k.at, k.label, k.actor);
}

export interface TrustedKeyRecord {
  fingerprint: string;
  label: string;
  firstSeen: string;
  trustedBy: string;
}

export function trustedKeys(db: Database.Database): TrustedKeyRecord[] {
  return (db.prepare('SELECT fingerprint, label, first_seen, trusted_by FROM trusted_key ORDER BY first_seen').all() as { fingerprint: string; label: string; first_seen: string; trusted_by: string }[]).map((r) => ({
    fingerprint: r.fingerprint,
    label: r.label,
    firstSeen: r.first_seen,
    trustedBy: r.trusted_by,
  }));
}
