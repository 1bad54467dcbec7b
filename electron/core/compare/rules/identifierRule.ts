// Identifiers: GTINs with a wrong check digit or outside the brand's GS1 company prefixes, and serial numbers
// that do not fit the genuine product's serial pattern. A pattern that does not compile is reported, not thrown.
import { isValidGtin } from '../../catalog/gtinCheckDigit';
import type { Finding, Rule, RuleContext, RuleProduct } from './finding';
import { weightOf } from './ruleWeights';

/** The GTIN as GTIN-13 digits, where GS1 company prefixes apply (GTIN-8 has its own number space: null). */
function asGtin13(gtin: string): string | null {
  if (gtin.length === 12) return `0${gtin}`;
  if (gtin.length === 13) return gtin;
  if (gtin.length === 14) return gtin.slice(1);
  return null;
}

function gtinFindings(raw: string, product: RuleProduct, context: RuleContext): Finding[] {
  const gtin = raw.replace(/[\s-]/g, '');
  if (gtin === '') return [];
  const { weights } = context;
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) {
    return [{
      rule: 'identifier.gtin_malformed', severity: 'low', expected: 'a GTIN of 8, 12, 13 or 14 digits', observed: raw,
      weight: weightOf(weights, 'identifier.gtin_malformed'),
      message: `The listing gives "${raw}" as a GTIN, which is not 8, 12, 13 or 14 digits.`,
    }];
  }
  if (!isValidGtin(gtin)) {
    return [{
      rule: 'identifier.gtin_check_digit', severity: 'high', expected: 'a GTIN with a valid GS1 check digit', observed: gtin,
      weight: weightOf(weights, 'identifier.gtin_check_digit'),
      message: `The GTIN ${gtin} has an invalid check digit, so no genuine product carries it.`,
    }];
  }
  const key = asGtin13(gtin);
  if (product.gtins.some((g) => asGtin13(g.replace(/[\s-]/g, '')) === key) || key === null || context.gs1Prefixes.length === 0) return [];
  if (context.gs1Prefixes.some((prefix) => key.startsWith(prefix.trim()))) return [];
  return [{
    rule: 'identifier.gtin_outside_prefix', severity: 'medium', expected: `a GTIN starting ${context.gs1Prefixes.join(' or ')}`, observed: gtin,
    weight: weightOf(weights, 'identifier.gtin_outside_prefix'),
    message: `The GTIN ${gtin} is outside the brand's GS1 company prefixes (${context.gs1Prefixes.join(', ')}).`,
  }];
}

/** Compiles the product's serial pattern to match whole serials; null with a reason when it does not compile. */
function serialMatcher(pattern: string): { test: RegExp } | { error: string } {
  try {
    return { test: new RegExp(`^(?:${pattern})$`) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function serialFindings(serials: string[], product: RuleProduct, context: RuleContext): Finding[] {
  const present = serials.map((s) => s.trim()).filter((s) => s !== '');
  if (product.serialPattern === null || product.serialPattern === '' || present.length === 0) return [];
  const matcher = serialMatcher(product.serialPattern);
  if ('error' in matcher) {
    return [{
      rule: 'identifier.serial_pattern_invalid', severity: 'info', expected: null, observed: product.serialPattern,
      weight: weightOf(context.weights, 'identifier.serial_pattern_invalid'),
      message: `Serial numbers were not checked: the serial pattern of ${product.sku} is not a valid regular expression (${matcher.error}); correct it in the catalogue.`,
    }];
  }
  return present.filter((serial) => !matcher.test.test(serial)).map((serial) => ({
    rule: 'identifier.serial_off_pattern', severity: 'high', expected: `a serial matching ${product.serialPattern}`, observed: serial,
    weight: weightOf(context.weights, 'identifier.serial_off_pattern'),
    message: `The serial number ${serial} does not follow the format of genuine ${product.name} serials.`,
  }));
}

export const identifierRule: Rule = (listing, product, context) => {
  if (product === null) return [];
  return [
    ...listing.gtins.flatMap((gtin) => gtinFindings(gtin, product, context)),
    ...serialFindings(listing.serials, product, context),
  ];
};
