// Opens (or creates) a workspace's case database, refusing anything that is not an Assay workspace
// before touching it, applying numbered migrations, and running SQLite's quick_check.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AssayError } from '../errors';
import { sha256Hex } from '../hashing';
import { latestSchemaVersion, migrations } from './migrations/index';

/** "ASAY" in the database header's application_id field, so a foreign SQLite file is recognised. */
export const ASSAY_APPLICATION_ID = 0x41534159;

export interface Workspace {
  readonly db: Database.Database;
  /** Absolute path of the case database file. */
  readonly dbPath: string;
  /** The folder that holds the database and, later, the evidence store. */
  readonly dir: string;
  readonly schemaVersion: number;
  /** Problems reported by PRAGMA quick_check at open; empty when the file is sound or was not checked. */
  readonly integrityProblems: readonly string[];
  /** Whether quick_check ran at open (it reads the whole file, so a large workspace skips it; see below). */
  readonly integrityCheckedAtOpen: boolean;
  /** The better_sqlite3.node this workspace was opened with, for a second connection of the same runtime. */
  readonly nativeBinding?: string;
  close(): void;
}

export interface OpenWorkspaceOptions {
  /** 'open' needs an existing workspace; 'create' needs the file not to exist yet. */
  mode?: 'open' | 'create';
  /** Path of a better_sqlite3.node built for another runtime (the Electron ABI build). */
  nativeBinding?: string;
  /**
   * Run quick_check at open. By default it runs for a file up to QUICK_CHECK_AT_OPEN_MAX_BYTES: it reads the whole
   * file, which for a workspace of a million listings (3 GB) takes half a minute before the first screen. Larger
   * workspaces are checked in full by Verify and by every backup instead. A second connection may skip it.
   */
  quickCheck?: boolean;
  /** The size above which quick_check is skipped at open by default (tests lower it). */
  quickCheckMaxBytes?: number;
}

export const QUICK_CHECK_AT_OPEN_MAX_BYTES = 512 * 1024 * 1024;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export function openWorkspace(file: string, options: OpenWorkspaceOptions = {}): Workspace {
  const dbPath = path.resolve(file);
  const mode = options.mode ?? 'open';
  if (mode === 'open') inspectExistingFile(dbPath);
  else checkCreatable(dbPath);

  let db: Database.Database;
  try {
    db = new Database(dbPath, {
      fileMustExist: mode === 'open',
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    throw classifySqliteError(e, dbPath);
  }

  try {
    if (mode === 'create') db.pragma(`application_id = ${ASSAY_APPLICATION_ID}`);
    const journal = db.pragma('journal_mode = WAL', { simple: true });
    if (journal !== 'wal') throw new AssayError('workspace_unwritable', `Cannot open ${dbPath} for writing: SQLite could not switch it to WAL mode (got "${String(journal)}"). Move the workspace to a writable local folder.`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const schemaVersion = migrate(db, dbPath);
    const checkAtOpen = options.quickCheck ?? (mode === 'create' || fs.statSync(dbPath).size <= (options.quickCheckMaxBytes ?? QUICK_CHECK_AT_OPEN_MAX_BYTES));
    const problems = checkAtOpen ? integrityProblems(db, 'quick') : [];
    return {
      db,
      dbPath,
      dir: path.dirname(dbPath),
      schemaVersion,
      integrityProblems: problems,
      integrityCheckedAtOpen: checkAtOpen,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    throw classifySqliteError(e, dbPath);
  }
}

/** Reads the 100-byte SQLite header so a foreign or future file is refused before SQLite opens it. */
function inspectExistingFile(dbPath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dbPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AssayError('workspace_missing', `There is no Assay workspace at ${dbPath}. Create one with "assay demo --db ${dbPath}".`);
    if (code === 'EACCES' || code === 'EPERM') throw new AssayError('workspace_unwritable', `Cannot read ${dbPath}: permission denied.`);
    throw new AssayError('workspace_invalid', `Cannot read ${dbPath}: ${code ?? String(e)}.`);
  }
  if (stat.isDirectory()) throw new AssayError('workspace_invalid', `${dbPath} is a folder, not an Assay workspace file. Give the path of the workspace's .db file.`);
  if (!stat.isFile()) throw new AssayError('workspace_invalid', `${dbPath} is not a regular file, so it cannot be an Assay workspace.`);
  if (stat.size === 0) throw new AssayError('workspace_invalid', `${dbPath} is an empty file, not an Assay workspace.`);

  const header = Buffer.alloc(100);
  let fd: number;
  try {
    fd = fs.openSync(dbPath, 'r');
  } catch (e) {
    throw new AssayError('workspace_unwritable', `Cannot read ${dbPath}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : String(e)}.`);
  }
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new AssayError('workspace_invalid', `${dbPath} is not an Assay workspace: it is not a SQLite database file.`);
  }
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== ASSAY_APPLICATION_ID) {
    throw new AssayError('workspace_invalid', `${dbPath} is a SQLite database, but not an Assay workspace. Assay will not change it.`);
  }
  const userVersion = header.readUInt32BE(60);
  if (userVersion > latestSchemaVersion) throw newerWorkspace(dbPath, userVersion);
}

function checkCreatable(dbPath: string): void {
  if (fs.existsSync(dbPath)) throw new AssayError('workspace_exists', `${dbPath} already exists; Assay will not write over it.`);
  checkFolderWritable(dbPath);
}

/** Refuses, naming the target, when the folder that would hold a new workspace file is missing or read-only. */
export function checkFolderWritable(target: string): void {
  const dir = path.dirname(target);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new AssayError('workspace_unwritable', `Cannot create ${target}: the folder ${dir} does not exist.`);
  }
  if (!stat.isDirectory()) throw new AssayError('workspace_unwritable', `Cannot create ${target}: ${dir} is not a folder.`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AssayError('workspace_unwritable', `Cannot create ${target}: the folder ${dir} is read-only.`);
  }
}

