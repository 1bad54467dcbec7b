// `assay backup` and Settings → Backup: a snapshot of the open workspace through SQLite's online backup API
// (readers and writers carry on meanwhile), checked, then zipped with every evidence file it refers to and a
// manifest of sizes and hashes. The archive is written under a temporary name, read back and re-hashed in
// full, and only then renamed to its final name, so a finished backup is always a verified one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import Database from 'better-sqlite3';
import yazl from 'yazl';

import { verifyCustodyLog } from '../cases/custodyLog';
import { evidenceStoreFor } from '../cases/evidenceStore';
import { storedFileHashes } from '../db/evidenceRepository';
import { integrityProblems, type Workspace } from '../db/openWorkspace';
import { AssayError, storageError } from '../errors';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_NAME, MANIFEST_NAME, evidenceEntryName, type BackupFile, type BackupManifest } from './backupManifest';
import { inspectBackup } from './inspectBackup';
import { makeWorkFolder, removeStaleWorkFolders } from './staleWork';

/** The work folder beside the backup: the snapshot and the archive under its temporary name. */
const WORK_PREFIX = '.assay-backup-';

export interface BackupSummary {
  file: string;
  bytes: number;
  createdAt: string;
  evidenceFiles: number;
  custodyEvents: number;
  seconds: number;
}

export interface WriteBackupOptions {
  now?: Date;
  /** Replace an existing file at `outFile`. */
  force?: boolean;
}

const mtime = (iso: string) => new Date(iso);

/** Hashes what passes through and counts its bytes. */
function hashingPassThrough(): { stream: Transform; digest: () => { sha256: string; size: number } } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, digest: () => ({ sha256: hash.digest('hex'), size }) };
}

export async function writeBackup(ws: Workspace, outFile: string, options: WriteBackupOptions = {}): Promise<BackupSummary> {
  const started = performance.now();
  const target = path.resolve(outFile);
  const createdAt = (options.now ?? new Date()).toISOString();
  if (fs.existsSync(target) && !options.force) throw new AssayError('exists', `${target} already exists; choose another name, or pass --force to replace it.`);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) throw new AssayError('not_found', `Cannot write the backup: the folder ${folder} does not exist.`);

  removeStaleWorkFolders(folder, WORK_PREFIX);
  const work = makeWorkFolder(folder, WORK_PREFIX);
  const snapshot = path.join(work, DATABASE_NAME);
  const partial = path.join(work, 'backup.zip');
  try {
    try {
      await ws.db.backup(snapshot);
    } catch (e) {
      throw storageError(e, `The backup to ${target}`) ?? new AssayError('io_error', `Could not write the backup of ${ws.dbPath} into ${folder}: ${(e as Error).message}.`, { cause: e });
    }
    const { schemaVersion, custody, evidence } = await checkSnapshot(snapshot, ws);

    const zip = new yazl.ZipFile();
    const output = fs.createWriteStream(partial, { flags: 'wx' });
    const written = pipeline(zip.outputStream, output);
    const files: BackupFile[] = [];
    const add = async (source: string, name: string, compress: boolean): Promise<BackupFile> => {
      const hashing = hashingPassThrough();
      const done = new Promise<void>((resolve, reject) => {
        hashing.stream.on('end', resolve);
        hashing.stream.on('error', reject);
      });
      const input = fs.createReadStream(source, { highWaterMark: 1024 * 1024 });
      input.on('error', (e) => hashing.stream.destroy(e));
      zip.addReadStream(input.pipe(hashing.stream), name, { mtime: mtime(createdAt), mode: 0o100444, compress });
      await done;
      return { path: name, ...hashing.digest() };
    };

    try {
      files.push(await add(snapshot, DATABASE_NAME, true));
      const store = evidenceStoreFor(ws.dir);
      for (const sha256 of evidence) {
        const source = store.pathOf(sha256);
        if (!fs.existsSync(source)) throw new AssayError('not_found', `Evidence file ${sha256} is missing from the store (${source}); the backup was not written. Run "assay verify --db ${ws.dbPath}".`);
        // Photos and PDFs are compressed already; storing them keeps the backup fast.
        const file = await add(source, evidenceEntryName(sha256), false);
        if (file.sha256 !== sha256) throw new AssayError('verification_failed', `Evidence file ${source} has changed: its SHA-256 is ${file.sha256}, not ${sha256}; the backup was not written.`);
        files.push(file);
      }
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        version: BACKUP_FORMAT_VERSION,
        created_at: createdAt,
        schema_version: schemaVersion,
        custody_events: custody.events,
        custody_head: custody.head,
        files,
      };
      zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_NAME, { mtime: mtime(createdAt), mode: 0o100444 });
      zip.end();
      await written;
    } catch (e) {
      output.destroy();
      throw e;
    }

    // Read the archive back and re-hash every entry before it takes the final name.
    await inspectBackup(partial, { label: target });
    fs.renameSync(partial, target);
    return {
      file: target,
      bytes: fs.statSync(target).size,
      createdAt,
      evidenceFiles: evidence.length,
      custodyEvents: custody.events,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (e) {
    throw storageError(e, `The backup to ${target}`) ?? e;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Opens the snapshot on its own: it must pass integrity_check, and its custody chain must hold. */
async function checkSnapshot(snapshot: string, ws: Workspace) {
  const db = new Database(snapshot, { readonly: true, ...(ws.nativeBinding ? { nativeBinding: ws.nativeBinding } : {}) });
  try {
    const problems = integrityProblems(db, 'full');
    if (problems.length > 0) throw new AssayError('workspace_invalid', `The workspace ${ws.dbPath} fails SQLite's integrity check (${problems[0]}); no backup was written.`);
    const custody = await verifyCustodyLog(db);
    if (!custody.ok) throw new AssayError('verification_failed', `The custody log of ${ws.dbPath} is broken at event ${custody.seq} (${custody.reason}); no backup was written.`);
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const evidence = storedFileHashes(db);
    return { schemaVersion, custody, evidence };
  } finally {
    db.close();
  }
}
