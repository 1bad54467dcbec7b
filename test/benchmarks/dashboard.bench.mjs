// Benchmark: every Dashboard query at N listings (default 1,000,000), and the Listings queries a click on a chart
// makes, through the web host as the renderer calls them, against a baseline in the same run (SELECT count(*) FROM
// listing), and the page in Chromium from navigation to every chart drawn. Targets: 200 ms per query, 1.5 s for the page.
// Usage: npm run bench:dashboard [-- --listings N] [--db PATH (reuse a workspace)] [--no-score]
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
const s = (t) => `${(t / 1000).toFixed(1)} s`;
const QUERY_TARGET = 200;
const PAGE_TARGET = 1500;

if (!db) {
  db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-dashboard-')), 'bench.db');
  let t0 = performance.now();
  const made = spawnSync(process.execPath, [bin, 'demo', '--db', db, '--listings', String(listings), '--seed', '1'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  console.log(`demo workspace: ${listings.toLocaleString('en-US')} listings written in ${s(performance.now() - t0)}`);
  if (!process.argv.includes('--no-score')) {
    t0 = performance.now();
    const scored = spawnSync(process.execPath, [bin, 'score', '--db', db], { encoding: 'utf8' });
    if (scored.status !== 0) throw new Error(scored.stderr);
    console.log(`scored in ${s(performance.now() - t0)}`);
  }
}

let t0 = performance.now();
const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => child.kill());
const url = await new Promise((resolve) => readline.createInterface({ input: child.stdout }).once('line', resolve));
console.log(`workspace opened (migrations applied if any) in ${s(performance.now() - t0)}`);
const { port, hash } = new URL(url);
const token = hash.replace('#token=', '');
const call = async (op, input) => {
  const res = await fetch(`http://127.0.0.1:${port}/api/call/${op}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  const body = await res.json();
  if (!body.ok) throw new Error(`${op}: ${body.error.message}`);
  return body.value;
};
const RUNS = 7;
const timed = async (fn) => {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};
const verdict = (t, target) => (t <= target ? `ok (target ${target} ms)` : `SLOWER than ${target} ms`);

const raw = new Database(db, { readonly: true });
const total = raw.prepare('SELECT count(*) FROM listing').pluck().get();
const scored = raw.prepare('SELECT count(*) FROM listing_match').pluck().get();
const baseline = await timed(() => raw.prepare('SELECT count(*) FROM listing').pluck().get());
console.log(`workspace: ${total.toLocaleString('en-US')} listings, ${scored.toLocaleString('en-US')} scored; each figure is the median of ${RUNS} runs`);
console.log(`${'baseline: SELECT count(*) FROM listing (direct SQL)'.padEnd(58)}${ms(baseline).padStart(10)}`);
// What the summary cells replace: the weekly chart counted from the listing table itself (one run; it is slow).
t0 = performance.now();
raw.prepare("SELECT date(first_seen, 'weekday 0', '-6 days') AS week, marketplace, count(*), sum(risk_score >= 60) FROM listing GROUP BY 1, 2").all();
console.log(`${'plain weekly GROUP BY over listing (direct SQL, 1 run)'.padEnd(58)}${ms(performance.now() - t0).padStart(10)}`);
console.log(`machine load average (1 min) at start: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);

const options = await call('dashboard.options', {});
const filters = [
  ['no filter', {}],
  [`marketplace ${options.marketplaces[0]}`, { marketplace: options.marketplaces[0] }],
  [`product ${options.products[0]?.sku}`, { productId: options.products[0]?.id }],
  [`brand + 4 weeks`, { brandId: options.brands[0]?.id, from: options.firstWeek, to: options.firstWeek && new Date(Date.parse(options.firstWeek) + 27 * 86400000).toISOString().slice(0, 10) }],
];
const ops = ['dashboard.headline', 'dashboard.listingsOverTime', 'dashboard.riskHistogram', 'dashboard.priceVsMsrp', 'dashboard.sellerClusters', 'dashboard.findingsByRule', 'dashboard.caseFunnel', 'dashboard.takedownsOverTime', 'dashboard.sellerLocations'];
console.log('\nquery (via HTTP)                                          median');
let worst = 0;
for (const [label, filter] of filters) {
  for (const op of ops) {
    const t = await timed(() => call(op, { filter }));
    worst = Math.max(worst, t);
    console.log(`${`${op.replace('dashboard.', '')}, ${label}`.padEnd(58)}${ms(t).padStart(10)}  ${verdict(t, QUERY_TARGET)}`);
  }
}
// A click on a bar opens the Listings grid filtered to exactly its listings: the count, and the first page in the
// grid's default order and in another, for the largest bar of each chart that clicks through.
const fullest = (rows, key) => rows.reduce((best, r) => (r[key] > (best?.[key] ?? -1) ? r : best), null);
const bins = (await call('dashboard.riskHistogram', { filter: {} })).bins.filter((b) => b.from >= 60);
const riskBin = fullest(bins, 'listings');
const rule = fullest(await call('dashboard.findingsByRule', { filter: {} }), 'findings');
const location = fullest(await call('dashboard.sellerLocations', { filter: {} }), 'listings');
const weeks = (await call('dashboard.listingsOverTime', { filter: {} })).weeks;
const week = weeks[Math.floor(weeks.length / 2)];
const clicks = [
  riskBin && [`risk ${riskBin.from}-${riskBin.to}`, { riskMin: riskBin.from, riskMax: riskBin.to }],
  rule && [`rule ${rule.rule}`, { rule: rule.rule }],
  rule && [`same rule + ${options.marketplaces[0]} + risk 50+`, { rule: rule.rule, marketplaces: [options.marketplaces[0]], riskMin: 50 }],
  location && [`location ${location.location || '(none)'}`, { sellerLocation: location.location }],
  options.products[0] && [`product ${options.products[0].sku}`, { productId: options.products[0].id }],
  week && [`first seen week of ${week.week}`, { firstSeenFrom: week.week, firstSeenTo: new Date(Date.parse(week.week) + 6 * 86400000).toISOString().slice(0, 10) }],
].filter(Boolean);
console.log('\nclick-through to Listings (via HTTP)                      median');
for (const [label, extra] of clicks) {
  const filter = { query: '', marketplaces: [], statuses: [], ...extra };
  for (const [what, fn] of [
    ['count', () => call('listings.count', filter)],
    ['page by risk', () => call('listings.page', { filter, sort: { column: 'risk', direction: 'desc' }, limit: 100 })],
    ['page by seller', () => call('listings.page', { filter, sort: { column: 'seller_name', direction: 'asc' }, limit: 100 })],
  ]) {
    const t = await timed(fn);
    worst = Math.max(worst, t);
    console.log(`${`${label}, ${what}`.slice(0, 57).padEnd(58)}${ms(t).padStart(10)}  ${verdict(t, QUERY_TARGET)}`);
  }
}
const optionsTime = await timed(() => call('dashboard.options', {}));
console.log(`${'options (filter choices)'.padEnd(58)}${ms(optionsTime).padStart(10)}  ${verdict(optionsTime, QUERY_TARGET)}`);
const pdf = await timed(() => call('dashboard.reportPdf', { filter: {} }));
console.log(`${'one-page PDF report (not a query; for information)'.padEnd(58)}${ms(pdf).padStart(10)}`);
console.log(`${'slowest dashboard or click-through query'.padEnd(58)}${ms(Math.max(worst, optionsTime)).padStart(10)}  ${verdict(Math.max(worst, optionsTime), QUERY_TARGET)}`);
raw.close();

// The real renderer in Debian's Chromium: navigation to the Dashboard until every chart has drawn its SVG.
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(url);
await page.waitForSelector('nav');
const drawn = () =>
  page.waitForFunction(() => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return charts.length >= 8 && charts.every((c) => c.getAttribute('data-state') === 'empty' || c.querySelector('svg.recharts-surface path, svg.recharts-surface rect'));
  }, undefined, { timeout: 60_000 });
const pageTimes = [];
for (let i = 0; i < 5; i++) {
  await page.evaluate(() => (window.location.hash = '#/listings'));
  await page.waitForSelector('[role="grid"]');
  t0 = performance.now();
  await page.evaluate(() => (window.location.hash = '#/dashboard'));
  await drawn();
  pageTimes.push(performance.now() - t0);
}
pageTimes.sort((a, b) => a - b);
const pageMedian = pageTimes[2];
console.log(`\nbrowser (Chromium, 1440×900), median of 5; load average now ${os.loadavg()[0].toFixed(1)}`);
console.log(`${'navigate to Dashboard until every chart is drawn'.padEnd(58)}${ms(pageMedian).padStart(10)}  ${verdict(pageMedian, PAGE_TARGET)}`);
await browser.close();
child.kill();
