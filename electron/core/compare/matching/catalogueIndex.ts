// An in-memory inverted index over the genuine catalogue: one document per product name and per alias, each a set
// of features weighted by IDF (over products) and kind, so a listing's text can be scored against all of them at once.
import { KIND_WEIGHT, textFeatures } from './matchText';

export interface IndexedText {
  name: string;
  aliases: readonly string[];
}

export interface IndexedFeature {
  /** IDF × kind weight. */
  weight: number;
  /** The documents holding it; null for a feature too common to find candidates by (it counts when re-ranking). */
  docs: Int32Array | null;
}

/** A feature held by more products than this share (and than COMMON_MIN) is skipped when finding candidates. */
const COMMON_SHARE = 0.04;
const COMMON_MIN = 16;

export interface CatalogueIndex {
  /** The product (position in the catalogue) each document names. */
  docProduct: Int32Array;
  /** The total weight of each document's features. */
  docNorm: Float64Array;
  /** The documents of each product. */
  productDocs: Int32Array[];
  /** Each document's features, to add the common ones back when re-ranking. */
  docFeatures: ReadonlySet<string>[];
  /** Feature key → its weight and postings. A key missing here tells nothing about any product. */
  features: Map<string, IndexedFeature>;
  /** Each product's model codes from its name and aliases (not its SKU). */
  productCodes: string[][];
}

export function buildCatalogueIndex(products: readonly IndexedText[]): CatalogueIndex {
  const docFeatures: Map<string, number>[] = [];
  const docOwner: number[] = [];
  const productCodes: string[][] = [];
  const df = new Map<string, number>();
  products.forEach((product, position) => {
    const seenInProduct = new Set<string>();
    const codes = new Set<string>();
    for (const text of [product.name, ...product.aliases]) {
      const parsed = textFeatures(text);
      if (parsed.features.size === 0) continue;
      docFeatures.push(parsed.features);
      docOwner.push(position);
      for (const key of parsed.features.keys()) seenInProduct.add(key);
      for (const code of parsed.codes) codes.add(code);
    }
    for (const key of seenInProduct) df.set(key, (df.get(key) ?? 0) + 1);
    productCodes.push([...codes]);
  });

  const n = products.length;
  const weight = new Map<string, number>();
  for (const [key, count] of df) weight.set(key, Math.log(1 + n / count) * (KIND_WEIGHT[key[0] as string] ?? 1));

  const lists = new Map<string, number[]>();
  const docNorm = new Float64Array(docFeatures.length);
  docFeatures.forEach((features, doc) => {
    let norm = 0;
    for (const key of features.keys()) {
      norm += weight.get(key) as number;
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      list.push(doc);
    }
    docNorm[doc] = norm;
  });
  const features = new Map<string, IndexedFeature>();
  const commonAbove = Math.max(COMMON_MIN, n * COMMON_SHARE);
  for (const [key, docs] of lists) {
    features.set(key, { weight: weight.get(key) as number, docs: (df.get(key) as number) > commonAbove ? null : Int32Array.from(docs) });
  }
  const productDocs: number[][] = products.map(() => []);
  docOwner.forEach((product, doc) => productDocs[product]?.push(doc));
  return {
    docProduct: Int32Array.from(docOwner),
    docNorm,
    productDocs: productDocs.map((docs) => Int32Array.from(docs)),
    docFeatures: docFeatures.map((features) => new Set(features.keys())),
    features,
    productCodes,
  };
}
