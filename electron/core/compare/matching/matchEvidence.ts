// The evidence that re-ranks a product's text score: model codes that agree or clash, the brand the listing names,
// and whether the asking price is plausible for the product. Each is a pure function of the two sides.
import { foldText } from './matchText';

/** Extra characters allowed when one code extends another ("FS105" and "FS105NA": a region or colour suffix). */
const SUFFIX_CHARS = 3;
const MIN_CODE = 4;

/**
 * 1 when the listing carries one of the product's codes, 0.8 when one code extends the other by a short suffix,
 * −1 when the title carries a code and the product has codes but none agree, otherwise 0 (no evidence).
 */
export function codeAgreement(listingCodes: readonly string[], titleCodes: readonly string[], productCodes: readonly string[]): number {
  if (productCodes.length === 0 || listingCodes.length === 0) return 0;
  let best = 0;
  for (const l of listingCodes) {
    for (const p of productCodes) {
      if (l === p) return 1;
      const [shorter, longer] = l.length < p.length ? [l, p] : [p, l];
      if (shorter.length >= MIN_CODE && longer.length - shorter.length <= SUFFIX_CHARS && longer.startsWith(shorter) && /\p{L}/u.test(shorter)) best = 0.8;
    }
  }
  if (best > 0) return best;
  return titleCodes.length > 0 ? -1 : 0;
}

/**
 * 1 when the listing names the product's brand (brand field or title words), 0.6 when its brand field names another
 * brand of the catalogue, 0.9 otherwise (no brand, a generic one, or a disguised one: counterfeits often hide it).
 */
export function brandFactor(listingBrand: string, titleWords: ReadonlySet<string>, productBrand: string, productBrandWords: ReadonlySet<string>, knownBrands: ReadonlySet<string>): number {
  if (!productBrand) return 1;
  const field = listingBrand ? foldText(listingBrand).trim() : '';
  if (field && (field === productBrand || field.startsWith(`${productBrand} `) || productBrand.startsWith(`${field} `))) return 1;
  if (productBrandWords.size > 0 && [...productBrandWords].every((w) => titleWords.has(w))) return 1;
  if (field && knownBrands.has(field)) return 0.6;
  return 0.9;
}

/** Up to 12 % off the score as the asking price moves a factor of ten away from the MSRP, either way. */
export function priceFactor(listingUsd: number | null, msrpUsd: number | null): number {
  if (listingUsd === null || msrpUsd === null || !(listingUsd > 0) || !(msrpUsd > 0)) return 1;
  const distance = Math.abs(Math.log(listingUsd / msrpUsd)) / Math.LN10;
  return 1 - 0.12 * Math.min(1, distance);
}
