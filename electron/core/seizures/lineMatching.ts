// Matches a seized line to the genuine product it claims to be: a GTIN the catalogue lists settles it; otherwise
// the listings' product matcher reads the claimed model, description and markings. Declared customs values say
// nothing about which product it is, so price plays no part.
import type { ProductSummary } from '../../api/contract';
import { createProductMatcher } from '../compare/matching/productMatcher';

export interface LineToMatch {
  brandClaimed: string;
  modelClaimed: string;
  description: string;
  markings: string;
  gtins: readonly string[];
}

export interface LineMatch {
  productId: number;
  score: number;
  method: 'gtin' | 'text';
}

export interface LineMatcher {
  match(line: LineToMatch): LineMatch | null;
}

/** GTIN-12, -13 and -14 compare as GTIN-14. */
const gtinKey = (g: string) => g.padStart(14, '0');

export function createLineMatcher(products: readonly ProductSummary[]): LineMatcher {
  const byGtin = new Map<string, number>();
  for (const p of products) for (const g of p.gtins) byGtin.set(gtinKey(g), p.id);
  const matcher = createProductMatcher(products.map((p) => ({ id: p.id, sku: p.sku, name: p.name, aliases: p.aliases, brand: p.brand, category: p.category, msrp: p.msrp, currency: p.currency, msrpUsd: null })));
  return {
    match(line) {
      for (const g of line.gtins) {
        const id = byGtin.get(gtinKey(g));
        if (id !== undefined) return { productId: id, score: 1, method: 'gtin' };
      }
      const result = matcher.match({ title: `${line.modelClaimed} ${line.description}`.trim(), description: line.markings, brand: line.brandClaimed, priceUsd: null });
      return result.matched && result.best ? { productId: result.best.productId, score: result.best.score, method: 'text' } : null;
    },
  };
}
