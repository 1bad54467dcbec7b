// Benchmark: `assay packet export` of a case of 1,000 listings with 2,000 evidence images of about 50 kB, as a ZIP
// and as a folder, against plain fs.copyFile of the same 2,000 files in the same run; and the same export of a
// case with 500 images, to show that peak memory stays flat in the number of images. Prints time and peak RSS.
// Usage: npm run bench:packet [-- --listings N] [--images N]
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const sharp = require('sharp');
const bin = path.join(root, 'bin', 'assay.cjs');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const listings = arg('listings', 1000);
const images = arg('images', 2000);
const smallImages = Math.round(images / 4);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-packet-'));
const db = path.join(dir, 'assay.db');
const run = (args) => spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });

const made = run([bin, 'demo', '--db', db, '--listings', String(listings)]);
if (made.status !== 0) throw new Error(made.stderr);

/** Deterministic noise JPEGs of about 50 kB: noise does not compress, so the size is the pixel count's. */
async function jpeg(seed) {
  const side = 260;
  const pixels = Buffer.alloc(side * side * 3);
  let x = (seed + 1) * 2654435761;
  for (let i = 0; i < pixels.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    pixels[i] = x >>> 24;
  }
  return sharp(pixels, { raw: { width: side, height: side, channels: 3 } }).jpeg({ quality: 82 }).toBuffer();
}

const t0 = performance.now();
const w = new Database(db);
const brand = w.prepare('SELECT id FROM brand ORDER BY id LIMIT 1').get();
w.prepare(`UPDATE brand SET owner_address = coalesce(owner_address, '1 Main Street, Paris'), owner_email = coalesce(owner_email, 'legal@example.com'),
  owner_phone = '+33 1 00 00 00 00', owner_country = 'FR', signatory_name = 'Bench Signatory', signatory_title = 'Counsel', agent_authorisation = coalesce(agent_authorisation, 'Letter of authorisation') WHERE id = ?`).run(brand.id);
