// What an Assay backup archive holds and how its entry names are judged: `assay.db` (a snapshot taken with
// SQLite's online backup API), every evidence file the snapshot refers to under `evidence/ab/cdef…`, and
// `backup.json` listing each file's size and SHA-256. Anything else in an archive is refused.

export const BACKUP_FORMAT = 'assay-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'backup.json';
export const DATABASE_NAME = 'assay.db';

export interface BackupFile {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  created_at: string;
  schema_version: number;
  custody_events: number;
  custody_head: string;
  files: BackupFile[];
}

const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{2})\/([0-9a-f]{62})$/;
const SHA256 = /^[0-9a-f]{64}$/;

export const evidenceEntryName = (sha256: string): string => `evidence/${sha256.slice(0, 2)}/${sha256.slice(2)}`;

/** The SHA-256 an evidence entry's name promises, or null when the name is not an evidence entry. */
export function evidenceHashOfEntry(name: string): string | null {
  const m = EVIDENCE_ENTRY.exec(name);
  return m ? m[1]! + m[2]! : null;
}

export const isAllowedEntryName = (name: string): boolean => name === MANIFEST_NAME || name === DATABASE_NAME || EVIDENCE_ENTRY.test(name);

/** Reads and checks backup.json's shape; throws a sentence naming what is wrong. */
export function parseBackupManifest(text: string, archive: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${archive}: ${MANIFEST_NAME} is not valid JSON.`);
  }
  const m = value as Partial<BackupManifest>;
  if (!m || typeof m !== 'object' || m.format !== BACKUP_FORMAT) throw new Error(`${archive} is not an Assay backup: ${MANIFEST_NAME} does not say format "${BACKUP_FORMAT}".`);
  if (m.version !== BACKUP_FORMAT_VERSION) throw new Error(`${archive} is a backup format version ${String(m.version)}, which this Assay does not read.`);
  if (!Array.isArray(m.files) || typeof m.schema_version !== 'number' || typeof m.created_at !== 'string') throw new Error(`${archive}: ${MANIFEST_NAME} is missing its files, schema version or creation time.`);
  const seen = new Set<string>();
  for (const f of m.files) {
    if (!f || typeof f.path !== 'string' || !Number.isSafeInteger(f.size) || f.size < 0 || typeof f.sha256 !== 'string' || !SHA256.test(f.sha256)) {
      throw new Error(`${archive}: ${MANIFEST_NAME} has a file entry without a path, size and SHA-256.`);
    }
    if (!isAllowedEntryName(f.path) || f.path === MANIFEST_NAME) throw new Error(`${archive}: ${MANIFEST_NAME} lists "${f.path}", which is not a file an Assay backup holds.`);
    if (seen.has(f.path)) throw new Error(`${archive}: ${MANIFEST_NAME} lists "${f.path}" twice.`);
    const promised = evidenceHashOfEntry(f.path);
    if (promised !== null && promised !== f.sha256) throw new Error(`${archive}: ${MANIFEST_NAME} gives ${f.path} the SHA-256 ${f.sha256}, which is not the hash its name promises.`);
    seen.add(f.path);
  }
  if (!seen.has(DATABASE_NAME)) throw new Error(`${archive}: ${MANIFEST_NAME} does not list ${DATABASE_NAME}.`);
  return m as BackupManifest;
}
