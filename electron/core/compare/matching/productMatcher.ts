// Finds the genuine product a listing claims to be: text overlap against an in-memory index of the catalogue, then a
// re-ranking of the best few on model codes and SKUs, brand agreement and price plausibility, giving a 0–1 score.
import { buildCatalogueIndex, type IndexedFeature } from './catalogueIndex';
import { addCompound, addTextFeatures, foldText, modelCode, textFeatures, type FeatureCollector } from './matchText';
import { brandFactor, codeAgreement, priceFactor } from './matchEvidence';

export interface MatchableProduct {
  id: number;
  sku: string;
  name: string;
  aliases: string[];
  brand: string;
  category: string | null;
  msrp: number | null;
  currency: string | null;
  /** USD, for price plausibility */
  msrpUsd: number | null;
}

export interface MatchableListing {
  title: string;
  description: string;
  brand: string;
  priceUsd: number | null;
}

export interface MatchCandidate {
  productId: number;
  sku: string;
  score: number;
}

export interface MatchResult {
  best: MatchCandidate | null;
  /** best.score >= threshold */
  matched: boolean;
  /** The top three, even below the threshold. */
  candidates: MatchCandidate[];
}

export interface MatcherOptions {
  /**
   * The score a best candidate needs to count as the product (default 0.5). Scores are calibrated so that about
   * half the listing's and most of the product's distinctive words agreeing, or a shared model code, clear 0.5.
   */
  threshold?: number;
}

export const DEFAULT_MATCH_THRESHOLD = 0.5;

/** How many products the text stage hands to the re-ranking. */
const RERANK = 8;
const KEEP = 3;
/** Description text counts for less than the title: it lists materials and sizes shared by many products. */
const DESCRIPTION_WEIGHT = 0.3;
/** Only the start of a description is read: codes and names come first, and speed matters. */
const DESCRIPTION_CHARS = 600;
/** covP^a · covL^(1−a): mostly "does the listing name this product", partly "is the listing mostly about it". */
const PRODUCT_SIDE = 0.6;

/** What one compound of listing text adds: the catalogue features it holds, in order, its codes and title words. */
interface CompoundFeatures {
  ids: Int32Array;
  codes: string[];
  titleCodes: number;
  words: string[];
}

/** Enough compounds for a marketplace's vocabulary; the memory starts again past it. */
const COMPOUNDS_KEPT = 50_000;

/** What a description adds: the catalogue features it holds, in the order it holds them, and its codes. */
interface DescriptionFeatures {
  ids: Int32Array;
  codes: string[];
}

/** Enough descriptions for a marketplace's boilerplate (sellers paste the same text under many listings). */
const DESCRIPTIONS_KEPT = 20_000;

export interface ProductMatcher {
  match(listing: MatchableListing): MatchResult;
}

