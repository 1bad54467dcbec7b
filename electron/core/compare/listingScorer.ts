// Scores one listing in memory: its match to the genuine catalogue, every rule's findings (its images' too) and the
// risk score under its brand's weights, with the hash of everything that went into them. scoreWorkspace runs it over
// a workspace; the benchmark times it alone.
import lexiconJson from '../../../resources/lexicons/counterfeit.json';
import type { BrandContextRows, ScoredListing, ScoringListing, ScoringProduct } from '../db/scoringRepository';
import { canonicalJson, sha256Hex } from '../hashing';
import { normalisePrice } from '../imports/values/exchangeRates';
import { statedGtins } from './listingIdentifiers';
import { createProductMatcher, type MatchResult } from './matching/productMatcher';
import type { ScoringImages } from './images/scoringImages';
import { applyRules } from './rules/allRules';
import { loadCounterfeitLexicon } from './rules/counterfeitLexicon';
import type { Finding, RuleContext, RuleProduct } from './rules/finding';
import { imageRule } from './rules/imageRule';
import { riskScore } from './rules/riskScore';
import { DEFAULT_RULE_WEIGHTS, type RuleWeights } from './rules/ruleWeights';

/** Everything outside a listing that its score depends on. */
export interface ScoringInputs {
  products: readonly ScoringProduct[];
  brand: BrandContextRows;
  /** USD per unit of each currency. */
  rates: ReadonlyMap<string, number>;
  /** The rule weights for a listing of no known brand; the defaults when absent. */
  weights?: RuleWeights;
  /** Each brand's weights in force (the defaults with its own changes), by brand name. */
  brandWeights?: Readonly<Record<string, RuleWeights>>;
  /** Each listing's images and what is known about them; none when absent. */
  images?: ScoringImages;
}

export interface ListingScorer {
  /** The hash of this listing's inputs: equal to its stored hash when nothing it depends on has changed. */
  inputHash(listing: ScoringListing): string;
  score(listing: ScoringListing, inputHash: string): ScoredListing;
}

const LEXICON = loadCounterfeitLexicon(lexiconJson);

/** A value JSON.stringify writes as canonicalJson does (a string, a finite number or null), at a third of the cost. */
const isPlainJson = (v: unknown): boolean => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const MSRP_SHARE = 0.4;
/**
 * The version of the rules' behaviour, part of every listing's input hash: raise it when the same inputs give
 * different findings, so that the next scoring re-scores what was stored before. 2: a mark written in two cases
 * (the brand "Corvanne", the registration CORVANNE) is compared once, not reported twice.
 */
const RULES_VERSION = 2;

export function createListingScorer(inputs: ScoringInputs): ListingScorer {
  const { products, brand, rates } = inputs;
  const weights = inputs.weights ?? DEFAULT_RULE_WEIGHTS;
  const brandWeights = inputs.brandWeights ?? {};
  const brandNames = Object.keys(brandWeights);
  const brandByFoldedName = new Map(brandNames.map((name) => [name.toLowerCase(), name]));
  const images = inputs.images ?? { byListing: new Map() };
  const byId = new Map(products.map((p) => [p.id, p]));
  const usd = (amount: number | null, currency: string | null) => normalisePrice(amount, currency, rates);
  const matcher = createProductMatcher(products.map((p) => ({ id: p.id, sku: p.sku, name: p.name, aliases: p.aliases, brand: p.brand, category: p.category, msrp: p.msrp, currency: p.currency, msrpUsd: usd(p.msrp, p.currency) })));
  const baseContext: RuleContext = {
    protectedMarks: brand.marks,
    gs1Prefixes: brand.gs1Prefixes,
    authorisedSellers: brand.authorisedSellers,
    deniedSellers: [],
    weights,
    lexicon: LEXICON,
    msrpShareThreshold: MSRP_SHARE,
  };
  const contexts = new Map<string, RuleContext>(Object.entries(brandWeights).map(([name, w]) => [name, { ...baseContext, weights: w }]));
  /**
   * The brand whose weights apply: the matched product's, else the brand the listing names, else the workspace's
   * only brand; the defaults otherwise. Changing one brand's weights changes the settings hash, so every listing is
   * re-scored: exact in a one-brand workspace, and never stale in one with several.
   */
  const contextFor = (productBrand: string | null, listingBrand: string): RuleContext => {
    const name = productBrand ?? brandByFoldedName.get(listingBrand.trim().toLowerCase()) ?? (brandNames.length === 1 ? brandNames[0]! : null);
    return (name !== null ? contexts.get(name) : undefined) ?? baseContext;
  };
  // A change to any of these re-scores every listing. Official photos are not among them: each listing's own image
  // entry names its nearest official photo, so a new official photo re-scores only the listings that reuse it.
  const settingsHash = sha256Hex(canonicalJson({ products, brand, rates: [...rates], weights, brandWeights, lexicon: lexiconJson, share: MSRP_SHARE, rules: RULES_VERSION }));
  const ruleProducts = new Map<number, RuleProduct>(products.map((p) => [p.id, {
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
  }]));

  // A listing's images (their hashes, nearest official photo, other sellers reusing them) are part of its inputs.
  const inputHash = (l: ScoringListing): string => {
    const own = [l.marketplace, l.title, l.description, l.brand, l.price, l.price_max, l.currency, l.price_normalised, l.seller_name, l.seller_ref, l.corrected_product_id];
    const listingImages = images.byListing.get(l.id);
    if (listingImages) return sha256Hex(settingsHash + canonicalJson([...own, listingImages]));
    return sha256Hex(settingsHash + (own.every(isPlainJson) ? JSON.stringify(own) : canonicalJson(own)));
  };

  function score(l: ScoringListing, hash: string): ScoredListing {
    const found = matcher.match({ title: l.title, description: l.description, brand: l.brand, priceUsd: l.price_normalised });
    let match: MatchResult = found;
    const corrected = l.corrected_product_id !== null ? byId.get(l.corrected_product_id) : undefined;
    // A reviewer's correction stands; the matcher's candidates are still shown beside it.
    if (corrected !== undefined) match = { best: { productId: corrected.id, sku: corrected.sku, score: 1 }, matched: true, candidates: found.candidates };
    const productId = match.matched && match.best && byId.has(match.best.productId) ? match.best.productId : null;
    const product = productId === null ? null : byId.get(productId)!;
    const context = contextFor(product?.brand ?? null, l.brand);
    const findings: Finding[] = applyRules(
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
      productId === null ? null : ruleProducts.get(productId)!,
      context,
    );
    const listingImages = images.byListing.get(l.id);
    if (listingImages) findings.push(...imageRule(listingImages, context.weights));
    return {
      listingId: l.id,
      productId,
      score: match.best?.score ?? 0,
      candidates: match.candidates,
      corrected: l.corrected_product_id !== null,
      riskScore: riskScore(findings).score,
      inputHash: hash,
      findings,
    };
  }

  return { inputHash, score };
}
