import { describe, expect, it } from 'vitest';
import { priceRule } from '../../electron/core/compare/rules/priceRule';
import { context, listing, product } from './ruleFixtures';

describe('the price rule', () => {
  it('flags a price below 40% of the MSRP with a sentence a notice can quote', () => {
    const findings = priceRule(listing({ price: 18, priceUsd: 18 }), product(), context());
    expect(findings).toContainEqual(expect.objectContaining({
      rule: 'price.below_msrp_share',
      severity: 'high',
      observed: 'US$18.00',
      message: 'Listed at US$18.00, 8% of the MSRP of US$225.00.',
      weight: 55,
    }));
  });

  it('compares in US dollars, showing the local price and its dollar value', () => {
    const [msrp] = priceRule(listing({ price: 130, currency: 'CNY', priceUsd: 17.86 }), product({ msrp: 210, currency: 'EUR', msrpUsd: 225 }), context());
    expect(msrp?.message).toBe('Listed at CN¥130.00 (US$17.86), 8% of the MSRP of €210.00 (US$225.00).');
  });

  it('does not flag a price at or above the share of the MSRP and the minimum authorised price', () => {
    expect(priceRule(listing({ price: 200, priceUsd: 200 }), product(), context())).toEqual([]);
  });

  it('flags a price under the minimum authorised price even when it is above the MSRP share', () => {
    const findings = priceRule(listing({ price: 150, priceUsd: 150 }), product(), context());
    expect(findings.map((f) => f.rule)).toEqual(['price.below_minimum_authorised']);
    expect(findings[0]?.message).toBe('Listed at US$150.00, below the minimum authorised price of US$180.00.');
  });

  it('uses the brand’s share threshold instead of 40% when the context sets one', () => {
    expect(priceRule(listing({ price: 150, priceUsd: 150 }), product({ minAuthorisedPriceUsd: null }), context({ msrpShareThreshold: 0.7 })).map((f) => f.rule)).toEqual(['price.below_msrp_share']);
  });

  it('gives a price of zero its own finding instead of a comparison', () => {
    const findings = priceRule(listing({ price: 0, priceUsd: 0 }), product(), context());
    expect(findings.map((f) => f.rule)).toEqual(['price.not_positive']);
    expect(findings[0]?.observed).toBe('US$0.00');
  });

  it('gives a negative price its own finding, written with its sign', () => {
    const findings = priceRule(listing({ price: -5, priceUsd: -5 }), product(), context());
    expect(findings.map((f) => f.rule)).toEqual(['price.not_positive']);
    expect(findings[0]?.message).toContain('-US$5.00');
  });

  it('says "cannot compare price" for an unknown currency, with weight 0, instead of crashing', () => {
    const findings = priceRule(listing({ price: 500, currency: 'XYZ', priceUsd: null }), product(), context());
    expect(findings).toEqual([expect.objectContaining({ rule: 'price.cannot_compare', severity: 'info', weight: 0, observed: 'XYZ 500.00' })]);
    expect(findings[0]?.message).toContain('cannot compare price');
  });

  it('says "cannot compare price" when the currency is missing altogether', () => {
    const findings = priceRule(listing({ price: 500, currency: null, priceUsd: null }), product(), context());
    expect(findings[0]?.message).toContain('the currency is unknown');
  });

  it('skips the MSRP comparison for a product with no MSRP but still checks the minimum price', () => {
    const findings = priceRule(listing({ price: 18, priceUsd: 18 }), product({ msrp: null, msrpUsd: null }), context());
    expect(findings.map((f) => f.rule)).toEqual(['price.below_minimum_authorised']);
  });

  it('returns nothing without a matched product or without a price', () => {
    expect(priceRule(listing({ price: 18, priceUsd: 18 }), null, context())).toEqual([]);
    expect(priceRule(listing({ price: null, priceUsd: null }), product(), context())).toEqual([]);
  });

  it('writes a price range the way the seller listed it', () => {
    const [finding] = priceRule(listing({ price: 18, priceMax: 25, priceUsd: 18 }), product(), context());
    expect(finding?.message).toBe('Listed at US$18.00–US$25.00, 8% of the MSRP of US$225.00.');
  });
});
