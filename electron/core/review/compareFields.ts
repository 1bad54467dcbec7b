// The side-by-side comparison of a listing with the genuine product, field by field: what the specification says,
// what the listing shows, and whether they match. A mismatch is the rules' own finding (so the comparison and the
// risk score never disagree); a match is what the listing states in agreement with the specification.
import type { ProductSummary } from '../../api/contract';
import type { ComparisonField } from '../../api/reviewContract';
import { statedGtins } from '../compare/listingIdentifiers';
import { foldTerm } from '../compare/rules/foldedText';
import { moneyText, percentText } from '../compare/rules/moneyText';

export interface ComparedListing {
  title: string;
  description: string;
  brand: string;
  price: number | null;
  priceMax: number | null;
  currency: string | null;
  /** In US dollars, as scoring normalises. */
  priceUsd: number | null;
  raw: Record<string, unknown>;
}

export interface ComparedFinding {
  rule: string;
  message: string;
  observed: string | null;
}

export interface ProductPrices {
  msrpUsd: number | null;
  minAuthorisedPriceUsd: number | null;
}

const NOT_STATED = 'not stated';
/** Measurements within this share of the specification count as the same. */
const MEASURE_TOLERANCE = 0.1;

export function compareFields(listing: ComparedListing, product: ProductSummary, prices: ProductPrices, findings: readonly ComparedFinding[]): ComparisonField[] {
  const text = foldTerm(`${listing.title}\n${listing.description}`);
  const finding = (...prefixes: string[]) => findings.find((f) => prefixes.some((p) => f.rule.startsWith(p)));
  const mentioned = (values: readonly string[]) => values.filter((v) => v.trim() !== '' && text.includes(foldTerm(v)));
  const fields: ComparisonField[] = [];

  // Name: the title names the product (or an alias), or claims a model the brand never made.
  const neverMade = finding('catalogue.never_made_model');
  const names = mentioned([product.name, ...product.aliases, product.sku]);
  fields.push({
    key: 'name',
    label: 'Name',
    genuine: product.name,
    listing: listing.title || NOT_STATED,
    ...(neverMade
      ? { verdict: 'mismatch', note: neverMade.message }
      : names.length
        ? { verdict: 'match', note: `The listing names “${names[0]}”.` }
        : { verdict: 'unknown', note: 'The listing does not name this product.' }),
  });

  const brandFinding = finding('brand.');
  const statedBrand = listing.brand.trim();
  fields.push({
    key: 'brand',
    label: 'Brand',
    genuine: product.brand,
    listing: statedBrand || NOT_STATED,
    ...(brandFinding
      ? { verdict: 'mismatch', note: brandFinding.message }
      : statedBrand && foldTerm(statedBrand) === foldTerm(product.brand)
        ? { verdict: 'match', note: 'The stated brand is the genuine one.' }
        : !statedBrand && text.includes(foldTerm(product.brand))
          ? { verdict: 'match', note: 'The brand is named in the text.' }
          : { verdict: 'unknown', note: statedBrand ? `The stated brand is not ${product.brand}.` : 'No brand is stated.' }),
  });

  fields.push(priceField(listing, product, prices, finding('price.')));

  fields.push({
    key: 'currency',
    label: 'Currency',
    genuine: product.currency ?? NOT_STATED,
    listing: listing.currency ?? NOT_STATED,
    ...(product.currency && listing.currency
      ? product.currency === listing.currency
        ? { verdict: 'match', note: 'The same currency.' }
        : { verdict: 'unknown', note: 'Prices are compared after conversion to US dollars.' }
      : { verdict: 'unknown', note: 'A currency is missing.' }),
  });

  fields.push(listField('materials', 'Materials', product.materials, mentioned(product.materials), finding('catalogue.material_not_used')));
  fields.push(listField('colourways', 'Colourways', product.colourways, mentioned(product.colourways), finding('catalogue.colourway_not_made')));

  const gtins = statedGtins(`${listing.title}\n${listing.description}`);
  if (product.gtins.length || gtins.length) {
    const gtinFinding = finding('identifier.gtin_');
    const known = gtins.filter((g) => product.gtins.includes(g));
    fields.push({
      key: 'gtins',
      label: 'GTINs',
      genuine: product.gtins.join(', ') || NOT_STATED,
      listing: gtins.join(', ') || NOT_STATED,
      ...(gtinFinding
        ? { verdict: 'mismatch', note: gtinFinding.message }
        : known.length
          ? { verdict: 'match', note: `${known[0]} is one of the product’s GTINs.` }
          : gtins.length && product.gtins.length
            ? { verdict: 'mismatch', note: `${gtins[0]} is not one of the product’s GTINs.` }
            : { verdict: 'unknown', note: gtins.length ? 'The product has no GTIN on record.' : 'The listing states no GTIN.' }),
    });
  }

  if (product.serialPattern) fields.push(serialField(listing, product.serialPattern, finding('identifier.serial_off_pattern')));

  const dims = [product.lengthMm, product.widthMm, product.heightMm];
  if (dims.some((d) => d !== null)) {
    const stated = rawValue(listing.raw, /dimension|size|measure/i);
    const genuine = `${dims.map((d) => (d === null ? '?' : String(d))).join(' × ')} mm`;
    fields.push({ key: 'dimensions', label: 'Dimensions', genuine, listing: stated ?? NOT_STATED, ...measureVerdict(stated, dims, 'mm') });
  }
  if (product.weightG !== null) {
    const stated = rawValue(listing.raw, /weight/i);
    fields.push({ key: 'weight', label: 'Weight', genuine: `${product.weightG} g`, listing: stated ?? NOT_STATED, ...measureVerdict(stated, [product.weightG], 'g') });
  }
  return fields;
}

