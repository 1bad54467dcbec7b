// Benchmark: full scoring (match, every rule, risk score, input hash) of N generated listings (default 200,000)
// against a 500-product catalogue, without images, against baselines in the same run: a plain loop that only reads
// the listings, and the matcher alone. Then `assay score` end to end (SQLite writes included), and image hashing
// (dHash via sharp) over 1,000 generated images against reading and SHA-256 hashing the same files.
// Each figure is measured in its own process, with its peak resident memory: in memory on one core, `assay score` on two threads.
// Usage: npm run bench:score [-- --listings N] [--products N] [--images N] [--db PATH (reuse a scored-or-not workspace)]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const bin = path.join(root, 'bin', 'assay.cjs');
const withRss = path.join(root, 'test', 'benchmarks', 'support', 'withPeakRss.cjs');
const self = fileURLToPath(import.meta.url);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const n = (x) => Math.round(x).toLocaleString('en-US');
const peakMb = () => process.resourceUsage().maxRSS / 1024;

// ---- Child modes: each measurement runs in a fresh process so its peak memory is its own. ----
if (process.argv[2] === '--child') {
  const [, , , mode, bundlePath, target] = process.argv;
  const api = require(bundlePath);
  const sharp = require('sharp');
  sharp.concurrency(1);
  let count = 0;
  let t0;
  if (mode === 'hash-images' || mode === 'sha256-images') {
    const files = fs.readdirSync(target).map((f) => path.join(target, f));
    t0 = performance.now();
    for (const file of files) {
      if (mode === 'sha256-images') createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      else if (!(await api.imageDHash(file)).ok) throw new Error(`could not hash ${file}`);
      count += 1;
    }
  } else {
    const ws = api.openWorkspace(target, { readonly: true });
    const inputs = api.scoringInputs(ws.db);
    const matcher = mode === 'match' ? api.createProductMatcher(inputs.products.map((p) => ({ ...p, msrpUsd: null }))) : null;
    const scorer = mode === 'score' ? api.createListingScorer(inputs) : null;
    t0 = performance.now();
    let checksum = 0;
    for (const l of api.iterateScoringListings(ws.db)) {
      count += 1;
      if (mode === 'read') checksum += l.title.length;
      else if (mode === 'match') checksum += matcher.match({ title: l.title, description: l.description, brand: l.brand, priceUsd: l.price_normalised }).candidates.length;
      else checksum += scorer.score(l, scorer.inputHash(l)).riskScore;
    }
    if (checksum < 0) console.error(checksum);
    ws.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ count, seconds, peakMb: peakMb() }));
  process.exit(0);
}

// ---- The run. ----
const listings = Number(arg('listings', '200000'));
const productCount = Number(arg('products', '500'));
const imageCount = Number(arg('images', '1000'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-score-'));
const run = (args, what) => {
  // The bundle lives in a temporary folder: its packages resolve from the project's node_modules.
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  return r;
};

async function bundle() {
  const { build } = require('esbuild');
  const outfile = path.join(dir, 'scoreBench.cjs');
  const contents = [
    "export { openWorkspace } from './electron/core/db/openWorkspace';",
    "export { iterateScoringListings } from './electron/core/db/scoringRepository';",
    "export { scoringInputs } from './electron/core/compare/scoringInputs';",
    "export { createListingScorer } from './electron/core/compare/listingScorer';",
    "export { createProductMatcher } from './electron/core/compare/matching/productMatcher';",
    "export { imageDHash } from './electron/core/compare/images/perceptualHash';",
  ].join('\n');
  await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile, logLevel: 'warning', loader: { '.json': 'json' } });
  return outfile;
}

/** More products of the demo brand, so the catalogue has `total` products: deterministic names, codes and prices. */
function writeCatalogue(file, extra) {
  const lines = ['Velia', 'Marbre', 'Solenne', 'Ostra', 'Calise', 'Fenwick', 'Lirien', 'Aubade', 'Corsaire', 'Nivelle', 'Orla', 'Saphène', 'Tessel', 'Virelle', 'Quillon', 'Brisa', 'Domaine', 'Halcyon', 'Isobel', 'Juniper'];
  const types = ['Tote', 'Crossbody', 'Wallet', 'Clutch', 'Backpack', 'Belt', 'Card Holder', 'Loafer', 'Sneaker', 'Scarf', 'Sunglasses', 'Watch', 'Bucket Bag', 'Weekender'];
  const colours = ['Noir|Cognac', 'Bordeaux|Taupe', 'Ivoire|Noir', 'Sable', 'Navy|Gris'];
  const materials = ['Calfskin leather', 'Cotton canvas|Calfskin trim', 'Lambskin', 'Silk twill', 'Stainless steel|Sapphire crystal'];
  const rows = ['sku,name,aliases,msrp,currency,colourways,materials'];
  for (let i = 0; i < extra; i += 1) {
    const line = lines[i % lines.length];
    const type = types[Math.floor(i / lines.length) % types.length];
    const size = 20 + ((i * 7) % 30);
    const code = `CV${String(7000 + i * 13).padStart(5, '0')}`;
    rows.push([`CV-${line.slice(0, 3).toUpperCase()}-${1000 + i}`, `${line} ${type} ${size}`, `${code}|${line} ${size}`, `${150 + ((i * 37) % 2800)}.00`, 'USD', colours[i % colours.length], materials[i % materials.length]].map((v) => `"${v}"`).join(','));
  }
  fs.writeFileSync(file, `${rows.join('\n')}\n`);
}

