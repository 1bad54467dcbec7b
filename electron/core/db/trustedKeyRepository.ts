// All SQL over trusted_key: the other workstations' signing keys a person has confirmed, so their case archives
// are accepted. (This workspace's own key lives with the packet signing key, in packetRepository.)
import type Database from 'better-sqlite3';

export interface TrustedKeyRow {
  fingerprint: string;
  label: string;
  first_seen: string;
  trusted_by: string;
}

export function isTrustedKey(db: Database.Database, fingerprint: string): boolean {
  return db.prepare('SELECT 1 FROM trusted_key WHERE fingerprint = ?').get(fingerprint) !== undefined;
}

export function insertTrustedKey(db: Database.Database, k: { fingerprint: string; publicKeyPem: string; label: string; at: string; actor: string }): void {
  db.prepare('INSERT OR IGNORE INTO trusted_key (fingerprint, public_key, first_seen, label, trusted_by) VALUES (?, ?, ?, ?, ?)').run(k.fingerprint, k.publicKeyPem, k.at, k.label, k.actor);
}

export function trustedKeyRows(db: Database.Database): TrustedKeyRow[] {
  return db.prepare('SELECT fingerprint, label, first_seen, trusted_by FROM trusted_key ORDER BY first_seen').all() as TrustedKeyRow[];
}
