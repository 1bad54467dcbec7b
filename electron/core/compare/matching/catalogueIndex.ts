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
  /** For a common feature (docs null), its number among the common features, as docCommon lists them; otherwise −1. */
  common: number;
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
  /** Each document's common features (their `common` numbers, ascending), to add them back when re-ranking. */
  docCommon: Int32Array[];
  /** How many common features there are. */
  commonCount: number;
  /** Feature key → its weight and postings. A key missing here tells nothing about any product. */
  features: Map<string, IndexedFeature>;
  /** The same features numbered: kind (a KIND_WEIGHT key) → feature text → its number in featureList. */
  featureIds: Readonly<Record<string, Map<string, number>>>;
  featureList: IndexedFeature[];
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
  let commonCount = 0;
  for (const [key, docs] of lists) {
    const common = (df.get(key) as number) > commonAbove;
    features.set(key, { weight: weight.get(key) as number, common: common ? commonCount++ : -1, docs: common ? null : Int32Array.from(docs) });
  }
  const featureIds: Record<string, Map<string, number>> = {};
  for (const kind of Object.keys(KIND_WEIGHT)) featureIds[kind] = new Map();
  const featureList: IndexedFeature[] = [];
  for (const [key, feature] of features) {
    let ids = featureIds[key[0] as string];
    if (ids === undefined) featureIds[key[0] as string] = ids = new Map();
    ids.set(key.slice(1), featureList.length);
    featureList.push(feature);
  }
  const productDocs: number[][] = products.map(() => []);
  docOwner.forEach((product, doc) => productDocs[product]?.push(doc));
  return {
    docProduct: Int32Array.from(docOwner),
    docNorm,
    productDocs: productDocs.map((docs) => Int32Array.from(docs)),
    // Numbers rather than strings: re-ranking asks "does this document hold that feature" many times per listing.
    commonCount,
    docCommon: docFeatures.map((held) => Int32Array.from([...held.keys()].map((key) => (features.get(key) as IndexedFeature).common).filter((c) => c >= 0)).sort()),
    features,
    featureIds,
    featureList,
    productCodes,
  };
}
