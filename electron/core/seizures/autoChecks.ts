// The automatic checks on one seized line, beside the examiner's checklist: GTIN check digits and the brand's GS1
// prefixes and serials against the product's pattern (the listing rules' identifier check, reused), serials seen on
// other lines or seizures, the declared value per unit against the MSRP, and weight and dimensions against the
// specification within tolerances. Pure: the repository hands in the line, its product and the repeats.
import type { AutoFinding } from '../../api/seizureContract';
import { identifierRule } from '../compare/rules/identifierRule';
import type { RuleContext, RuleListing, RuleProduct } from '../compare/rules/finding';
import { DEFAULT_RULE_WEIGHTS } from '../compare/rules/ruleWeights';

/** A unit declared below this share of the MSRP is flagged (customs values are often far below retail). */
export const VALUE_SHARE_THRESHOLD = 0.4;
/** A genuine unit weighs within ±10 % of the specification. */
export const WEIGHT_TOLERANCE = 0.1;
/** A genuine dimension is within ±5 % or ±5 mm of the specification, whichever is larger. */
export const DIMENSION_TOLERANCE = 0.05;
export const DIMENSION_TOLERANCE_MM = 5;
/** Serials quoted in one finding at most; the rest are counted. */
const QUOTED = 5;

export interface AutoCheckLine {
  quantity: number | null;
  declaredValue: number | null;
  currency: string | null;
  /** The declared value per unit in USD; null when the value, quantity or rate is missing. */
  unitValueUsd: number | null;
  gtins: readonly string[];
  serials: readonly string[];
  weightG: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
}

export interface AutoCheckProduct extends RuleProduct {
  weightG: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
}

export interface SerialRepeat {
  serial: string;
  /** Where else it was seen, e.g. "line 7" or "line 3 of seizure CBP-2026-0001". */
  elsewhere: string[];
}

export interface AutoCheckContext {
  gs1Prefixes: readonly string[];
  repeats: readonly SerialRepeat[];
}

const ruleContext = (gs1Prefixes: readonly string[]): RuleContext => ({
  protectedMarks: [],
  gs1Prefixes: [...gs1Prefixes],
  authorisedSellers: [],
  deniedSellers: [],
  weights: DEFAULT_RULE_WEIGHTS,
  lexicon: { entries: [] },
  msrpShareThreshold: VALUE_SHARE_THRESHOLD,
});

const NO_PRODUCT: RuleProduct = { sku: '', name: '', brand: '', msrp: null, currency: null, msrpUsd: null, minAuthorisedPrice: null, minAuthorisedPriceUsd: null, colourways: [], materials: [], gtins: [], serialPattern: null, neverMadeModels: [] };

const quoteList = (items: readonly string[]) => `${items.slice(0, QUOTED).join(', ')}${items.length > QUOTED ? ` and ${items.length - QUOTED} more` : ''}`;