const newerWorkspace = (dbPath: string, version: number) =>
  new AssayError('workspace_newer', `${dbPath} was written by a newer version of Assay (schema ${version}; this version knows up to ${latestSchemaVersion}). Update Assay to open it.`);

const migrationChecksum = (sql: string) => sha256Hex(sql).slice(0, 16);

/** Applies pending migrations and checks that those already applied are the ones this version ships. */
function migrate(db: Database.Database, dbPath: string): number {
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  if (userVersion > latestSchemaVersion) throw newerWorkspace(dbPath, userVersion);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    checksum   TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = db.prepare('SELECT version, name, checksum FROM schema_migration ORDER BY version').all() as { version: number; name: string; checksum: string }[];
  for (const row of applied) {
    const known = migrations[row.version - 1];
    if (!known) throw newerWorkspace(dbPath, row.version);
    if (known.name !== row.name || migrationChecksum(known.sql) !== row.checksum) {
      throw new AssayError('workspace_invalid', `${dbPath} records migration ${row.version} ("${row.name}") differently from this version of Assay; the schema may have been changed by hand. Open it with the version that created it, or restore a backup.`);
    }
  }
  if (applied.length !== userVersion) {
    throw new AssayError('workspace_invalid', `${dbPath} is inconsistent: its schema version is ${userVersion} but ${applied.length} migrations are recorded. Restore a backup.`);
  }
  const record = db.prepare('INSERT INTO schema_migration (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of migrations.slice(applied.length)) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, migrationChecksum(m.sql), new Date().toISOString());
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return latestSchemaVersion;
}

/** SQLite's own check of the file: 'quick' at every open, 'full' (also indexes against tables) on request. */
export function integrityProblems(db: Database.Database, depth: 'quick' | 'full'): string[] {
  const pragma = depth === 'quick' ? 'quick_check' : 'integrity_check';
  const rows = db.pragma(`${pragma}(20)`) as Record<string, string>[];
  // SQLite may put several findings in one row, a line each, under a "*** in database" heading.
  return rows
    .flatMap((r) => String(r[pragma]).split('\n'))
    .filter((m) => m.trim() !== '' && m !== 'ok' && !m.startsWith('*** in database'));
}

/** Turns SQLite's errors into sentences about the workspace, keeping AssayErrors as they are. */
export function classifySqliteError(e: unknown, dbPath: string): AssayError {
  if (e instanceof AssayError) return e;
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return new AssayError('workspace_invalid', `${dbPath} is not an Assay workspace: it is not a SQLite database file.`, { cause: e });
  if (code.startsWith('SQLITE_CORRUPT')) return new AssayError('workspace_invalid', `${dbPath} is damaged (SQLite reports corruption). Restore it from a backup.`, { cause: e });
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return new AssayError('workspace_unwritable', `Cannot open ${dbPath} for writing: the file or its folder is read-only. Move the workspace to a writable folder.`, { cause: e });
  }
  if (code === 'SQLITE_FULL') return new AssayError('workspace_unwritable', `Cannot write to ${dbPath}: the disk is full.`, { cause: e });
  return new AssayError('internal', `Cannot open ${dbPath}: ${(e as Error).message ?? String(e)}.`, { cause: e });
}