async function makeImages(folder, count) {
  const sharp = require('sharp');
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i += 1) {
    const width = 640;
    const height = 480;
    const pixels = Buffer.alloc(width * height * 3);
    // Gradients with a seeded pattern: each image different, compressible like a product photo.
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const o = (y * width + x) * 3;
        pixels[o] = (x * (i % 7 + 1) + y) & 255;
        pixels[o + 1] = (y * (i % 5 + 1) + i) & 255;
        pixels[o + 2] = ((x ^ y) + i * 3) & 255;
      }
    }
    const image = sharp(pixels, { raw: { width, height, channels: 3 } });
    await (i % 2 === 0 ? image.jpeg({ quality: 85 }) : image.png()).toFile(path.join(folder, `${i + 1}.${i % 2 === 0 ? 'jpg' : 'png'}`));
  }
}

try {
  console.log(`bench:score ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
  let db = arg('db');
  if (!db) {
    db = path.join(dir, 'bench.db');
    let t0 = performance.now();
    run([bin, 'demo', '--db', db, '--listings', String(listings), '--seed', '1'], 'assay demo');
    const catalogue = path.join(dir, 'catalogue.csv');
    writeCatalogue(catalogue, Math.max(0, productCount - 20));
    run([bin, 'products', 'import', catalogue, '--db', db, '--json'], 'assay products import');
    console.log(`workspace: ${n(listings)} demo listings (seed 1) and a ${n(productCount)}-product catalogue, written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const bundled = await bundle();
  const child = (mode, target) => JSON.parse(run([self, '--child', mode, bundled, target], mode).stdout);
  const line = (label, r, base) =>
    console.log(`${label.padEnd(46)}${`${n(r.count / r.seconds)} listings/s`.padStart(20)}  ${r.seconds.toFixed(2).padStart(6)} s  peak RSS ${r.peakMb.toFixed(0).padStart(4)} MB${base ? `  (${(r.seconds / base.seconds).toFixed(1)}× the read loop)` : ''}`);

  const read = child('read', db);
  console.log(`\nlistings: ${n(read.count)}; each line its own process; in memory on one core, assay score on two threads (one scores, one writes)`);
  line('baseline: read every listing, nothing else', read);
  line('baseline: read + match (matcher alone)', child('match', db), read);
  line('full scoring in memory (match, rules, risk)', child('score', db), read);

  let t0 = performance.now();
  const e2e = run([withRss, 'score', '--db', db, '--force', '--json'], 'assay score');
  const seconds = (performance.now() - t0) / 1000;
  const summary = JSON.parse(e2e.stdout);
  const rss = Number(/peak-rss-kb (\d+)/.exec(e2e.stderr)[1]) / 1024;
  line('assay score --force (SQLite reads, writes)', { count: summary.listings, seconds, peakMb: rss }, read);
  console.log(`  bands: ${n(summary.bands.high)} high, ${n(summary.bands.medium)} medium, ${n(summary.bands.low)} low; ${n(summary.matched)} matched`);
  t0 = performance.now();
  run([bin, 'score', '--db', db, '--json'], 'assay score (unchanged)');
  console.log(`${'assay score again, nothing changed'.padEnd(46)}${`${n(summary.listings / ((performance.now() - t0) / 1000))} listings/s`.padStart(20)}  ${((performance.now() - t0) / 1000).toFixed(2).padStart(6)} s`);
  // Every listing matched and ruled again, but the results are those stored: only what differs is written.
  t0 = performance.now();
  run([bin, 'score', '--db', db, '--force', '--json'], 'assay score --force (unchanged)');
  console.log(`${'assay score --force again, same results'.padEnd(46)}${`${n(summary.listings / ((performance.now() - t0) / 1000))} listings/s`.padStart(20)}  ${((performance.now() - t0) / 1000).toFixed(2).padStart(6)} s`);

  if (imageCount > 0) {
    const images = path.join(dir, 'images');
    t0 = performance.now();
    await makeImages(images, imageCount);
    console.log(`\nimages: ${n(imageCount)} generated 640×480 (half JPEG, half PNG) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const sha = child('sha256-images', images);
    const hashed = child('hash-images', images);
    console.log(`${'baseline: read + SHA-256 each file'.padEnd(46)}${`${n(sha.count / sha.seconds)} images/s`.padStart(20)}  ${sha.seconds.toFixed(2).padStart(6)} s  peak RSS ${sha.peakMb.toFixed(0).padStart(4)} MB`);
    console.log(`${'dHash via sharp (decode, 9×8 grey, bits)'.padEnd(46)}${`${n(hashed.count / hashed.seconds)} images/s`.padStart(20)}  ${hashed.seconds.toFixed(2).padStart(6)} s  peak RSS ${hashed.peakMb.toFixed(0).padStart(4)} MB`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
