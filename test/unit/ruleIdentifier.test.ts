import { describe, expect, it } from 'vitest';
import { identifierRule } from '../../electron/core/compare/rules/identifierRule';
import { context, listing, product } from './ruleFixtures';

const rulesFor = (over: Parameters<typeof listing>[0], productOver: Parameters<typeof product>[0] = {}) =>
  identifierRule(listing(over), product(productOver), context()).map((f) => f.rule);

describe('the identifier rule', () => {
  it('accepts the genuine product’s own GTIN and a valid GTIN inside the brand’s prefixes', () => {
    expect(rulesFor({ gtins: ['7640175000011', '7640175000028'] })).toEqual([]);
  });

  it('flags a GTIN-13 whose check digit is wrong', () => {
    const [finding] = identifierRule(listing({ gtins: ['7640175000012'] }), product(), context());
    expect(finding).toMatchObject({ rule: 'identifier.gtin_check_digit', severity: 'high', observed: '7640175000012' });
    expect(finding?.message).toBe('The GTIN 7640175000012 has an invalid check digit, so no genuine product carries it.');
  });

  it('checks GTIN-8, GTIN-12 and GTIN-14 check digits too', () => {
    expect(rulesFor({ gtins: ['12345670', '12345671'] }, { gtins: [] })).toEqual(['identifier.gtin_check_digit']);
    expect(rulesFor({ gtins: ['001234567891'] })).toEqual(['identifier.gtin_check_digit']);
    expect(rulesFor({ gtins: ['17640175000019'] })).toEqual(['identifier.gtin_check_digit']);
  });

  it('flags a valid GTIN outside the brand’s GS1 prefixes, naming them', () => {
    const [finding] = identifierRule(listing({ gtins: ['4006381333931'] }), product(), context());
    expect(finding).toMatchObject({ rule: 'identifier.gtin_outside_prefix', observed: '4006381333931' });
    expect(finding?.message).toContain('7640175, 7640176');
  });

  it('reads a GTIN-12 (UPC) as the GTIN-13 with a leading zero when comparing prefixes', () => {
    expect(identifierRule(listing({ gtins: ['012345678905'] }), product(), context({ gs1Prefixes: ['0012345'] }))).toEqual([]);
    expect(identifierRule(listing({ gtins: ['012345678905'] }), product(), context({ gs1Prefixes: ['012345'] }))[0]?.rule).toBe('identifier.gtin_outside_prefix');
  });

  it('ignores spaces and hyphens in a GTIN but flags one that is not 8, 12, 13 or 14 digits', () => {
    expect(rulesFor({ gtins: ['764-0175 000011'] })).toEqual([]);
    expect(rulesFor({ gtins: ['76401750000'] })).toEqual(['identifier.gtin_malformed']);
    expect(rulesFor({ gtins: ['ABC'] })).toEqual(['identifier.gtin_malformed']);
  });

  it('flags a serial that does not match the product’s serial pattern', () => {
    const findings = identifierRule(listing({ serials: ['CV12AB3456', 'XX-0001'] }), product(), context());
    expect(findings).toEqual([expect.objectContaining({ rule: 'identifier.serial_off_pattern', observed: 'XX-0001', severity: 'high' })]);
  });

  it('gives an info finding, not a crash, when the serial pattern is not a valid regular expression', () => {
    const findings = identifierRule(listing({ serials: ['CV12AB3456'] }), product({ serialPattern: 'CV([0-9' }), context());
    expect(findings).toEqual([expect.objectContaining({ rule: 'identifier.serial_pattern_invalid', severity: 'info', weight: 0 })]);
  });

  it('skips the serial check when the product has no serial pattern', () => {
    expect(rulesFor({ serials: ['anything'] }, { serialPattern: null })).toEqual([]);
  });

  it('returns nothing without a matched product', () => {
    expect(identifierRule(listing({ gtins: ['7640175000012'], serials: ['bad'] }), null, context())).toEqual([]);
  });
});
