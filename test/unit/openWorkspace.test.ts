import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ASSAY_APPLICATION_ID, openWorkspace } from '../../electron/core/db/openWorkspace';
import { latestSchemaVersion } from '../../electron/core/db/migrations/index';
import { AssayError } from '../../electron/core/errors';
import { tempDir } from '../support/tempWorkspace';

const refusal = (fn: () => unknown): AssayError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AssayError);
    return e as AssayError;
  }
  throw new Error('expected a refusal');
};

describe('opening a workspace', () => {
  it('creates a new workspace in WAL mode with foreign keys on and every migration applied', () => {
    const file = path.join(tempDir(), 'new.db');
    const ws = openWorkspace(file, { mode: 'create' });
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('application_id', { simple: true })).toBe(ASSAY_APPLICATION_ID);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(ws.schemaVersion).toBe(latestSchemaVersion);
    expect(ws.integrityProblems).toEqual([]);
    const strict = ws.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'listing' AND sql LIKE '%STRICT%'").get();
    expect(strict).toBeDefined();
    ws.close();
  });

  it('reopens an existing workspace without applying migrations twice', () => {
    const file = path.join(tempDir(), 'again.db');
    openWorkspace(file, { mode: 'create' }).close();
    const ws = openWorkspace(file);
    expect((ws.db.prepare('SELECT count(*) AS n FROM schema_migration').get() as { n: number }).n).toBe(latestSchemaVersion);
    ws.close();
  });

  it('says there is no workspace when the file is missing, and creates nothing', () => {
    const file = path.join(tempDir(), 'missing.db');
    const e = refusal(() => openWorkspace(file));
    expect(e.code).toBe('workspace_missing');
    expect(e.message).toContain(file);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a folder given as the database', () => {
    const dir = tempDir();
    const e = refusal(() => openWorkspace(dir));
    expect(e.code).toBe('workspace_invalid');
    expect(e.message).toMatch(/is a folder/);
  });

  it('refuses a file that is not SQLite and leaves its bytes untouched', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'These are my case notes, not a database.\n'.repeat(20));
    const before = fs.readFileSync(file);
    const e = refusal(() => openWorkspace(file));
    expect(e.message).toMatch(/not a SQLite database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses an empty file', () => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    expect(refusal(() => openWorkspace(file)).message).toMatch(/empty file/);
  });

  it('refuses another program’s SQLite database without changing it', () => {
    const file = path.join(tempDir(), 'foreign.db');
    const foreign = new Database(file);
    foreign.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Ada\');');
    foreign.close();
    const before = fs.readFileSync(file);
    const e = refusal(() => openWorkspace(file));
    expect(e.code).toBe('workspace_invalid');
    expect(e.message).toMatch(/not an Assay workspace/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a workspace written by a newer version of Assay', () => {
    const file = path.join(tempDir(), 'future.db');
    openWorkspace(file, { mode: 'create' }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    const e = refusal(() => openWorkspace(file));
    expect(e.code).toBe('workspace_newer');
    expect(e.message).toMatch(/newer version of Assay/);
  });

  it('refuses a workspace whose recorded migration was changed by hand', () => {
    const file = path.join(tempDir(), 'drift.db');
    openWorkspace(file, { mode: 'create' }).close();
    const raw = new Database(file);
    raw.prepare("UPDATE schema_migration SET checksum = 'x' WHERE version = 1").run();
    raw.close();
    expect(refusal(() => openWorkspace(file)).message).toMatch(/migration 1/);
  });

  it('will not create a workspace over an existing file', () => {
    const file = path.join(tempDir(), 'exists.db');
    fs.writeFileSync(file, 'keep me');
    expect(refusal(() => openWorkspace(file, { mode: 'create' })).code).toBe('workspace_exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('will not create a workspace in a folder that does not exist', () => {
    const file = path.join(tempDir(), 'no', 'such', 'folder', 'x.db');
    expect(refusal(() => openWorkspace(file, { mode: 'create' })).message).toMatch(/does not exist/);
  });

  it('quick-checks a workspace at open up to a size, and says when a larger one was not checked', () => {
    const file = path.join(tempDir(), 'sized.db');
    openWorkspace(file, { mode: 'create' }).close();
    const small = openWorkspace(file);
    expect(small.integrityCheckedAtOpen).toBe(true);
    small.close();
    const large = openWorkspace(file, { quickCheckMaxBytes: 1 });
    expect(large.integrityCheckedAtOpen).toBe(false);
    expect(large.integrityProblems).toEqual([]);
    large.close();
    const forced = openWorkspace(file, { quickCheckMaxBytes: 1, quickCheck: true });
    expect(forced.integrityCheckedAtOpen).toBe(true);
    forced.close();
  });

  it('reports damage found by quick_check when the file is corrupt', () => {
    const file = path.join(tempDir(), 'damaged.db');
    const ws = openWorkspace(file, { mode: 'create' });
    const insert = ws.db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    ws.db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`key-${i}`, 'x'.repeat(200));
    })();
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();
    // Overwrite the middle of the file, keeping the header intact: b-tree pages become garbage.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize * 3; i < Math.min(bytes.length, pageSize * 3 + pageSize * 4); i++) bytes[i] = 0x5a;
    fs.writeFileSync(file, bytes);
    let problems: readonly string[] = [];
    try {
      const damaged = openWorkspace(file);
      problems = damaged.integrityProblems;
      damaged.close();
    } catch (e) {
      // SQLite may refuse outright when the damage reaches the schema; that too must be a sentence.
      expect(e).toBeInstanceOf(AssayError);
      expect((e as AssayError).message).toMatch(/damaged|not an Assay workspace|malformed/);
      return;
    }
    expect(problems.length).toBeGreaterThan(0);
  });
});
