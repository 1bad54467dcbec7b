// Restoring a backup is one action that checks everything before it replaces anything: the archive is
// extracted beside the workspace into a staging folder, every hash checked, the database opened on its own and
// put through SQLite's full integrity check and the custody chain, and every evidence file it names found.
// Only then is the current workspace moved aside (kept, never deleted) and the restored one renamed into place.
import fs from 'node:fs';
import path from 'node:path';

import { verifyCustodyLog } from '../cases/custodyLog';
import { integrityProblems, openWorkspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { DATABASE_NAME } from './backupManifest';
import { inspectBackup } from './inspectBackup';
import { makeWorkFolder, removeStaleWorkFolders } from './staleWork';

const STAGING_PREFIX = '.assay-restore-';

export interface RestoreOptions {
  /** Replace a workspace that exists at the target (it is moved aside, not deleted). */
  force?: boolean;
  nativeBinding?: string;
  now?: Date;
}

export interface RestoreSummary {
  dbPath: string;
  backupCreatedAt: string;
  evidenceFiles: number;
  custodyEvents: number;
  /** Where the workspace that was replaced now lives, or null when there was none. */
  previousKeptAt: string | null;
}

export async function restoreBackup(archive: string, dbPath: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const target = path.resolve(dbPath);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) throw new AssayError('not_found', `Cannot restore to ${target}: the folder ${folder} does not exist.`);
  const replacing = fs.existsSync(target);
  if (replacing && !options.force) throw new AssayError('exists', `${target} already exists; pass --force to replace it (the current workspace is kept beside it).`);

  removeStaleWorkFolders(folder, STAGING_PREFIX);
  const staging = makeWorkFolder(folder, STAGING_PREFIX);
  try {
    const manifest = await inspectBackup(archive, { extractTo: staging });
    const stagedDb = path.join(staging, DATABASE_NAME);
    const custodyEvents = await checkRestoredDatabase(stagedDb, staging, archive, options.nativeBinding);
    const stagedEvidence = path.join(staging, 'evidence');
    for (const f of manifest.files) if (f.path !== DATABASE_NAME) fs.chmodSync(path.join(staging, ...f.path.split('/')), 0o444);

    let previousKeptAt: string | null = null;
    const evidenceDir = path.join(folder, 'evidence');
    if (replacing) {
      const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
      previousKeptAt = path.join(folder, `.assay-before-restore-${stamp}`);
      fs.mkdirSync(previousKeptAt);
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, path.join(previousKeptAt, path.basename(target) + suffix));
      }
      if (fs.existsSync(evidenceDir)) fs.renameSync(evidenceDir, path.join(previousKeptAt, 'evidence'));
    }
    fs.renameSync(stagedDb, target);
    if (fs.existsSync(stagedEvidence)) fs.renameSync(stagedEvidence, evidenceDir);
    return {
      dbPath: target,
      backupCreatedAt: manifest.created_at,
      evidenceFiles: manifest.files.length - 1,
      custodyEvents,
      previousKeptAt,
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The restored database on its own: an Assay workspace this version can open, sound, with its chain and evidence whole. */
async function checkRestoredDatabase(dbFile: string, staging: string, archive: string, nativeBinding: string | undefined): Promise<number> {
  let ws;
  try {
    ws = openWorkspace(dbFile, { mode: 'open', ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (e) {
    throw new AssayError('verification_failed', `${archive} was not restored: its database cannot be opened (${(e as Error).message}).`, { cause: e });
  }
  try {
    const problems = integrityProblems(ws.db, 'full');
    if (problems.length > 0) throw new AssayError('verification_failed', `${archive} was not restored: its database fails SQLite's integrity check (${problems[0]}).`);
    const custody = await verifyCustodyLog(ws.db);
    if (!custody.ok) throw new AssayError('verification_failed', `${archive} was not restored: its custody log is broken at event ${custody.seq} (${custody.reason}).`);
    for (const sha256 of ws.db.prepare('SELECT DISTINCT sha256 FROM evidence').pluck().iterate() as Iterable<string>) {
      if (!fs.existsSync(path.join(staging, 'evidence', sha256.slice(0, 2), sha256.slice(2)))) {
        throw new AssayError('verification_failed', `${archive} was not restored: evidence file ${sha256}, which its database refers to, is not in the archive.`);
      }
    }
    // Leave no WAL beside the staged file, so the rename moves the whole database.
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    return custody.events;
  } finally {
    ws.close();
  }
}