function priceField(listing: ComparedListing, product: ProductSummary, prices: ProductPrices, priceFinding: ComparedFinding | undefined): ComparisonField {
  const genuineParts = [
    product.msrp !== null ? `MSRP ${moneyText(product.msrp, product.currency)}` : null,
    product.minAuthorisedPrice !== null ? `minimum authorised ${moneyText(product.minAuthorisedPrice, product.currency)}` : null,
  ].filter((p): p is string => p !== null);
  const listed =
    listing.price === null
      ? NOT_STATED
      : `${moneyText(listing.price, listing.currency)}${listing.priceMax !== null && listing.priceMax !== listing.price ? `–${moneyText(listing.priceMax, listing.currency)}` : ''}${
          listing.priceUsd !== null && listing.currency !== 'USD' ? ` (≈ ${moneyText(listing.priceUsd, 'USD')})` : ''
        }`;
  const base = { key: 'price' as const, label: 'Price', genuine: genuineParts.join(' · ') || NOT_STATED, listing: listed };
  if (priceFinding) {
    const cannot = priceFinding.rule === 'price.cannot_compare';
    return { ...base, verdict: cannot ? 'unknown' : 'mismatch', note: priceFinding.message };
  }
  if (listing.priceUsd === null || prices.msrpUsd === null || prices.msrpUsd <= 0) return { ...base, verdict: 'unknown', note: 'The price cannot be compared with an MSRP.' };
  return { ...base, verdict: 'match', note: `${percentText(listing.priceUsd / prices.msrpUsd)} of the MSRP, within the genuine range.` };
}

function listField(key: 'materials' | 'colourways', label: string, genuine: readonly string[], stated: readonly string[], mismatch: ComparedFinding | undefined): ComparisonField {
  const base = { key, label, genuine: genuine.join(', ') || NOT_STATED };
  if (mismatch) return { ...base, listing: mismatch.observed ?? NOT_STATED, verdict: 'mismatch', note: mismatch.message };
  if (stated.length) return { ...base, listing: stated.join(', '), verdict: 'match', note: `The listing states ${stated.join(', ')}.` };
  return { ...base, listing: NOT_STATED, verdict: 'unknown', note: `The listing states no ${label.toLowerCase()} of this product.` };
}

function serialField(listing: ComparedListing, pattern: string, offPattern: ComparedFinding | undefined): ComparisonField {
  const stated = rawValue(listing.raw, /serial/i);
  const base = { key: 'serial' as const, label: 'Serial number', genuine: `matches ${pattern}`, listing: stated ?? NOT_STATED };
  if (offPattern) return { ...base, verdict: 'mismatch', note: offPattern.message };
  if (stated === null) return { ...base, verdict: 'unknown', note: 'The listing states no serial number.' };
  let fits: boolean;
  try {
    fits = new RegExp(`^(?:${pattern})$`, 'u').test(stated.trim());
  } catch {
    return { ...base, verdict: 'unknown', note: 'The product’s serial pattern is not a valid regular expression.' };
  }
  return { ...base, verdict: fits ? 'match' : 'mismatch', note: fits ? 'The serial number fits the genuine pattern.' : `${stated} does not fit the genuine pattern.` };
}

/** The first non-empty imported cell whose column name fits, as text. */
function rawValue(raw: Record<string, unknown>, key: RegExp): string | null {
  for (const [k, v] of Object.entries(raw)) {
    if (!key.test(k) || v === null || v === undefined) continue;
    const s = String(v).trim();
    if (s) return s;
  }
  return null;
}

/** Numbers in a stated measurement (kg and cm converted), compared in order with the specification's. */
function measureVerdict(stated: string | null, genuine: readonly (number | null)[], unit: 'mm' | 'g'): Pick<ComparisonField, 'verdict' | 'note'> {
  if (stated === null) return { verdict: 'unknown', note: 'The listing states none.' };
  const scale = unit === 'g' ? (/kg/i.test(stated) ? 1000 : 1) : /cm/i.test(stated) ? 10 : /\bm\b/i.test(stated) ? 1000 : 1;
  const numbers = [...stated.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')) * scale);
  const pairs = genuine.map((g, i) => [g, numbers[i]] as const).filter((p): p is readonly [number, number] => p[0] !== null && p[1] !== undefined);
  if (pairs.length === 0) return { verdict: 'unknown', note: 'The stated value could not be read as a measurement.' };
  const off = pairs.find(([g, n]) => Math.abs(n - g) > g * MEASURE_TOLERANCE);
  return off ? { verdict: 'mismatch', note: `${off[1]} ${unit} against ${off[0]} ${unit} for the genuine product.` } : { verdict: 'match', note: `Within ${MEASURE_TOLERANCE * 100}% of the specification.` };
}