export function createProductMatcher(products: readonly MatchableProduct[], options: MatcherOptions = {}): ProductMatcher {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const index = buildCatalogueIndex(products);
  const skuOwners = new Map<string, number[]>();
  products.forEach((p, position) => {
    const code = modelCode(foldText(p.sku).trim()) ?? foldText(p.sku).replace(/[^\p{L}\p{N}]/gu, '');
    if (code.length < 4) return;
    const owners = skuOwners.get(code) ?? [];
    owners.push(position);
    skuOwners.set(code, owners);
  });
  const brands = products.map((p) => foldText(p.brand).trim());
  const knownBrands = new Set(brands.filter(Boolean));
  const brandWords = brands.map((b) => textFeatures(b).words);

  const docScale = index.docNorm.map((norm) => (norm > 0 ? norm ** -PRODUCT_SIDE : 0));
  const docScore = new Float64Array(index.docProduct.length);
  const touchedDocs = new Int32Array(index.docProduct.length);
  const productText = new Float64Array(products.length);
  const touchedProducts = new Int32Array(products.length);

  // What one listing's text holds, by feature number: the largest source weight of each feature the catalogue
  // knows (0: not held), and the order they were first met in, which is the order the sums below add them in.
  const { featureIds, featureList } = index;
  const heldWeight = new Float64Array(featureList.length);
  const heldOrder = new Int32Array(featureList.length);
  let heldCount = 0;
  const hold = (id: number, weight: number): void => {
    const seen = heldWeight[id] as number;
    if (seen === 0) heldOrder[heldCount++] = id;
    if (seen < weight) heldWeight[id] = weight;
  };
  // What each compound of listing text adds, remembered: listings repeat the same words again and again. Keyed by
  // whether the source weight is 1 (a title), the only thing besides the compound that what it adds depends on.
  const compounds = [new Map<string, CompoundFeatures>(), new Map<string, CompoundFeatures>()];
  const compoundFeatures = (compound: string, weight: number): CompoundFeatures => {
    const known = compounds[weight === 1 ? 1 : 0] as Map<string, CompoundFeatures>;
    let adds = known.get(compound);
    if (adds === undefined) {
      const ids: number[] = [];
      const record: FeatureCollector = {
        codes: [],
        titleCodes: 0,
        words: new Set(),
        add(kind, text) {
          const id = featureIds[kind]?.get(text);
          if (id !== undefined) ids.push(id);
        },
      };
      addCompound(record, compound, weight);
      adds = { ids: Int32Array.from(ids), codes: record.codes, titleCodes: record.titleCodes, words: [...record.words] };
      if (known.size >= COMPOUNDS_KEPT) known.clear();
      known.set(compound, adds);
    }
    return adds;
  };
  const listingText: FeatureCollector = {
    codes: [],
    titleCodes: 0,
    words: new Set(),
    add(kind, text, weight) {
      const id = featureIds[kind]?.get(text);
      if (id !== undefined) hold(id, weight);
    },
    addCompound(compound, weight) {
      const adds = compoundFeatures(compound, weight);
      for (let i = 0; i < adds.ids.length; i += 1) hold(adds.ids[i] as number, weight);
      for (const code of adds.codes) listingText.codes.push(code);
      listingText.titleCodes += adds.titleCodes;
      for (const word of adds.words) listingText.words.add(word);
    },
  };
  // What each description adds, remembered: sellers paste one description under many listings. A description (not a
  // title) adds no title words or title codes, so the features it holds, in order, and its codes are all it does.
  const descriptions = new Map<string, DescriptionFeatures>();
  const addDescription = (text: string): void => {
    let adds = descriptions.get(text);
    if (adds === undefined) {
      const ids: number[] = [];
      const codes: string[] = [];
      const record: FeatureCollector = {
        codes,
        titleCodes: 0,
        words: new Set(),
        add(kind, featureText) {
          const id = featureIds[kind]?.get(featureText);
          if (id !== undefined) ids.push(id);
        },
        addCompound(compound, weight) {
          const compoundAdds = compoundFeatures(compound, weight);
          for (let i = 0; i < compoundAdds.ids.length; i += 1) ids.push(compoundAdds.ids[i] as number);
          for (const code of compoundAdds.codes) codes.push(code);
        },
      };
      addTextFeatures(record, text, DESCRIPTION_WEIGHT);
      adds = { ids: Int32Array.from(ids), codes };
      if (descriptions.size >= DESCRIPTIONS_KEPT) descriptions.clear();
      descriptions.set(text, adds);
    }
    for (let i = 0; i < adds.ids.length; i += 1) hold(adds.ids[i] as number, DESCRIPTION_WEIGHT);
    for (const code of adds.codes) listingText.codes.push(code);
  };
  // Each common feature's place among the listing's common features (−1: not held), and a scratch list of places.
  const commonPlace = new Int32Array(index.commonCount).fill(-1);
  const places = new Int32Array(index.commonCount);

  function match(listing: MatchableListing): MatchResult {
    if (products.length === 0) return { best: null, matched: false, candidates: [] };
    const all = listingText;
    all.codes = [];
    all.titleCodes = 0;
    all.words = new Set();
    addTextFeatures(all, listing.title ?? '', 1);
    const description = (listing.description ?? '').slice(0, DESCRIPTION_CHARS);
    if (description !== '') addDescription(description);
    const titleCodes = all.codes.slice(0, all.titleCodes);

    // Candidates: weighted overlap with every document sharing a feature rare enough to tell products apart.
    let docCount = 0;
    let listingNorm = 0;
    const commonKeys: number[] = [];
    const commonShared: number[] = [];
    for (let h = 0; h < heldCount; h += 1) {
      const id = heldOrder[h] as number;
      const feature = featureList[id] as IndexedFeature;
      const shared = feature.weight * (heldWeight[id] as number);
      heldWeight[id] = 0;
      listingNorm += shared;
      const docs = feature.docs;
      if (docs === null) {
        commonPlace[feature.common] = commonKeys.length;
        commonKeys.push(feature.common);
        commonShared.push(shared);
        continue;
      }
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i] as number;
        if (docScore[doc] === 0) touchedDocs[docCount++] = doc;
        docScore[doc] = (docScore[doc] as number) + shared;
      }
    }
    heldCount = 0;
    let productCount = 0;
    for (let i = 0; i < docCount; i += 1) {
      const doc = touchedDocs[i] as number;
      // Ranks as the text score would, up to the listing's constant factor and the common features left out.
      const rough = (docScore[doc] as number) * (docScale[doc] as number);
      const product = index.docProduct[doc] as number;
      if (productText[product] === 0) touchedProducts[productCount++] = product;
      if (rough > (productText[product] as number)) productText[product] = rough;
    }

    /** The exact text score of a product: its best document, common features included. */
    const textScore = (position: number): number => {
      let best = 0;
      for (const doc of index.productDocs[position] as Int32Array) {
        let acc = docScore[doc] as number;
        const held = index.docCommon[doc] as Int32Array;
        let count = 0;
        for (let i = 0; i < held.length; i += 1) {
          const place = commonPlace[held[i] as number] as number;
          if (place >= 0) places[count++] = place;
        }
        // Added in the listing's order, so the sum is the same to the last bit whatever the document's order.
        for (let i = 1; i < count; i += 1) {
          const place = places[i] as number;
          let j = i - 1;
          for (; j >= 0 && (places[j] as number) > place; j -= 1) places[j + 1] = places[j] as number;
          places[j + 1] = place;
        }
        for (let i = 0; i < count; i += 1) acc += commonShared[places[i] as number] as number;
        if (acc === 0) continue;
        const text = Math.min(1, acc / (index.docNorm[doc] as number)) ** PRODUCT_SIDE * Math.min(1, acc / listingNorm) ** (1 - PRODUCT_SIDE);
        if (text > best) best = text;
      }
      return best;
    };

    // A SKU written in the listing puts its product among the candidates whatever the text says.
    const skuHits = new Set<number>();
    for (const code of all.codes) for (const owner of skuOwners.get(code) ?? []) skuHits.add(owner);

    const shortlist: number[] = [...skuHits];
    const top = topByScore(touchedProducts, productCount, productText, RERANK);
    for (const p of top) if (!skuHits.has(p)) shortlist.push(p);

    const ranked = shortlist.map((position) => {
      const product = products[position] as MatchableProduct;
      let score = textScore(position);
      const codes = skuHits.has(position) ? 1 : codeAgreement(all.codes, titleCodes, index.productCodes[position] as string[]);
      if (codes > 0) score = 1 - (1 - score) * (1 - 0.7 * codes);
      else if (codes < 0) score *= 0.8;
      score *= brandFactor(listing.brand ?? '', all.words, brands[position] as string, brandWords[position] as Set<string>, knownBrands);
      score *= priceFactor(listing.priceUsd, product.msrpUsd);
      return { productId: product.id, sku: product.sku, score: Math.round(Math.min(1, Math.max(0, score)) * 10_000) / 10_000 };
    });
    for (let i = 0; i < commonKeys.length; i += 1) commonPlace[commonKeys[i] as number] = -1;
    for (let i = 0; i < productCount; i += 1) productText[touchedProducts[i] as number] = 0;
    for (let i = 0; i < docCount; i += 1) docScore[touchedDocs[i] as number] = 0;

    ranked.sort((a, b) => b.score - a.score || a.productId - b.productId);
    const candidates = ranked.slice(0, KEEP);
    const best = candidates[0] ?? null;
    return { best, matched: best !== null && best.score >= threshold, candidates };
  }

  return { match };
}

/** The positions of the k highest scores among the first `count` entries of `positions`. */
function topByScore(positions: Int32Array, count: number, scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const p = positions[i] as number;
    const s = scores[p] as number;
    if (best.length === k && s <= (scores[best[k - 1] as number] as number)) continue;
    let at = best.length;
    while (at > 0 && (scores[best[at - 1] as number] as number) < s) at -= 1;
    best.splice(at, 0, p);
    if (best.length > k) best.pop();
  }
  return best;
}
