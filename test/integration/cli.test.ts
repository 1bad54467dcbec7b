import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAssay, startServe } from '../support/runAssay';
import { tempDir } from '../support/tempWorkspace';

const noStackTrace = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/node:internal|Error: /);
};

describe('assay demo and assay listings', () => {
  const dir = tempDir();
  const db = path.join(dir, 'demo.db');

  beforeAll(() => {
    const made = runAssay(['demo', '--db', db, '--listings', '1200', '--seed', '7']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/1,200 listings/);
  });

  it('prints one JSON object per listing with the fields a script needs', () => {
    const out = runAssay(['listings', '--db', db, '--json']);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1200);
    for (const key of ['marketplace', 'listing_id', 'url', 'title', 'price', 'currency', 'seller_name']) expect(lines[0]).toHaveProperty(key);
    expect(new Set(lines.map((l) => `${l.marketplace}:${l.listing_id}`)).size).toBe(1200);
  });

  it('prints a readable table and the count without --json', () => {
    const out = runAssay(['listings', '--db', db]);
    expect(out.code).toBe(0);
    expect(out.stdout.trim().split('\n')).toHaveLength(1200);
    expect(out.stderr).toMatch(/1,200 listings in/);
  });

  it('writes the same workspace for the same seed', () => {
    const other = path.join(dir, 'again.db');
    expect(runAssay(['demo', '--db', other, '--listings', '1200', '--seed', '7']).code).toBe(0);
    expect(runAssay(['listings', '--db', other, '--json']).stdout).toBe(runAssay(['listings', '--db', db, '--json']).stdout);
  });

  it('refuses to write over an existing workspace without --force, and replaces it with --force', () => {
    const before = fs.readFileSync(db);
    const refused = runAssay(['demo', '--db', db, '--listings', '10']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/--force/);
    noStackTrace(refused.stderr);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    const copy = path.join(dir, 'copy.db');
    fs.copyFileSync(db, copy);
    expect(runAssay(['demo', '--db', copy, '--listings', '10', '--force']).code).toBe(0);
    expect(runAssay(['listings', '--db', copy, '--json']).stdout.trim().split('\n')).toHaveLength(10);
  });
});

describe('assay refuses bad input with one clear sentence', () => {
  const dir = tempDir();

  const refusedWith = (args: string[], pattern: RegExp) => {
    const out = runAssay(args);
    expect(out.code).not.toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(pattern);
    noStackTrace(out.stderr);
  };

  it('names a missing database file', () => refusedWith(['listings', '--db', path.join(dir, 'nope.db')], /There is no Assay workspace at .*nope\.db/));
  it('names a folder given as the database', () => refusedWith(['listings', '--db', dir], /is a folder/));
  it('refuses a file that is not a database, leaving it as it was', () => {
    const file = path.join(dir, 'photo.jpg');
    fs.writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...Array(200).fill(7)]));
    const before = fs.readFileSync(file);
    refusedWith(['listings', '--db', file], /not a SQLite database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
  it('refuses another program’s SQLite database, even with demo --force', () => {
    const file = path.join(dir, 'foreign.sqlite');
    const foreign = new Database(file);
    foreign.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    foreign.close();
    const before = fs.readFileSync(file);
    refusedWith(['listings', '--db', file], /not an Assay workspace/);
    refusedWith(['demo', '--db', file, '--force'], /not an Assay workspace/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
  it('refuses a workspace from a newer Assay', () => {
    const file = path.join(dir, 'future.db');
    expect(runAssay(['demo', '--db', file, '--listings', '5']).code).toBe(0);
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    refusedWith(['listings', '--db', file], /newer version of Assay/);
  });
  it('reports a damaged workspace in one sentence instead of a stack trace', () => {
    const file = path.join(dir, 'damaged.db');
    expect(runAssay(['demo', '--db', file, '--listings', '2000']).code).toBe(0);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 40, pageSize * 60);
    fs.writeFileSync(file, bytes);
    const out = runAssay(['listings', '--db', file, '--json']);
    noStackTrace(out.stderr);
    // Either it opens and warns that the integrity check failed, or it refuses as damaged; never silence.
    expect(out.stderr).toMatch(/integrity check|damaged|malformed/);
  });

  it('names an unknown flag', () => refusedWith(['listings', '--db', 'x.db', '--colour'], /does not take --colour/));
  it('names a flag without its value', () => refusedWith(['demo', '--db'], /--db needs a value|needs --db/));
  it('names a bad number', () => refusedWith(['demo', '--db', path.join(dir, 'n.db'), '--listings', 'many'], /--listings must be a whole number/));
  it('names an unknown command', () => refusedWith(['frobnicate'], /no command "frobnicate"/));
  it('asks for --db when it is missing', () => refusedWith(['listings'], /needs --db PATH/));
  it('refuses to create a workspace in a folder that does not exist', () => refusedWith(['demo', '--db', path.join(dir, 'a', 'b', 'c.db')], /does not exist/));

  it('refuses a read-only location without leaving anything behind', () => {
    if (process.getuid?.() !== 0) return expect(process.platform).not.toBe('win32');
    // Root ignores permissions, so the command runs as "nobody" against a folder it may read but not write.
    const ro = path.join(tempDir(), 'readonly');
    fs.mkdirSync(ro);
    fs.chmodSync(path.dirname(ro), 0o755);
    fs.chmodSync(ro, 0o555);
    const out = runAssay(['demo', '--db', path.join(ro, 'w.db')], { uid: 65534, gid: 65534, cwd: '/' });
    expect(out.code).not.toBe(0);
    expect(out.stderr).toMatch(/read-only/);
    noStackTrace(out.stderr);
    expect(fs.readdirSync(ro)).toEqual([]);
  });
});

describe('assay serve', () => {
  it('prints the URL with a token as its first line and binds 127.0.0.1 only', async () => {
    const dir = tempDir();
    const db = path.join(dir, 's.db');
    expect(runAssay(['demo', '--db', db, '--listings', '50']).code).toBe(0);
    const server = await startServe(db);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{40,}$/);
      const { port } = new URL(server.url);
      const token = new URL(server.url).hash.replace('#token=', '');
      const res = await fetch(`http://127.0.0.1:${port}/api/call/listings.count`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(await res.json()).toEqual({ ok: true, value: { total: 50 } });
      const unauthorised = await fetch(`http://127.0.0.1:${port}/api/call/listings.count`, { method: 'POST', body: '{}' });
      expect(unauthorised.status).toBe(401);
      // Bound to 127.0.0.1 alone: another loopback address (as 0.0.0.0 would answer) is refused.
      const elsewhere = await new Promise<string>((resolve) => {
        const socket = net.connect({ host: '127.0.0.2', port: Number(port) });
        socket.once('connect', () => (socket.destroy(), resolve('connected')));
        socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(elsewhere).toBe('ECONNREFUSED');
    } finally {
      await server.stop();
    }
  });

  it('refuses a missing workspace before listening', () => {
    const out = runAssay(['serve', '--db', path.join(tempDir(), 'none.db'), '--no-open']);
    expect(out.code).not.toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/There is no Assay workspace/);
  });
});
