// Scores the product matcher on labelled data: the demo generator's ground truth and the public Abt–Buy benchmark.
// Usage: node test/benchmarks/evalMatch.mjs [--listings N] [--threshold T]   (bundles the matcher into a temp folder)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ABT_BUY = '/work/shared/benchmarks/abt-buy';

async function bundle(dir) {
  const { build } = require('esbuild');
  const outfile = path.join(dir, 'evalMatch.cjs');
  const contents = [
    "export { createProductMatcher, DEFAULT_MATCH_THRESHOLD } from './electron/core/compare/matching/productMatcher';",
    "export { generateDemo, DEMO_CATALOGUE_DATE } from './electron/core/demo/generateDemo';",
    "export { DEMO_BRAND } from './electron/core/demo/demoCatalog';",
    "export { toUsd } from './electron/core/demo/demoRates';",
  ].join('\n');
  await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', packages: 'external', outfile, logLevel: 'warning' });
  return require(outfile);
}

/**
 * Each listing gets one decision: its best candidate if that clears the threshold, else "no product".
 * Precision = correct decisions / decisions made; recall = correct decisions / listings that have a true product
 * (the usual entity-resolution definitions, counting a listing matched to the wrong product as a false positive
 * and a missed true product as a false negative). Top-1 accuracy ignores the threshold.
 */
function evaluate(results, truths, threshold) {
  let withTruth = 0;
  let top1 = 0;
  const decisions = [];
  results.forEach((r, i) => {
    const truth = truths[i];
    const correct = r.best !== null && truth.has(r.best.sku);
    if (truth.size > 0) withTruth += 1;
    if (correct) top1 += 1;
    if (r.best) decisions.push({ score: r.best.score, correct });
  });
  const at = (t) => {
    let made = 0;
    let right = 0;
    for (const d of decisions) if (d.score >= t) { made += 1; if (d.correct) right += 1; }
    const precision = made ? right / made : 1;
    const recall = withTruth ? right / withTruth : 0;
    return { t, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  let bestF1 = at(0);
  for (const d of decisions) {
    const m = at(d.score);
    if (m.f1 > bestF1.f1) bestF1 = m;
  }
  return { top1: top1 / withTruth, withTruth, atDefault: at(threshold), bestF1 };
}

function timeMatching(matcher, listings) {
  const rounds = Math.max(1, Math.ceil(200_000 / listings.length));
  matcher.match(listings[0]); // warm the code paths before timing
  const t0 = performance.now();
  let results = null;
  for (let r = 0; r < rounds; r += 1) results = listings.map((l) => matcher.match(l));
  const seconds = (performance.now() - t0) / 1000;
  return { results, perSecond: (rounds * listings.length) / seconds };
}

function report(name, products, listings, truths, threshold, createProductMatcher) {
  const matcher = createProductMatcher(products, { threshold });
  const { results, perSecond } = timeMatching(matcher, listings);
  const e = evaluate(results, truths, threshold);
  const f = (x) => x.toFixed(3);
  console.log(`${name}: ${products.length} products, ${listings.length} listings (${e.withTruth} with a true product)`);
  console.log(`  top-1 accuracy ${f(e.top1)}`);
  console.log(`  at default threshold ${threshold}: precision ${f(e.atDefault.precision)}  recall ${f(e.atDefault.recall)}  F1 ${f(e.atDefault.f1)}`);
  console.log(`  best-threshold F1 ${f(e.bestF1.f1)} (threshold ${f(e.bestF1.t)}, precision ${f(e.bestF1.precision)}, recall ${f(e.bestF1.recall)})`);
  console.log(`  speed ${Math.round(perSecond).toLocaleString('en-US')} listings/s`);
  return results;
}

function demoDataset(api, count) {
  const demo = api.generateDemo({ listings: count, seed: 1 });
  const products = demo.products.map((p, i) => ({
    id: i + 1, sku: p.sku, name: p.name, aliases: [...p.aliases], brand: api.DEMO_BRAND.name, category: p.category,
    msrp: p.msrp, currency: p.currency, msrpUsd: api.toUsd(p.msrp, p.currency, api.DEMO_CATALOGUE_DATE),
  }));
  const listings = demo.listings.map((l) => ({ title: l.title, description: l.description, brand: l.brand, priceUsd: l.price_normalised }));
  // The generator's truth names the product each listing is or imitates (a null SKU would mean "no product").
  const truths = demo.truth.map((t) => new Set(t.sku ? [t.sku] : []));
  return { products, listings, truths, neverMade: demo.truth.map((t) => t.neverMadeModel !== null) };
}

function abtBuyDataset() {
  const Papa = require('papaparse');
  const read = (file) => Papa.parse(fs.readFileSync(path.join(ABT_BUY, file), 'latin1'), { header: true, skipEmptyLines: true }).data;
  const price = (text) => {
    const n = Number(String(text ?? '').replace(/[$,\s]/g, ''));
    return text && Number.isFinite(n) && n > 0 ? n : null;
  };
  // Abt has no brand column: its names start with the brand ("Sony Turntable - PSLX350H"), so the first word stands in.
  const products = read('Abt.csv').map((r) => ({
    id: Number(r.id), sku: String(r.id), name: r.name, aliases: [], brand: r.name.split(/\s+/)[0] ?? '', category: null,
    msrp: price(r.price), currency: 'USD', msrpUsd: price(r.price),
  }));
  const buy = read('Buy.csv');
  const listings = buy.map((r) => ({ title: r.name, description: r.description ?? '', brand: r.manufacturer ?? '', priceUsd: price(r.price) }));
  const truthByBuy = new Map();
  for (const m of read('abt_buy_perfectMapping.csv')) {
    const set = truthByBuy.get(String(m.idBuy)) ?? new Set();
    set.add(String(m.idAbt));
    truthByBuy.set(String(m.idBuy), set);
  }
  return { products, listings, truths: buy.map((r) => truthByBuy.get(String(r.id)) ?? new Set()) };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-eval-match-'));
  try {
    const api = await bundle(dir);
    const threshold = Number(arg('threshold', String(api.DEFAULT_MATCH_THRESHOLD)));
    console.log(`evalMatch ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${os.cpus()[0]?.model ?? 'unknown CPU'}`);
    const demo = demoDataset(api, Number(arg('listings', '5000')));
    const demoResults = report('demo (seed 1)', demo.products, demo.listings, demo.truths, threshold, api.createProductMatcher);
    const neverMade = demoResults.filter((r, i) => demo.neverMade[i]);
    console.log(`  listings of never-made models: ${neverMade.length}, of which ${neverMade.filter((r) => r.matched).length} matched to the product they imitate`);
    const abt = abtBuyDataset();
    report('Abt–Buy', abt.products, abt.listings, abt.truths, threshold, api.createProductMatcher);
    // The speed target is stated against a 500-product catalogue: the first 500 Abt products, all Buy listings.
    const { perSecond } = timeMatching(api.createProductMatcher(abt.products.slice(0, 500), { threshold }), abt.listings);
    console.log(`speed against 500 products (Abt–Buy listings): ${Math.round(perSecond).toLocaleString('en-US')} listings/s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