export function autoCheckLine(line: AutoCheckLine, product: AutoCheckProduct | null, context: AutoCheckContext): AutoFinding[] {
  const findings: AutoFinding[] = [];
  const listing: RuleListing = {
    title: '', description: '', brand: '', price: null, priceMax: null, currency: null, priceUsd: null, sellerMarketplace: '', sellerRef: '', sellerName: '',
    gtins: [...line.gtins],
    serials: product ? [...line.serials] : [],
  };
  // The GTIN checks hold without a product (check digit, prefix); the serial pattern needs one.
  const identifiers = identifierRule(listing, product ?? NO_PRODUCT, ruleContext(context.gs1Prefixes));
  const offPattern: string[] = [];
  for (const f of identifiers) {
    if (f.rule === 'identifier.serial_off_pattern') offPattern.push(f.observed ?? '');
    else findings.push({ check: f.rule.replace('identifier.', ''), severity: f.severity, expected: f.expected, observed: f.observed, message: f.rule === 'identifier.gtin_malformed' ? `The line gives "${f.observed ?? ''}" as a GTIN, which is not 8, 12, 13 or 14 digits.` : f.message });
  }
  if (offPattern.length > 0 && product) {
    findings.push({
      check: 'serial_off_pattern', severity: 'high', expected: `serials matching ${product.serialPattern ?? ''}`, observed: quoteList(offPattern),
      message: offPattern.length === line.serials.length
        ? `None of the line's ${line.serials.length} serial numbers follows the format of genuine ${product.name} serials: ${quoteList(offPattern)}.`
        : `${offPattern.length} of the line's ${line.serials.length} serial numbers ${offPattern.length === 1 ? 'does' : 'do'} not follow the format of genuine ${product.name} serials: ${quoteList(offPattern)}.`,
    });
  }
  if (context.repeats.length > 0) {
    const places = [...new Set(context.repeats.flatMap((r) => r.elsewhere))];
    findings.push({
      check: 'serial_repeated', severity: 'high', expected: 'each serial number on one unit only', observed: quoteList(context.repeats.map((r) => r.serial)),
      message: `${context.repeats.length === 1 ? 'The serial number' : `${context.repeats.length} serial numbers`} ${quoteList(context.repeats.map((r) => r.serial))} ${context.repeats.length === 1 ? 'also appears' : 'also appear'} on ${quoteList(places)}; a genuine serial is on one unit only.`,
    });
  }
  if (product?.msrpUsd && line.unitValueUsd !== null && line.unitValueUsd < product.msrpUsd * VALUE_SHARE_THRESHOLD) {
    const share = Math.round((line.unitValueUsd / product.msrpUsd) * 100);
    findings.push({
      check: 'value_below_msrp', severity: 'medium', expected: `at least ${Math.round(VALUE_SHARE_THRESHOLD * 100)} % of the MSRP (${product.msrp ?? ''} ${product.currency ?? ''})`.trim(), observed: `${line.unitValueUsd.toFixed(2)} USD per unit`,
      message: `The declared value is ${line.unitValueUsd.toFixed(2)} USD per unit, ${share} % of the MSRP of ${product.name} (${product.msrpUsd.toFixed(2)} USD).`,
    });
  }
  if (product) findings.push(...measureFindings(line, product));
  return findings;
}

function measureFindings(line: AutoCheckLine, product: AutoCheckProduct): AutoFinding[] {
  const out: AutoFinding[] = [];
  if (line.weightG !== null && product.weightG !== null) {
    const low = product.weightG * (1 - WEIGHT_TOLERANCE);
    const high = product.weightG * (1 + WEIGHT_TOLERANCE);
    if (line.weightG < low || line.weightG > high) {
      out.push({
        check: 'weight_off_spec', severity: 'medium', expected: `${Math.round(low)}–${Math.round(high)} g`, observed: `${line.weightG} g`,
        message: `One unit weighs ${line.weightG} g; a genuine ${product.name} weighs ${product.weightG} g (±${WEIGHT_TOLERANCE * 100} %).`,
      });
    }
  }
  const names = ['length', 'width', 'height'] as const;
  const measured = [line.lengthMm, line.widthMm, line.heightMm];
  const spec = [product.lengthMm, product.widthMm, product.heightMm];
  names.forEach((name, i) => {
    const m = measured[i] ?? null;
    const s = spec[i] ?? null;
    if (m === null || s === null) return;
    const tolerance = Math.max(s * DIMENSION_TOLERANCE, DIMENSION_TOLERANCE_MM);
    if (Math.abs(m - s) <= tolerance) return;
    out.push({
      check: `${name}_off_spec`, severity: 'medium', expected: `${s} mm ± ${Math.round(tolerance * 10) / 10} mm`, observed: `${m} mm`,
      message: `The ${name} is ${m} mm; a genuine ${product.name} measures ${s} mm (± ${Math.round(tolerance * 10) / 10} mm).`,
    });
  });
  return out;
}
