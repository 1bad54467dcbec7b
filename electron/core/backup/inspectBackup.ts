// Reads a backup archive without trusting it: every entry name is judged before a byte is extracted (only
// assay.db, evidence/ab/cdef… and backup.json may be there; no links, no escaping paths, no duplicates), every
// entry's size must be what the manifest says (yauzl stops an entry that inflates past its declared size, so a
// ZIP bomb stops at the manifest's figure), and every entry is re-hashed against the manifest. With `extractTo`
// the entries are also written there, for a restore to check the database before it replaces anything.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { UnsafeZipEntryError, ZipArchive, unsafeEntryReason } from '../archives/zipArchive';
import { AssayError } from '../errors';
import { MANIFEST_NAME, isAllowedEntryName, parseBackupManifest, type BackupManifest } from './backupManifest';

export interface InspectOptions {
  /** Write each checked entry under this folder (which must exist and be empty). */
  extractTo?: string;
  /** The name to use in messages (the final name of a backup still under its temporary one). */
  label?: string;
  /** Called after each file is checked, with how many of the manifest's files are done. */
  onFile?: (done: number, total: number) => void;
}

const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;
/** Folder entries a hand-made ZIP of a backup may carry; they are skipped, never extracted. */
const EVIDENCE_FOLDER = /^evidence\/(?:[0-9a-f]{2}\/)?$/;

const refuse = (message: string) => new AssayError('verification_failed', message);

export async function inspectBackup(file: string, options: InspectOptions = {}): Promise<BackupManifest> {
  const label = options.label ?? file;
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AssayError('not_found', `There is no backup at ${label}.`);
    if (e instanceof UnsafeZipEntryError) throw refuse(`${label} was refused: ${e.message}.`);
    throw refuse(`${label} is not an Assay backup: it is not a readable ZIP archive (${(e as Error).message}).`);
  }
  try {
    for (const entry of zip.entries) {
      const unsafe = unsafeEntryReason(entry);
      if (unsafe) throw refuse(`${label} was refused: ${unsafe}.`);
      if (entry.isDirectory && EVIDENCE_FOLDER.test(entry.name) && entry.size === 0) continue;
      if (!isAllowedEntryName(entry.name)) throw refuse(`${label} was refused: it holds ${entry.name}, which is not a file an Assay backup holds.`);
    }
    if (zip.duplicateNames.length > 0) throw refuse(`${label} was refused: it holds ${zip.duplicateNames[0]} more than once.`);
    if (!zip.entries.some((e) => e.name === MANIFEST_NAME)) throw refuse(`${label} is not an Assay backup: it has no ${MANIFEST_NAME}.`);

    let manifest: BackupManifest;
    try {
      manifest = parseBackupManifest((await zip.readSmall(MANIFEST_NAME, MANIFEST_MAX_BYTES)).toString('utf8'), label);
    } catch (e) {
      throw refuse((e as Error).message);
    }
    const listed = new Map(manifest.files.map((f) => [f.path, f]));
    for (const entry of zip.entries) {
      if (entry.name === MANIFEST_NAME || entry.isDirectory) continue;
      const expected = listed.get(entry.name);
      if (!expected) throw refuse(`${label} was refused: it holds ${entry.name}, which its manifest does not list.`);
      if (entry.size !== expected.size) throw refuse(`${label} was refused: ${entry.name} declares ${entry.size} bytes, but the manifest says ${expected.size}.`);
    }
    for (const f of manifest.files) {
      if (!zip.entries.some((e) => e.name === f.path)) throw refuse(`${label} is incomplete: ${f.path}, listed in its manifest, is not in the archive.`);
    }
    if (options.extractTo) checkSpace(options.extractTo, manifest, label);

    for (const [index, f] of manifest.files.entries()) {
      const hash = createHash('sha256');
      let size = 0;
      const out = options.extractTo ? openOutput(options.extractTo, f.path) : null;
      try {
        for await (const chunk of await zip.openStream(f.path)) {
          hash.update(chunk as Buffer);
          size += (chunk as Buffer).length;
          if (out !== null) fs.writeSync(out, chunk as Buffer);
        }
      } catch (e) {
        throw refuse(`${label} was refused: ${f.path} inside it is damaged or holds more than it declares (${(e as Error).message}).`);
      } finally {
        if (out !== null) fs.closeSync(out);
      }
      const sha256 = hash.digest('hex');
      if (size !== f.size || sha256 !== f.sha256) throw refuse(`${label} fails verification: ${f.path} has SHA-256 ${sha256}, but the manifest says ${f.sha256}.`);
      options.onFile?.(index + 1, manifest.files.length);
    }
    return manifest;
  } finally {
    zip.close();
  }
}

function openOutput(root: string, entryName: string): number {
  const target = path.join(root, ...entryName.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  return fs.openSync(target, 'wx');
}

/** Refuses before extracting when the folder's disk cannot hold what the manifest declares. */
function checkSpace(folder: string, manifest: BackupManifest, label: string): void {
  const needed = manifest.files.reduce((sum, f) => sum + f.size, 0);
  const stats = fs.statfsSync(folder);
  const available = stats.bavail * stats.bsize;
  if (needed > available) {
    throw new AssayError('io_error', `${label} needs ${Math.ceil(needed / 1e6).toLocaleString('en-US')} MB to restore, but the disk holding ${folder} has ${Math.floor(available / 1e6).toLocaleString('en-US')} MB free.`);
  }
}
