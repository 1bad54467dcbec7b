// Restoring a backup is one action that checks everything before it replaces anything. `stageRestore` extracts
// the archive beside the workspace into a staging folder, checks every hash, opens the database on its own and
// puts it through SQLite's full integrity check and the custody chain, and finds every evidence file it names;
// the workspace in place is not touched, so the app keeps serving it meanwhile. `swapInRestore` then moves the
// current workspace aside (kept, never deleted) and renames the restored one into place; if a move fails part
// way, it puts every moved file back, so the workspace is as it was.
import fs from 'node:fs';
import path from 'node:path';

import { verifyCustodyLog } from '../cases/custodyLog';
import { storedFileHashes } from '../db/evidenceRepository';
import { integrityProblems, openWorkspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { DATABASE_NAME, type BackupManifest } from './backupManifest';
import { inspectBackup } from './inspectBackup';
import { makeWorkFolder, removeStaleWorkFolders } from './staleWork';

const STAGING_PREFIX = '.assay-restore-';
export const KEPT_PREFIX = '.assay-before-restore-';

export interface RestoreOptions {
  /** Replace a workspace that exists at the target (it is moved aside, not deleted). */
  force?: boolean;
  nativeBinding?: string;
  now?: Date;
  /** Reports the checks as they go: a phase, and how many of its steps are done. */
  onProgress?: (phase: string, done: number, total: number) => void;
  /** The file-system move; replaceable so a test can make a move fail part way through the swap. */
  rename?: (from: string, to: string) => void;
}

export interface RestoreSummary {
  dbPath: string;
  /** The archive restored. */
  file: string;
  backupCreatedAt: string;
  evidenceFiles: number;
  custodyEvents: number;
  /** Where the workspace that was replaced now lives, or null when there was none. */
  previousKeptAt: string | null;
}

/** A backup extracted and checked beside its target, ready to be swapped in; `discard` removes what is left of it. */
export interface StagedRestore {
  archive: string;
  target: string;
  staging: string;
  manifest: BackupManifest;
  custodyEvents: number;
  discard(): void;
}

export async function restoreBackup(archive: string, dbPath: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const staged = await stageRestore(archive, dbPath, options);
  try {
    return swapInRestore(staged, options);
  } finally {
    staged.discard();
  }
}

/** Extracts and checks a backup beside `dbPath` without touching the workspace there; throws a sentence if any check fails. */
export async function stageRestore(archive: string, dbPath: string, options: RestoreOptions = {}): Promise<StagedRestore> {
  const target = path.resolve(dbPath);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) throw new AssayError('not_found', `Cannot restore to ${target}: the folder ${folder} does not exist.`);
  if (fs.existsSync(target) && !options.force) throw new AssayError('exists', `${target} already exists; pass --force to replace it (the current workspace is kept beside it).`);

  removeStaleWorkFolders(folder, STAGING_PREFIX);
  const staging = makeWorkFolder(folder, STAGING_PREFIX);
  const discard = () => fs.rmSync(staging, { recursive: true, force: true });
  try {
    const manifest = await inspectBackup(archive, { extractTo: staging, ...(options.onProgress ? { onFile: (done, total) => options.onProgress!('Checking files', done, total) } : {}) });
    options.onProgress?.('Checking the database and custody chain', 0, 1);
    const custodyEvents = await checkRestoredDatabase(path.join(staging, DATABASE_NAME), staging, archive, options.nativeBinding);
    options.onProgress?.('Checking the database and custody chain', 1, 1);
    for (const f of manifest.files) if (f.path !== DATABASE_NAME) fs.chmodSync(path.join(staging, ...f.path.split('/')), 0o444);
    return { archive, target, staging, manifest, custodyEvents, discard };
  } catch (e) {
    discard();
    throw e;
  }
}

/**
 * Puts a staged backup in place of the workspace at its target; the workspace must be closed. The workspace
 * replaced is moved into `.assay-before-restore-<time>/` beside it. If any move fails, the moves already made
 * are undone in reverse and the error says the workspace was left as it was.
 */
export function swapInRestore(staged: StagedRestore, options: RestoreOptions = {}): RestoreSummary {
  const rename = options.rename ?? fs.renameSync;
  const { target } = staged;
  const folder = path.dirname(target);
  const evidenceDir = path.join(folder, 'evidence');
  const moves: { from: string; to: string }[] = [];
  const move = (from: string, to: string) => {
    rename(from, to);
    moves.push({ from, to });
  };

  let previousKeptAt: string | null = null;
  try {
    if (fs.existsSync(target)) {
      const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
      previousKeptAt = path.join(folder, `${KEPT_PREFIX}${stamp}`);
      fs.mkdirSync(previousKeptAt);
      for (const suffix of ['', '-wal', '-shm']) {
        if (fs.existsSync(target + suffix)) move(target + suffix, path.join(previousKeptAt, path.basename(target) + suffix));
      }
      if (fs.existsSync(evidenceDir)) move(evidenceDir, path.join(previousKeptAt, 'evidence'));
    }
    move(path.join(staged.staging, DATABASE_NAME), target);
    const stagedEvidence = path.join(staged.staging, 'evidence');
    if (fs.existsSync(stagedEvidence)) move(stagedEvidence, evidenceDir);
  } catch (e) {
    const stuck = undoMoves(moves);
    if (previousKeptAt && stuck.length === 0) fs.rmSync(previousKeptAt, { recursive: true, force: true });
    const reason = (e as Error).message;
    if (stuck.length > 0) {
      throw new AssayError('io_error', `${staged.archive} was checked but could not be put in place (${reason}), and ${stuck[0]} could not be moved back; the workspace that was replaced is in ${previousKeptAt}.`, { cause: e });
    }
    throw new AssayError('io_error', `${staged.archive} was checked but could not be put in place (${reason}); the workspace was left as it was.`, { cause: e });
  }
  return {
    dbPath: target,
    file: staged.archive,
    backupCreatedAt: staged.manifest.created_at,
    evidenceFiles: staged.manifest.files.length - 1,
    custodyEvents: staged.custodyEvents,
    previousKeptAt,
  };
}

/** Moves files back, newest move first; returns the paths that could not be moved back. */
function undoMoves(moves: { from: string; to: string }[]): string[] {
  const stuck: string[] = [];
  for (const { from, to } of [...moves].reverse()) {
    try {
      fs.renameSync(to, from);
    } catch {
      stuck.push(to);
    }
  }
  return stuck;
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
    for (const sha256 of storedFileHashes(ws.db)) {
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
