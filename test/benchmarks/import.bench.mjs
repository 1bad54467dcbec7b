// Benchmark: `assay import` of a generated listing file against the sqlite3 shell's .import of the same file
// with the same unique index and an FTS5 table, in the same run. Prints times, the ratio, rows/s and peak memory,
// and (c) the floor of Assay's own schema: the stored rows written again from memory, with no parsing or mapping.
// Usage: npm run bench:import [-- --rows N] [--xlsx-rows N]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeListingFile } from './importListingFile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'assay.cjs');
const withRss = path.join(root, 'test', 'benchmarks', 'support', 'withPeakRss.cjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = arg('rows', 200_000);
const xlsxRows = arg('xlsx-rows', 50_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-import-'));
const n = (x) => Math.round(x).toLocaleString('en-US');

const file = path.join(dir, 'listings.csv');
await writeListingFile(file, rows);
console.log(`file: ${n(rows)} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB (${file})`);
// On a shared machine other work skews both timings: the load says how much.
console.log(`load average: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);

// (a) assay import into a fresh, empty workspace.
const db = path.join(dir, 'assay.db');
const made = spawnSync(process.execPath, [bin, 'demo', '--db', db, '--listings', '0'], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(made.stderr);
let t0 = performance.now();
const a = spawnSync(process.execPath, [withRss, 'import', file, '--db', db, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
const aSeconds = (performance.now() - t0) / 1000;
if (a.status !== 0) throw new Error(a.stderr);
const summary = JSON.parse(a.stdout);
const peakMb = Number(/peak-rss-kb (\d+)/.exec(a.stderr)[1]) / 1024;

// (b) the sqlite3 shell: .import, the same unique key, and an FTS5 index filled from the table.
const shellDb = path.join(dir, 'shell.db');
const script = `.mode csv
.import '${file}' listing
CREATE UNIQUE INDEX listing_key ON listing ("marketplace", "item id");
CREATE VIRTUAL TABLE listing_fts USING fts5 ("title", "description", "brand", "store name", content = 'listing');
INSERT INTO listing_fts (listing_fts) VALUES ('rebuild');
`;
t0 = performance.now();
const b = spawnSync('sqlite3', [shellDb], { input: script, encoding: 'utf8' });
const bSeconds = (performance.now() - t0) / 1000;
if (b.status !== 0) throw new Error(`sqlite3 failed: ${b.stderr}`);

// (c) the floor for Assay's own schema: the rows (a) stored, already in memory, written through better-sqlite3 the
// way a bulk import writes them (one prepared insert per row, then the listing indexes and the search index built
// in one pass each), with no reading, parsing or mapping. It says how much of (a) the schema itself costs.
const floorDb = path.join(dir, 'floor.db');
spawnSync(process.execPath, [bin, 'demo', '--db', floorDb, '--listings', '0']);
const floor = (() => {
  const Database = createRequire(path.join(root, 'package.json'))('better-sqlite3');
  const fdb = new Database(floorDb);
  fdb.pragma('journal_mode = WAL');
  fdb.pragma('synchronous = NORMAL');
  fdb.pragma('foreign_keys = ON');
  const cols = 'marketplace, listing_id, url, title, description, brand, price, price_max, currency, price_normalised, seller_id, seller_name, seller_location, image_urls, units_sold, captured_at, raw, status, first_seen, last_seen, first_import_id, import_id';
  // What the rows refer to (their import and sellers) is copied first, outside the timing.
  fdb.exec(`ATTACH '${db}' AS a; INSERT OR REPLACE INTO import SELECT * FROM a.import; INSERT OR REPLACE INTO seller SELECT * FROM a.seller;`);
  const stored = fdb.prepare(`SELECT ${cols} FROM a.listing ORDER BY id`).raw().all();
  fdb.exec('DETACH a');
  const t = performance.now();
  fdb.exec('BEGIN IMMEDIATE');
  const schema = fdb.prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name = 'listing' AND sql IS NOT NULL").all();
  for (const o of schema) fdb.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`);
  const insert = fdb.prepare(`INSERT INTO listing (${cols}) VALUES (${cols.split(',').map(() => '?').join(', ')}) ON CONFLICT (marketplace, listing_id) DO NOTHING`);
  for (const r of stored) insert.run(r);
  for (const o of schema) if (o.type === 'index') fdb.exec(o.sql);
  fdb.exec(`INSERT INTO listing_fts (rowid, search_text) SELECT id, title || ' ' || brand || ' ' || seller_name || ' ' || description FROM listing`);
  fdb.exec('COMMIT');
  const seconds = (performance.now() - t) / 1000;
  fdb.close();
  return { seconds, rows: stored.length };
})();

console.log(`(a) assay import:          ${aSeconds.toFixed(2)} s  ${n(rows / aSeconds)} rows/s  peak RSS ${peakMb.toFixed(0)} MB  (read ${n(summary.read)}, new ${n(summary.imported)}, rejected ${n(summary.rejected)})`);
console.log(`(b) sqlite3 .import+index+fts5: ${bSeconds.toFixed(2)} s  ${n(rows / bSeconds)} rows/s`);
console.log(`ratio a/b: ${(aSeconds / bSeconds).toFixed(2)}`);
console.log(`(c) floor: Assay's schema, rows already in memory: ${floor.seconds.toFixed(2)} s  ${n(floor.rows / floor.seconds)} rows/s  (ratio c/b ${(floor.seconds / bSeconds).toFixed(2)})`);

if (xlsxRows > 0) {
  const { default: ExcelJS } = await import('exceljs');
  const xlsx = path.join(dir, 'listings.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx });
  const sheet = workbook.addWorksheet('Listings');
  // The same rows as the CSV file, cell for cell (its quoted fields hold commas).
  const { default: Papa } = await import('papaparse');
  const { data } = Papa.parse(fs.readFileSync(file, 'utf8'), { preview: xlsxRows + 1, skipEmptyLines: true });
  for (const cells of data) sheet.addRow(cells).commit();
  await workbook.commit();
  const xdb = path.join(dir, 'xlsx.db');
  spawnSync(process.execPath, [bin, 'demo', '--db', xdb, '--listings', '0']);
  t0 = performance.now();
  const x = spawnSync(process.execPath, [withRss, 'import', xlsx, '--db', xdb, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const xSeconds = (performance.now() - t0) / 1000;
  if (x.status !== 0) throw new Error(x.stderr);
  const xs = JSON.parse(x.stdout);
  console.log(`xlsx: ${n(xs.read)} rows in ${xSeconds.toFixed(2)} s  ${n(xs.read / xSeconds)} rows/s  peak RSS ${(Number(/peak-rss-kb (\d+)/.exec(x.stderr)[1]) / 1024).toFixed(0)} MB  (new ${n(xs.imported)}, rejected ${n(xs.rejected)})`);
}
fs.rmSync(dir, { recursive: true, force: true });
