// The workspace the app starts with: the first run writes the demo workspace, later runs reopen the same file,
// and a file there that is not an Assay workspace is refused, not replaced. Real SQLite files in temp folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrCreateDefaultWorkspace } from '../../electron/core/workspace/defaultWorkspace';
import { workspacePathIn } from '../../electron/core/workspace/userDataDir';

let home: string;

beforeAll(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-default-workspace-'));
});

afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

const listingCount = (ws: { db: { prepare(sql: string): { get(): unknown } } }) => (ws.db.prepare('SELECT count(*) AS n FROM listing').get() as { n: number }).n;

describe('openOrCreateDefaultWorkspace', () => {
  const dbPath = () => workspacePathIn(path.join(home, 'first-run'));

  it('on the first run creates the folders and writes the demo workspace', () => {
    expect(fs.existsSync(path.dirname(dbPath()))).toBe(false);
    const { workspace, created } = openOrCreateDefaultWorkspace(dbPath());
    try {
      expect(created).toBe(true);
      expect(workspace.dbPath).toBe(dbPath());
      expect(listingCount(workspace)).toBeGreaterThan(0);
    } finally {
      workspace.close();
    }
  });

  it('on later runs reopens the same workspace without rewriting it', () => {
    const before = fs.statSync(dbPath());
    const { workspace, created } = openOrCreateDefaultWorkspace(dbPath());
    try {
      expect(created).toBe(false);
      expect(listingCount(workspace)).toBeGreaterThan(0);
      expect(fs.statSync(dbPath()).birthtimeMs).toBe(before.birthtimeMs);
      expect(fs.statSync(dbPath()).ino).toBe(before.ino);
    } finally {
      workspace.close();
    }
  });

  it('refuses a file at that path that is not an Assay workspace, and leaves it as it was', () => {
    const foreign = workspacePathIn(path.join(home, 'foreign'));
    fs.mkdirSync(path.dirname(foreign), { recursive: true });
    fs.writeFileSync(foreign, 'my own notes, not a database\n'.repeat(8));
    expect(() => openOrCreateDefaultWorkspace(foreign)).toThrow(expect.objectContaining({ name: 'AssayError', code: 'workspace_invalid' }));
    expect(fs.readFileSync(foreign, 'utf8')).toBe('my own notes, not a database\n'.repeat(8));
  });
});
