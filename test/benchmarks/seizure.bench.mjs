// Benchmark: `assay seizure import` of a customs inventory with 10,000 lines and 200,000 serial numbers (read, mapped,
// stored, matched and auto-checked: GTINs, serial patterns, repeats across lines, values), against a plain
// better-sqlite3 insert loop of the same lines and serials into indexed tables, in the same run. Target: under 10 s.
// Usage: npm run bench:seizure [-- --lines N --serials-per-line K]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const bin = path.join(root, 'bin', 'assay.cjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const lines = arg('lines', 10_000);
const perLine = arg('serials-per-line', 20);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-seizure-'));
const n = (x) => Math.round(x).toLocaleString('en-US');

// A deterministic inventory of the demo brand's goods: claimed models, GTINs (some with Excel's apostrophe),
// serials in and off the genuine format, some reused across lines.
const models = ['Aurelle Tote 34', 'Aurelle Tote 28', 'Sable Crossbody', 'Quill Bifold Wallet', 'Meridian Automatic 40', 'Riviera Low Sneaker', 'Corniche Sunglasses', 'Tessin Zip Wallet'];
let state = 12345;
const rnd = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const digits = (k) => Array.from({ length: k }, () => Math.floor(rnd() * 10)).join('');
const letters = (k) => Array.from({ length: k }, () => String.fromCharCode(65 + Math.floor(rnd() * 26))).join('');
const rows = ['Line No,Description,Brand,Model/Style,Qty,Declared Value,Currency,Markings,Serial Numbers,UPC/EAN'];
const plain = [];
for (let i = 1; i <= lines; i += 1) {
  const serials = [];
  for (let s = 0; s < perLine; s += 1) serials.push(rnd() < 0.02 && i > 1 ? `CV21AB${String(s).padStart(4, '0')}` : rnd() < 0.3 ? `CV${digits(6)}` : `CV${digits(2)}${letters(2)}${digits(4)}`);
  const qty = 1 + Math.floor(rnd() * 200);
  const model = models[i % models.length];
  rows.push(`${i},Handbags,Corvanne,${model},${qty},${(qty * 35.5).toFixed(2)},EUR,CORVANNE GENEVE,"${serials.join(', ')}",${i % 7 === 0 ? "'" : ''}7640175${digits(6)}`);
  plain.push({ i, model, qty, serials });
}
const file = path.join(dir, 'inventory.csv');
fs.writeFileSync(file, `${rows.join('\n')}\n`);
console.log(`inventory: ${n(lines)} lines, ${n(lines * perLine)} serial numbers, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB (${file})`);

// (a) assay seizure import into a demo workspace (catalogue only), creating the seizure by reference.
const db = path.join(dir, 'assay.db');
const made = spawnSync(process.execPath, [bin, 'demo', '--db', db, '--listings', '0'], { encoding: 'utf8' });
if (made.status !== 0) throw new Error(made.stderr);
let t0 = performance.now();
const a = spawnSync(process.execPath, [bin, 'seizure', 'import', file, '--db', db, '--reference', 'BENCH-0001', '--authority', 'US CBP', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const aSeconds = (performance.now() - t0) / 1000;
if (a.status !== 0) throw new Error(a.stderr);
const summary = JSON.parse(a.stdout);
const check = new Database(db, { readonly: true });
const findings = check.prepare("SELECT count(*) AS n FROM seized_line_finding f JOIN seized_line l ON l.id = f.line_id JOIN seizure s ON s.id = l.seizure_id WHERE s.reference = 'BENCH-0001'").get().n;
const matched = check.prepare("SELECT count(*) AS n FROM seized_line l JOIN seizure s ON s.id = l.seizure_id WHERE s.reference = 'BENCH-0001' AND l.product_id IS NOT NULL").get().n;
check.close();
if (summary.lines !== lines || summary.serials < lines * perLine * 0.95) throw new Error(`unexpected import summary: ${a.stdout}`);

// (b) baseline: the same lines and serials with a plain prepared-statement insert loop in one transaction.
const baseDb = new Database(path.join(dir, 'baseline.db'));
baseDb.pragma('journal_mode = WAL');
baseDb.exec('CREATE TABLE line (id INTEGER PRIMARY KEY, line_no INTEGER, model TEXT, quantity INTEGER) STRICT; CREATE TABLE serial (id INTEGER PRIMARY KEY, line_id INTEGER, serial TEXT, normalised TEXT, UNIQUE (line_id, normalised)) STRICT; CREATE INDEX serial_by_normalised ON serial (normalised, line_id);');
t0 = performance.now();
const insLine = baseDb.prepare('INSERT INTO line (line_no, model, quantity) VALUES (?, ?, ?)');
const insSerial = baseDb.prepare('INSERT OR IGNORE INTO serial (line_id, serial, normalised) VALUES (?, ?, ?)');
baseDb.transaction(() => {
  for (const l of plain) {
    const id = insLine.run(l.i, l.model, l.qty).lastInsertRowid;
    for (const s of l.serials) insSerial.run(id, s, s.toUpperCase());
  }
})();
const bSeconds = (performance.now() - t0) / 1000;
baseDb.close();

console.log(`assay seizure import (read + map + store + match + auto-check): ${aSeconds.toFixed(2)} s wall (${summary.seconds.toFixed(2)} s inside), ${n(summary.lines)} lines, ${n(summary.serials)} serials, ${n(matched)} matched, ${n(findings)} findings`);
console.log(`baseline plain insert loop (lines + serials, same indexes):    ${bSeconds.toFixed(2)} s`);
console.log(`ratio: ${(aSeconds / bSeconds).toFixed(1)}x the plain insert loop; target under 10 s: ${aSeconds < 10 ? 'met' : 'NOT met'}`);
fs.rmSync(dir, { recursive: true, force: true });
