// Matches every listing to the genuine product it claims to be and runs the rules over it, writing its match,
// risk score and findings. Incremental: a listing whose inputs (its own fields, the catalogue, the settings)
// are unchanged since its last scoring is skipped. A reviewer's corrected match is kept.
import lexiconJson from '../../../resources/lexicons/counterfeit.json';
import { exchangeRateMap } from '../db/importsRepository';
import { brandContextRows, iterateScoringListings, scoredTotals, scoreWriter, scoringProducts, type ScoredListing, type ScoringProduct } from '../db/scoringRepository';
import type { Workspace } from '../db/openWorkspace';
import { canonicalJson, sha256Hex } from '../hashing';
import { normalisePrice } from '../imports/values/exchangeRates';
import { statedGtins } from './listingIdentifiers';
import { createProductMatcher, type MatchResult } from './matching/productMatcher';
import { applyRules } from './rules/allRules';
import { loadCounterfeitLexicon } from './rules/counterfeitLexicon';
import type { RuleContext, RuleProduct } from './rules/finding';
import { riskScore } from './rules/riskScore';
import { DEFAULT_RULE_WEIGHTS } from './rules/ruleWeights';

export interface ScoreSummary {
  listings: number;
  /** Scored in this run; the rest were unchanged since their last scoring. */
  scored: number;
  unchanged: number;
  /** Over the whole workspace after this run. */
  matched: number;
  bands: { low: number; medium: number; high: number };
  seconds: number;
}

export interface ScoreOptions {
  /** Re-score every listing, even those whose inputs have not changed. */
  force?: boolean;
  now?: () => Date;
  onProgress?: (done: number) => void;
}

const BATCH = 10_000;

export function scoreWorkspace(ws: Workspace, options: ScoreOptions = {}): ScoreSummary {
  const { db } = ws;
  const started = performance.now();
  const rates = exchangeRateMap(db);
  const products = scoringProducts(db);
  const byId = new Map(products.map((p) => [p.id, p]));
  const usd = (amount: number | null, currency: string | null) => normalisePrice(amount, currency, rates);
  const matcher = createProductMatcher(products.map((p) => ({ id: p.id, sku: p.sku, name: p.name, aliases: p.aliases, brand: p.brand, category: p.category, msrp: p.msrp, currency: p.currency, msrpUsd: usd(p.msrp, p.currency) })));
  const brand = brandContextRows(db);
  const context: RuleContext = {
    protectedMarks: brand.marks,
    gs1Prefixes: brand.gs1Prefixes,
    authorisedSellers: brand.authorisedSellers,
    deniedSellers: [],
    weights: DEFAULT_RULE_WEIGHTS,
    lexicon: loadCounterfeitLexicon(lexiconJson),
    msrpShareThreshold: 0.4,
  };
  // Everything outside the listing that its score depends on; a change here re-scores every listing.
  const settingsHash = sha256Hex(canonicalJson({ products, brand, rates: [...rates], weights: context.weights, lexicon: lexiconJson, share: context.msrpShareThreshold }));
  const ruleProduct = (p: ScoringProduct): RuleProduct => ({
    sku: p.sku,
    name: p.name,
    brand: p.brand,
    msrp: p.msrp,
    currency: p.currency,
    msrpUsd: usd(p.msrp, p.currency),
    minAuthorisedPrice: p.minAuthorisedPrice,
    minAuthorisedPriceUsd: usd(p.minAuthorisedPrice, p.currency),
    colourways: p.colourways,
    materials: p.materials,
    gtins: p.gtins,
    serialPattern: p.serialPattern,
    neverMadeModels: p.neverMadeModels,
  });

  const write = scoreWriter(db, (options.now ?? (() => new Date()))().toISOString());
  const summary: ScoreSummary = { listings: 0, scored: 0, unchanged: 0, matched: 0, bands: { low: 0, medium: 0, high: 0 }, seconds: 0 };
  let pending: ScoredListing[] = [];
  const flush = db.transaction((batch: ScoredListing[]) => batch.forEach(write));

  for (const l of iterateScoringListings(db)) {
    summary.listings += 1;
    const inputHash = sha256Hex(settingsHash + canonicalJson([l.marketplace, l.title, l.description, l.brand, l.price, l.price_max, l.currency, l.price_normalised, l.seller_name, l.seller_ref, l.corrected_product_id]));
    if (!options.force && l.input_hash === inputHash) {
      summary.unchanged += 1;
      continue;
    }
    let match: MatchResult;
    if (l.corrected_product_id !== null && byId.has(l.corrected_product_id)) {
      const corrected = byId.get(l.corrected_product_id)!;
      const found = matcher.match({ title: l.title, description: l.description, brand: l.brand, priceUsd: l.price_normalised });
      match = { best: { productId: corrected.id, sku: corrected.sku, score: 1 }, matched: true, candidates: found.candidates };
    } else {
      match = matcher.match({ title: l.title, description: l.description, brand: l.brand, priceUsd: l.price_normalised });
    }
    const product = match.matched && match.best ? byId.get(match.best.productId) ?? null : null;
    const findings = applyRules(
      {
        title: l.title,
        description: l.description,
        brand: l.brand,
        price: l.price,
        priceMax: l.price_max,
        currency: l.currency,
        priceUsd: l.price_normalised,
        sellerMarketplace: l.marketplace,
        sellerRef: l.seller_ref ?? l.seller_name,
        sellerName: l.seller_name,
        gtins: statedGtins(`${l.title}\n${l.description}`),
        serials: [],
      },
      product ? ruleProduct(product) : null,
      context,
    );
    const risk = riskScore(findings).score;
    summary.scored += 1;
    pending.push({ listingId: l.id, productId: product?.id ?? null, score: match.best?.score ?? 0, candidates: match.candidates, corrected: l.corrected_product_id !== null, riskScore: risk, inputHash, findings });
    if (pending.length >= BATCH) {
      flush(pending);
      pending = [];
      options.onProgress?.(summary.listings);
    }
  }
  flush(pending);
  options.onProgress?.(summary.listings);
  Object.assign(summary, scoredTotals(db));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
