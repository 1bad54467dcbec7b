import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { evidenceStoreFor } from '../../electron/core/cases/evidenceStore';
import { sha256Hex } from '../../electron/core/hashing';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const tempDir = () => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-store-')));

describe('evidence store', () => {
  it('stores a file once under its SHA-256, read-only, and knows it is already there', async () => {
    const root = tempDir();
    const source = path.join(root, 'shot.png');
    fs.writeFileSync(source, 'screenshot bytes');
    const store = evidenceStoreFor(root);
    const first = await store.putFile(source);
    expect(first).toMatchObject({ sha256: sha256Hex('screenshot bytes'), size: 16, added: true });
    expect(first.path).toBe(path.join(root, 'evidence', first.sha256.slice(0, 2), first.sha256.slice(2)));
    expect(fs.readFileSync(first.path, 'utf8')).toBe('screenshot bytes');
    expect(fs.statSync(first.path).mode & 0o222).toBe(0);
    const again = await store.putFile(source);
    expect(again.added).toBe(false);
    expect(store.putBytes(Buffer.from('screenshot bytes')).added).toBe(false);
    expect(fs.readdirSync(store.root).filter((n) => n.startsWith('.incoming'))).toEqual([]);
  });

  it('reports a stored file that changed or went missing, naming it', async () => {
    const root = tempDir();
    const store = evidenceStoreFor(root);
    const stored = store.putBytes(Buffer.from('original'));
    expect(await store.check(stored.sha256)).toBeNull();
    fs.chmodSync(stored.path, 0o644);
    fs.writeFileSync(stored.path, 'tampered');
    expect(await store.check(stored.sha256)).toContain(`${stored.path} has changed`);
    fs.rmSync(stored.path);
    expect(await store.check(stored.sha256)).toContain('is missing from the store');
  });

  it('refuses a missing source and a name that is not a hash', async () => {
    const store = evidenceStoreFor(tempDir());
    await expect(store.putFile(path.join(dir, 'nope.png'))).rejects.toThrow(/nope\.png: no such file/);
    expect(() => store.pathOf('../../etc/passwd')).toThrow(/not a SHA-256/);
  });
});
