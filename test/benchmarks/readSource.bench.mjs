// Benchmark: readSource streaming 1M-row CSV, NDJSON and JSON-array files and a 100k-row XLSX, each in its own
// process for a clean peak RSS, against a baseline in the same run (the bare parser with no checks and no rows).
// Usage: node test/benchmarks/readSource.bench.mjs [--rows N] [--xlsx-rows N]   (bundles readSource.ts into the temp folder)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** Runs one case in this process and prints its figures as JSON (the parent reads them). */
async function child(kind, file, bundle) {
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  let rows = 0;
  let errors = 0;
  if (kind === 'readSource') {
    const { sniffSource, readSource } = require(bundle);
    const sniffed = await sniffSource(file);
    for await (const batch of readSource(file, sniffed)) {
      rows += batch.rows.length;
      errors += batch.errors.length;
      sample();
    }
  } else if (kind === 'papaparse') {
    const Papa = require('papaparse');
    await new Promise((resolve, reject) => {
      const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {});
      parser.on('data', () => rows++).on('end', resolve).on('error', reject);
      fs.createReadStream(file, 'utf8').pipe(parser);
    });
    rows -= 1;
  } else if (kind === 'readline') {
    for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
      if (line && JSON.parse(line)) rows++;
    }
  } else if (kind === 'JSON.parse') {
    rows = JSON.parse(fs.readFileSync(file, 'utf8')).length;
  } else if (kind === 'exceljs') {
    const ExcelJS = require('exceljs');
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
    for await (const sheet of reader) for await (const row of sheet) rows += row.values.length > 0 ? 1 : 0;
    rows -= 1;
  }
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ rows, errors, seconds, peakRss: peak, maxRss: process.resourceUsage().maxRSS * 1024 }));
}

const listing = (i) => ({
  id: String(i),
  title: `Widget model ${i % 977} deluxe, ${i % 3 ? 'black' : 'red "limited"'}`,
  price: ((i % 10_000) / 100).toFixed(2),
  currency: 'EUR',
  seller: `seller${i % 5000}`,
  url: `https://shop.example/item/${i}`,
  sku: `SKU-${i % 99_991}`,
  gtin: String(4_000_000_000_000 + i),
  country: 'DE',
  note: i % 7 ? 'plain' : 'multi\nline',
});
const csvCell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function writeTextFiles(dir, rows) {
  const csv = fs.openSync(path.join(dir, 'listings.csv'), 'w');
  const nd = fs.openSync(path.join(dir, 'listings.ndjson'), 'w');
  const json = fs.openSync(path.join(dir, 'listings.json'), 'w');
  fs.writeSync(csv, `${Object.keys(listing(0)).join(',')}\r\n`);
  fs.writeSync(json, '[\n');
  for (let start = 0; start < rows; start += 20_000) {
    let c = '';
    let n = '';
    let j = '';
    for (let i = start; i < Math.min(rows, start + 20_000); i++) {
      const l = listing(i);
      c += `${Object.values(l).map(csvCell).join(',')}\r\n`;
      n += `${JSON.stringify(l)}\n`;
      j += `${i ? ',\n' : ''}${JSON.stringify(l)}`;
    }
    fs.writeSync(csv, c);
    fs.writeSync(nd, n);
    fs.writeSync(json, j);
  }
  fs.writeSync(json, '\n]\n');
  [csv, nd, json].forEach((fd) => fs.closeSync(fd));
}

async function writeXlsx(file, rows) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Listings');
  ws.addRow(Object.keys(listing(0))).commit();
  for (let i = 0; i < rows; i++) ws.addRow(Object.values(listing(i))).commit();
  ws.commit();
  await wb.commit();
}

async function main() {
  const rows = Number(arg('rows', '1000000'));
  const xlsxRows = Number(arg('xlsx-rows', '100000'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-'));
  const bundle = path.join(dir, 'readSource.cjs');
  const { build } = require('esbuild');
  await build({ entryPoints: [path.join(root, 'electron/core/imports/source/readSource.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile: bundle, logLevel: 'warning' });
  writeTextFiles(dir, rows);
  await writeXlsx(path.join(dir, 'listings.xlsx'), xlsxRows);
  const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log(`readSource benchmark ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  const cases = [
    ['listings.csv', ['readSource', 'papaparse']],
    ['listings.ndjson', ['readSource', 'readline']],
    ['listings.json', ['readSource', 'JSON.parse']],
    ['listings.xlsx', ['readSource', 'exceljs']],
  ];
  for (const [name, kinds] of cases) {
    const file = path.join(dir, name);
    for (const kind of kinds) {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind, file, bundle], { encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } });
      if (run.status !== 0) throw new Error(run.stderr);
      const r = JSON.parse(run.stdout.trim().split('\n').at(-1));
      const label = kind === 'readSource' ? 'readSource' : `baseline ${kind}`;
      console.log(`${name.padEnd(16)} ${mb(fs.statSync(file).size).padStart(7)}  ${label.padEnd(20)} ${r.rows.toLocaleString('en-US').padStart(10)} rows ${String(r.errors).padStart(3)} errors ${r.seconds.toFixed(2).padStart(6)} s ${Math.round(r.rows / r.seconds).toLocaleString('en-US').padStart(10)} rows/s  peak RSS ${mb(r.maxRss)}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5]);
else await main();
