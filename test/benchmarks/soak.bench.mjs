// Soak: `assay serve` on a demo workspace, with 4 clients calling it at once for a set time (default 60 s),
// each looping over the long work the app does: an import of a fresh file (uploaded, then followed to its end),
// a scoring run, a packet export, and the reads a reviewer makes between them. Prints operations done, errors
// (must be 0), latency (median and p95) per operation, and the server's RSS at the start and the end (growth
// must stay within 10%; measured from the end of a warm-up, default 15 s, since the first round of each kind
// of work loads code and fills caches). The baseline in the same run is the latency of workspace.info, the cheapest call.
// Start and end RSS are both read at rest: the clients pause at the end of the warm-up (and stop at the end) until
// no work is under way, because each import, scoring run and export has a worker thread of its own that holds
// 50-100 MB while it runs, so RSS read at an arbitrary moment swings by 200 MB with how many happen to be running.
// Usage: npm run bench:soak [-- --seconds N] [--warmup N] [--clients N] [--listings N]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'assay.cjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('seconds', '60'));
// The first round of each kind of work loads code, caches and SQLite's page cache; memory is compared from then.
const warmupSeconds = Number(arg('warmup', '15'));
const clients = Number(arg('clients', '4'));
const listings = Number(arg('listings', '5000'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-soak-'));
const db = path.join(dir, 'soak.db');
const demo = spawnSync(process.execPath, [bin, 'demo', '--db', db, '--listings', String(listings), '--seed', '1'], { encoding: 'utf8' });
if (demo.status !== 0) throw new Error(demo.stderr);
const scored = spawnSync(process.execPath, [bin, 'score', '--db', db], { encoding: 'utf8' });
if (scored.status !== 0) throw new Error(scored.stderr);

const server = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverErr = '';
server.stderr.on('data', (c) => (serverErr += c));
const url = await new Promise((resolve) => readline.createInterface({ input: server.stdout }).once('line', resolve));
const { port, hash } = new URL(url);
const token = hash.replace('#token=', '');
const base = `http://127.0.0.1:${port}`;
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) / 1024;

const call = async (op, input) => {
  const res = await fetch(`${base}/api/call/${op}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const body = await res.json();
  if (!body.ok) throw new Error(`${op}: ${body.error.message}`);
  return body.value;
};
const upload = async (name, text) => {
  const res = await fetch(`${base}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'x-file-name': name }, body: text });
  const body = await res.json();
  if (!body.ok) throw new Error(`upload: ${body.error.message}`);
  return body.value.path ?? body.value;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A listing file for one client's iteration: the first holds 500 new listings, each later one the same listings
 * at new prices, so every import really writes (updates and price history) while the workspace keeps its size
 * and any growth in memory is the server's own. The cents change every 90 iterations, so no file repeats an
 * earlier one's bytes (Assay refuses a file it has imported before).
 */
const listingFile = (client, n) => {
  const rows = ['marketplace,listing_id,title,price,currency,seller_name,url'];
  const cents = String(Math.floor(n / 90) % 100).padStart(2, '0');
  for (let i = 0; i < 500; i += 1) rows.push(`ebay,soak-${client}-${i},Corvanne Aurelle tote replica ${i},${((i + n) % 90) + 10}.${cents},USD,soakseller${i % 40},https://www.ebay.com/itm/${client}0${i}`);
  return `${rows.join('\n')}\n`;
};

const cases = await call('cases.list', {});
const caseId = cases.find((c) => c.listings > 0)?.id ?? cases[0].id;
const latencies = new Map();
let errors = 0;
const errorSamples = [];
const timed = async (name, fn) => {
  const t0 = performance.now();
  try {
    return await fn();
  } catch (e) {
    errors += 1;
    if (errorSamples.length < 5) errorSamples.push(String(e.message ?? e));
    return null;
  } finally {
    const list = latencies.get(name) ?? [];
    list.push(performance.now() - t0);
    latencies.set(name, list);
  }
};

async function importOnce(client, n) {
  const file = await upload(`soak-${client}-${n}.csv`, listingFile(client, n));
  const mapping = { marketplace: 'marketplace', listing_id: 'listing_id', title: 'title', price: 'price', currency: 'currency', seller_name: 'seller_name', url: 'url' };
  const { importId } = await call('imports.start', { path: file, kind: 'listings', mapping });
  for (;;) {
    const summary = await call('imports.get', { importId });
    if (summary.status !== 'running') {
      if (summary.status !== 'completed') throw new Error(`import ${importId} ended ${summary.status}`);
      return summary;
    }
    await sleep(50);
  }
}

const filter = { query: '', marketplaces: [], statuses: [] };
const started = performance.now();
const deadline = started + seconds * 1000;
const rssAtLaunch = rssMb();
const samples = [];
const sampler = setInterval(() => samples.push({ at: performance.now() - started, mb: Math.round(rssMb()) }), 5_000);
let operations = 0;

