// Benchmark: a bulk review decision over N listings (default 100,000) by filter, through the web host as the
// grid's bulk action calls it (status change plus one custody event per listing, one transaction), against a
// baseline in the same run: the same status change as one plain SQL UPDATE with no custody events.
// Usage: npm run bench:review [-- --listings N]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'assay.cjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const listings = Number(arg('listings', '100000'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-review-'));
const db = path.join(dir, 'bench.db');
const made = spawnSync(process.execPath, [bin, 'demo', '--db', db, '--listings', String(listings), '--seed', '1'], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(made.stderr);
const baselineDb = path.join(dir, 'baseline.db');
fs.copyFileSync(db, baselineDb);

const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => readline.createInterface({ input: child.stdout }).once('line', resolve));
const { port, hash } = new URL(url);
const token = hash.replace('#token=', '');
const call = async (op, input) => {
  const res = await fetch(`http://127.0.0.1:${port}/api/call/${op}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const body = await res.json();
  if (!body.ok) throw new Error(body.error.message);
  return body.value;
};
const rate = (n, ms) => `${Math.round(n / (ms / 1000)).toLocaleString('en-US')} listings/s`;

const all = { query: '', marketplaces: [], statuses: [] };
const { total } = await call('listings.count', all);
console.log(`workspace: ${total.toLocaleString('en-US')} listings`);

let t0 = performance.now();
const first = await call('review.decide', { target: { filter: all }, decision: 'infringing' });
const decideMs = performance.now() - t0;
t0 = performance.now();
const back = await call('review.decide', { target: { filter: all }, decision: 'suspect' });
const backMs = performance.now() - t0;
const verify = await call('workspace.verify', {});
child.kill('SIGINT');

const raw = new Database(baselineDb);
t0 = performance.now();
const changed = raw.transaction(() => raw.prepare("UPDATE listing SET status = 'infringing' WHERE status NOT IN ('infringing', 'reported', 'taken_down')").run().changes)();
const baseMs = performance.now() - t0;
raw.close();

console.log(`\n${'operation'.padEnd(52)}${'time'.padStart(10)}   rate`);
console.log(`${`review.decide by filter → infringing (${first.decided.toLocaleString('en-US')} changed)`.padEnd(52)}${`${decideMs.toFixed(0)} ms`.padStart(10)}   ${rate(first.decided, decideMs)}`);
console.log(`${`review.decide by filter → suspect (${back.decided.toLocaleString('en-US')} changed)`.padEnd(52)}${`${backMs.toFixed(0)} ms`.padStart(10)}   ${rate(back.decided, backMs)}`);
console.log(`${`baseline: one UPDATE, no custody events (${changed.toLocaleString('en-US')})`.padEnd(52)}${`${baseMs.toFixed(0)} ms`.padStart(10)}   ${rate(changed, baseMs)}`);
console.log(`\ncustody chain after both decisions: ${verify.custody.ok ? 'verifies' : `BROKEN at ${verify.custody.firstBroken}`} (${verify.custody.events.toLocaleString('en-US')} events)`);
fs.rmSync(dir, { recursive: true, force: true });
