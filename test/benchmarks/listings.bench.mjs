// Benchmark: the Listings grid's queries at N listings (default 1,000,000), through the web host as the
// renderer calls them, against a baseline in the same run: the same pages read with LIMIT/OFFSET.
// Usage: npm run bench:listings [-- --listings N] [--db PATH (reuse a workspace)]
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
const listings = Number(arg('listings', '1000000'));
let db = arg('db');
const ms = (t) => `${t.toFixed(1)} ms`;

if (!db) {
  db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-')), 'bench.db');
  const t0 = performance.now();
  const made = spawnSync(process.execPath, [bin, 'demo', '--db', db, '--listings', String(listings), '--seed', '1'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  console.log(`demo workspace: ${listings.toLocaleString('en-US')} listings written in ${((performance.now() - t0) / 1000).toFixed(1)} s (${Math.round(listings / ((performance.now() - t0) / 1000)).toLocaleString('en-US')} rows/s)`);
}

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
const timed = async (fn, runs = 5) => {
  const times = [];
  let value;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], value };
};

const filter = { query: '', marketplaces: [], statuses: [] };
const { total } = await call('listings.count', filter);
console.log(`workspace: ${total.toLocaleString('en-US')} listings; each figure is the median of 5 runs; pages of 200 rows`);

const raw = new Database(db, { readonly: true });
const sortSql = { title: 'title', price: 'price_normalised', seller_name: 'seller_name', last_seen: 'last_seen' };
console.log('\nquery                                   assay (keyset, via HTTP)   baseline (OFFSET, direct SQL)');
for (const column of ['title', 'price', 'seller_name', 'last_seen']) {
  for (const at of [0, Math.floor(total / 2), total - 200]) {
    const sort = { column, direction: 'asc' };
    const jump = await timed(() => call('listings.page', { filter, sort, offset: at, limit: 200 }));
    const next = await timed(() => call('listings.page', { filter, sort, after: jump.value.next ?? undefined, limit: 200 }));
    const base = await timed(() => raw.prepare(`SELECT * FROM listing ORDER BY ${sortSql[column]}, id LIMIT 200 OFFSET ?`).all(at + 200));
    const label = `sort ${column}, row ${at.toLocaleString('en-US')}`;
    console.log(`${label.padEnd(40)}jump ${ms(jump.median).padStart(9)}, next ${ms(next.median).padStart(8)}   ${ms(base.median).padStart(9)}`);
  }
}
for (const query of ['replica', '高仿', 'leather bag']) {
  const count = await timed(() => call('listings.count', { ...filter, query }));
  const page = await timed(() => call('listings.page', { filter: { ...filter, query }, sort: { column: 'title', direction: 'asc' }, limit: 200 }));
  const base = await timed(() => raw.prepare(`SELECT count(*) FROM listing WHERE title LIKE ?`).get(`%${query.split(' ')[0]}%`));
  console.log(`${`search "${query}" (${count.value.total.toLocaleString('en-US')} hits)`.padEnd(40)}count ${ms(count.median).padStart(8)}, page ${ms(page.median).padStart(8)}   LIKE scan ${ms(base.median).padStart(9)}`);
}
const ebay = { ...filter, marketplaces: ['ebay'], statuses: ['new'] };
const fc = await timed(() => call('listings.count', ebay));
const fp = await timed(() => call('listings.page', { filter: ebay, sort: { column: 'price', direction: 'desc' }, offset: 10_000, limit: 200 }));
console.log(`${'filter ebay+new, price desc, row 10,000'.padEnd(40)}count ${ms(fc.median).padStart(8)}, page ${ms(fp.median).padStart(8)}`);
const rare = { ...filter, statuses: ['taken_down'] };
const rc = await timed(() => call('listings.count', rare));
const rp = await timed(() => call('listings.page', { filter: rare, sort: { column: 'title', direction: 'asc' }, limit: 200 }));
console.log(`${`filter taken_down (${rc.value.total.toLocaleString('en-US')} rows), title asc`.padEnd(40)}count ${ms(rc.median).padStart(8)}, page ${ms(rp.median).padStart(8)}`);
const facets = await timed(() => call('listings.facets', {}));
console.log(`${'facets (marketplace, status)'.padEnd(40)}${ms(facets.median).padStart(14)}`);
raw.close();

// The real renderer in Debian's Chromium: time to rows on screen after jumps, and frame times while scrolling.
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const t0 = performance.now();
await page.goto(url);
const firstCell = (rowIndex) => page.locator(`[role="grid"] [role="row"][aria-rowindex="${rowIndex}"] [role="gridcell"]:nth-child(2)`);
await page.waitForFunction(() => document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"] [role="gridcell"]:nth-child(2)')?.textContent?.trim());
console.log(`\nbrowser (Chromium, 1440×900)`);
console.log(`${'open Listings to first rows'.padEnd(40)}${ms(performance.now() - t0).padStart(10)}`);
await page.locator('[role="grid"]').focus();
let t = performance.now();
await page.keyboard.press('End');
await firstCell(total + 1).filter({ hasText: /\S/ }).waitFor();
console.log(`${'End key to last row shown'.padEnd(40)}${ms(performance.now() - t).padStart(10)}`);
t = performance.now();
await page.evaluate(() => {
  const grid = document.querySelector('[role="grid"]');
  grid.scrollTop = (grid.scrollHeight - grid.clientHeight) / 2;
});
await page.waitForFunction((total) => {
  const rows = [...document.querySelectorAll('[role="grid"] [role="row"][aria-rowindex]')].filter((r) => r.getAttribute('aria-rowindex') !== '1');
  const first = rows.length > 0 ? Number(rows[0].getAttribute('aria-rowindex')) : 0;
  return first > 0.4 * total && first < 0.6 * total && rows.every((r) => r.querySelector('[role="gridcell"]:nth-child(2)')?.textContent?.trim());
}, total);
console.log(`${'scroll bar to the middle, rows filled'.padEnd(40)}${ms(performance.now() - t).padStart(10)}`);
const frames = await page.evaluate(async () => {
  const grid = document.querySelector('[role="grid"]');
  const times = [];
  let last = performance.now();
  for (let i = 0; i < 240; i++) {
    grid.scrollTop += 96;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    times.push(now - last);
    last = now;
  }
  return times.sort((a, b) => a - b);
});
console.log(`${'smooth scroll, 240 frames of 3 rows'.padEnd(40)}median ${ms(frames[120])}, p95 ${ms(frames[228])} (a 60 fps frame is 16.7 ms)`);
console.log(`${'rows in the page while scrolling'.padEnd(40)}${String(await page.locator('[role="grid"] [role="row"]').count()).padStart(10)}`);
await browser.close();
child.kill('SIGINT');