/** The server's threads: its worker threads are the ones above the count it has at rest. */
const serverThreads = () => fs.readdirSync(`/proc/${server.pid}/task`).length;
/** RSS once the server is at rest: no call in flight (the caller made sure) and its worker threads gone. */
async function rssAtRest() {
  const until = performance.now() + 10_000;
  let last = serverThreads();
  for (let quiet = 0; quiet < 5 && performance.now() < until; ) {
    await sleep(100);
    const now = serverThreads();
    quiet = now < last ? 0 : quiet + 1;
    last = now;
  }
  return rssMb();
}

// At the end of the warm-up the clients finish the step they are on and wait here while the start RSS is read.
let arrivals = 0;
let release;
const resumed = new Promise((resolve) => (release = resolve));
let rssStart = null;
const warmupEnd = started + warmupSeconds * 1000;
async function pauseAfterWarmup() {
  arrivals += 1;
  if (arrivals === clients) {
    rssStart = await rssAtRest();
    release();
  }
  await resumed;
}

async function client(k) {
  let paused = false;
  for (let n = 0; performance.now() < deadline; n += 1) {
    const steps = [
      ['workspace.info', () => call('workspace.info', {})],
      ['import (upload, run, follow)', () => importOnce(k, n)],
      ['listings.page', () => call('listings.page', { filter: { ...filter, query: 'replica' }, sort: { column: 'risk', direction: 'desc' }, limit: 200 })],
      ['scoring.run', () => call('scoring.run', {})],
      ['listings.get', async () => call('listings.get', { id: (await call('listings.page', { filter, sort: { column: 'last_seen', direction: 'desc' }, limit: 1 })).rows[0].id })],
      ['packets.export', () => call('packets.export', { caseId, profile: 'dmca', zip: true, out: path.join(dir, `packet-${k}-${n}.zip`) })],
      ['dashboard.headline', () => call('dashboard.headline', {})],
    ];
    for (const [name, fn] of steps) {
      if (!paused && performance.now() >= warmupEnd) {
        paused = true;
        await pauseAfterWarmup();
      }
      if (performance.now() >= deadline) break;
      await timed(name, fn);
      operations += 1;
    }
  }
  // A client that never reached the warm-up's end (a very short run) must not hold the others at the barrier.
  if (!paused) await pauseAfterWarmup();
}

await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
const elapsed = (performance.now() - started) / 1000;
const rssEnd = await rssAtRest();
clearInterval(sampler);
const pct = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))];
const all = [...latencies.values()].flat();

console.log(`soak: ${clients} clients for ${elapsed.toFixed(1)} s on a ${listings.toLocaleString('en-US')}-listing demo workspace (${os.loadavg()[0].toFixed(1)} load on ${os.cpus().length} cores)`);
console.log(`operations: ${operations.toLocaleString('en-US')}, errors: ${errors}${errors ? ` (first: ${errorSamples.join(' | ')})` : ''}`);
console.log('operation                          count    median       p95');
for (const [name, list] of latencies) {
  console.log(`${name.padEnd(34)}${String(list.length).padStart(5)}${pct(list, 0.5).toFixed(1).padStart(9)} ms${pct(list, 0.95).toFixed(1).padStart(9)} ms`);
}
console.log(`all operations                    ${String(all.length).padStart(5)}${pct(all, 0.5).toFixed(1).padStart(9)} ms${pct(all, 0.95).toFixed(1).padStart(9)} ms`);
// Growth is judged at rest (see the top): RSS after the warm-up against RSS at the end, with no worker running.
// The samples every 5 s, taken while work runs, are printed for the picture, with the medians of their first
// and last thirds after the warm-up; they move with how many workers each sample happened to catch.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const steady = samples.filter((x) => x.at >= warmupSeconds * 1000).map((x) => x.mb);
const third = Math.max(1, Math.floor(steady.length / 3));
const early = median(steady.slice(0, third));
const late = median(steady.slice(-third));
const busyGrowth = ((late - early) / early) * 100;
const growth = ((rssEnd - rssStart) / rssStart) * 100;
const signed = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
console.log(`server RSS at rest: ${rssAtLaunch.toFixed(0)} MB at launch, ${rssStart.toFixed(0)} MB after the ${warmupSeconds} s warm-up, ${rssEnd.toFixed(0)} MB at the end (${signed(growth)}; limit +10%)`);
console.log(`server RSS every 5 s while working (MB): ${samples.map((x) => x.mb).join(' ')}`);
console.log(`RSS while working: median ${early} MB in the first third after the warm-up, ${late} MB in the last third (${signed(busyGrowth)})`);
console.log(`errors ${errors === 0 ? 'ok' : 'NOT ok'}; memory ${growth <= 10 ? 'ok' : 'NOT ok'}`);

server.kill('SIGINT');
await new Promise((resolve) => server.once('exit', resolve));
if (serverErr.trim()) console.log(`server stderr:\n${serverErr.trim().split('\n').slice(-5).join('\n')}`);
fs.rmSync(dir, { recursive: true, force: true });
process.exit(errors === 0 && growth <= 10 ? 0 : 1);