const listingIds = w.prepare('SELECT id FROM listing ORDER BY id LIMIT ?').all(listings).map((r) => r.id);
const at = '2026-03-01T00:00:00.000Z';
const newCase = (name) => Number(w.prepare(`INSERT INTO "case" (brand_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(brand.id, name, at, at).lastInsertRowid);
const bigCase = newCase(`Bench: ${listings} listings, ${images} images`);
const smallCase = newCase(`Bench: ${listings} listings, ${smallImages} images`);
const addListing = w.prepare(`INSERT INTO case_listing (case_id, listing_id, reason, added_at) VALUES (?, ?, 'Counterfeit', ?)`);
const addEvidence = w.prepare(`INSERT INTO evidence (sha256, size, media_type, kind, original_name, added_by, added_at) VALUES (?, ?, 'image/jpeg', 'listing_image', ?, 'bench', ?)`);
const linkEvidence = w.prepare('INSERT INTO case_evidence (case_id, evidence_id, listing_id, added_at) VALUES (?, ?, ?, ?)');
const storeFiles = [];
let storeBytes = 0;
for (let start = 0; start < images; start += 100) {
  const batch = await Promise.all(Array.from({ length: Math.min(100, images - start) }, (_, k) => jpeg(start + k)));
  w.transaction(() => {
    batch.forEach((bytes, k) => {
      const i = start + k;
      const sha = createHash('sha256').update(bytes).digest('hex');
      const file = path.join(dir, 'evidence', sha.slice(0, 2), sha.slice(2));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      storeFiles.push(file);
      storeBytes += bytes.length;
      const evidenceId = Number(addEvidence.run(sha, bytes.length, `listing-${i}.jpg`, at).lastInsertRowid);
      const listingId = listingIds[i % listingIds.length];
      linkEvidence.run(bigCase, evidenceId, listingId, at);
      if (i < smallImages) linkEvidence.run(smallCase, evidenceId, listingId, at);
    });
  })();
}
w.transaction(() => {
  for (const id of listingIds) {
    addListing.run(bigCase, id, at);
    addListing.run(smallCase, id, at);
  }
})();
w.close();
const mb = (b) => (b / 1e6).toFixed(1);
// Peak memory and CPU time of each child process: on a shared machine the wall clock includes waiting for the
// CPU, so the CPU seconds are printed beside it.
const usage = path.join(dir, 'usage.cjs');
fs.writeFileSync(usage, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('usage ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n");
const measured = (stderr) => {
  const m = /usage (\d+) (\d+)/.exec(stderr);
  return { peakMb: Number(m[1]) / 1024, cpuSeconds: Number(m[2]) / 1e6 };
};
console.log(`setup: ${listingIds.length} listings, ${images} images, ${mb(storeBytes)} MB in the store, ${((performance.now() - t0) / 1000).toFixed(1)} s (${dir})`);

function exportCase(caseId, out, zip) {
  const started = performance.now();
  const r = run(['--require', usage, bin, 'packet', 'export', '--db', db, '--case', String(caseId), '--profile', 'dmca', '--out', out, '--time', at, '--json', ...(zip ? ['--zip'] : [])]);
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(r.stderr);
  const summary = JSON.parse(r.stdout);
  return { seconds, ...measured(r.stderr), summary };
}

// The baseline: copying the same files, in a fresh Node process like the export.
const copyDir = path.join(dir, 'copied');
fs.writeFileSync(path.join(dir, 'files.json'), JSON.stringify(storeFiles));
const copyScript = path.join(dir, 'copy.cjs');
fs.writeFileSync(
  copyScript,
  `const fs = require('fs'), p = require('path');
const files = JSON.parse(fs.readFileSync(${JSON.stringify(path.join(dir, 'files.json'))}, 'utf8'));
fs.mkdirSync(${JSON.stringify(copyDir)});
(async () => { for (const [i, f] of files.entries()) await fs.promises.copyFile(f, p.join(${JSON.stringify(copyDir)}, i + '.jpg')); })();
`,
);
let started = performance.now();
const copied = run(['--require', usage, copyScript]);
const copySeconds = (performance.now() - started) / 1000;
if (copied.status !== 0) throw new Error(copied.stderr);
const copy = measured(copied.stderr);

const zipBig = exportCase(bigCase, path.join(dir, 'big.zip'), true);
const folderBig = exportCase(bigCase, path.join(dir, 'big-folder'), false);
const zipSmall = exportCase(smallCase, path.join(dir, 'small.zip'), true);

started = performance.now();
const verified = run([bin, 'verify', zipBig.summary.out]);
const verifySeconds = (performance.now() - started) / 1000;
if (verified.status !== 0) throw new Error(verified.stdout + verified.stderr);

const line = (label, r) => `${label} ${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s)  peak RSS ${r.peakMb.toFixed(0)} MB  (${r.summary.files} files, ${mb(r.summary.bytes)} MB)`;
console.log(`baseline fs.copyFile of ${images} images:   ${copySeconds.toFixed(2)} s (CPU ${copy.cpuSeconds.toFixed(2)} s)  peak RSS ${copy.peakMb.toFixed(0)} MB`);
console.log(line(`(a) packet export --zip, ${images} images: `, zipBig));
console.log(line(`(b) packet export folder, ${images} images:`, folderBig));
console.log(line(`(c) packet export --zip, ${smallImages} images:  `, zipSmall));
console.log(`ratio a/baseline: ${(zipBig.seconds / copySeconds).toFixed(2)}; peak RSS ${images} vs ${smallImages} images: ${zipBig.peakMb.toFixed(0)} MB vs ${zipSmall.peakMb.toFixed(0)} MB (${(zipBig.peakMb / zipSmall.peakMb).toFixed(2)}×)`);
console.log(`assay verify of the ${images}-image ZIP: ${verifySeconds.toFixed(2)} s`);
console.log(`load average during the run: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
console.log(`target: export under 5 s — ${zipBig.seconds < 5 && folderBig.seconds < 5 ? 'met' : 'NOT met'} by the wall clock; CPU ${zipBig.cpuSeconds.toFixed(2)} s (ZIP), ${folderBig.cpuSeconds.toFixed(2)} s (folder)`);
if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
